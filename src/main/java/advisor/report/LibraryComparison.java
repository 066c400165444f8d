package advisor.report;

import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.FactKey;
import advisor.model.Integration;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.render.Rows;
import advisor.scoring.Comparison;
import advisor.scoring.Facts;
import advisor.scoring.RingHistory;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.scoring.ProfileWeights;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The answer of {@code advisor compare}: two or more libraries side by side, the leader of each dimension,
 * for each pair whether one dominates the other or where each leads, and who fits each scenario better.
 */
public record LibraryComparison(ProfileWeights profile, List<String> categories, List<Side> libraries,
        List<DimensionEntry> dimensions, List<PairEntry> pairs, List<ScenarioEntry> scenarios, List<String> unscored,
        List<Aspect> facts, List<String> profileIds, List<WorksWith> worksWith) implements Answer {

    private static final Fields<LibraryComparison> FIELDS = Fields.of(LibraryComparison.class, () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("crossCategory", "compare.field.crossCategory", LibraryComparison::crossCategory),
            Field.data("profile", "list.field.profile", a -> a.profile().base().id()),
            Field.data("weightOverrides", "recommend.field.weightOverrides", a -> Texts.overrides(a.profile())),
            Field.data("libraries", "list.field.libraries", LibraryComparison::libraries),
            Field.data("dimensions", "show.field.dimensions", LibraryComparison::dimensions),
            Field.data("pairs", "compare.field.pairs", LibraryComparison::pairs),
            Field.data("scenarios", "show.field.scenarios", LibraryComparison::scenarios),
            Field.data("worksWith", "show.field.worksWith", LibraryComparison::worksWith)));

    /** One library of the comparison, in the answer's language. */
    public record Side(Library lib, MaturityScore score, advisor.model.Tier tier, Map<String, String> facts,
            Map<String, MaturityScore> byProfile, List<String> strengths, List<String> limitations,
            RingHistory.Step ring) implements Node {
        static final Fields<Side> FIELDS = Fields.of(Side.class, "list.field", () -> List.of(
                SharedFields.id(s -> s.lib().id()),
                Field.data("name", s -> s.lib().name()),
                Field.data("category", s -> s.lib().category()),
                Field.data("score", s -> Texts.score(s.score())),
                Field.data("scoreBasis", s -> s.score() == null ? null : s.score().basis().id()),
                Field.data("tier", s -> Texts.id(s.tier())),
                Field.data("ring", s -> s.ring() == null ? null : s.ring().ring().id()),
                Field.data("reported", "show.field.reported", Side::reported),
                Field.data("facts", "show.field.facts", Side::facts),
                Field.data("maturityByProfile", "compare.field.maturityByProfile", s -> {
                    Map<String, BigDecimal> out = new LinkedHashMap<>();
                    s.byProfile().forEach((id, x) -> out.put(id, Texts.score(x)));
                    return out;
                }),
                Field.data("strengths", "show.field.strengths", Side::strengths),
                Field.data("limitations", "show.field.limitations", Side::limitations)));

        private Map<String, Object> reported() {
            if (lib.evaluation() == null || lib.evaluation().reported() == null) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("score", Texts.number(lib.evaluation().reported().score(), 1));
            out.put("tier", lib.evaluation().reported().tier());
            return out;
        }
    }

    /** A dimension's scores side by side and its leader (null: a tie, or fewer than two scores). */
    public record DimensionEntry(Comparison.DimensionRow row, String label) implements Node {
        static final Fields<DimensionEntry> FIELDS = Fields.of(DimensionEntry.class, "compare.field", () -> List.of(
                SharedFields.id(d -> d.row().dimension()),
                Field.data("scores", DimensionEntry::scores),
                Field.data("leader", d -> d.row().leader()),
                Field.data("margin", d -> Texts.number(d.row().margin(), 1))));

        Map<String, BigDecimal> scores() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            row.scores().forEach((id, s) -> out.put(id, s == null ? null : Texts.number(s, 1)));
            return out;
        }
    }

    /** Two libraries: where each leads, where they tie, whether one dominates, and the sentence that says so. */
    public record PairEntry(Comparison.Pair pair, String dominates, String summary) implements Node {
        static final Fields<PairEntry> FIELDS = Fields.of(PairEntry.class, "compare.field", () -> List.of(
                Field.data("a", p -> p.pair().a()),
                Field.data("b", p -> p.pair().b()),
                Field.data("aLeads", p -> p.pair().aLeads()),
                Field.data("bLeads", p -> p.pair().bLeads()),
                Field.data("ties", p -> p.pair().ties()),
                Field.data("dominates", PairEntry::dominates),
                Field.data("summary", PairEntry::summary)));
    }

    /** A scenario some of the libraries are rated for, with the verdict. */
    public record ScenarioEntry(Comparison.ScenarioRow row, String label, List<String> cells, String verdict)
            implements Node {
        static final Fields<ScenarioEntry> FIELDS = Fields.of(ScenarioEntry.class, () -> List.of(
                SharedFields.id(s -> s.row().scenario()),
                Field.data("label", "scenarios.field.label", ScenarioEntry::label),
                Field.data("stars", "show.field.fit", s -> new LinkedHashMap<>(s.row().stars())),
                Field.data("shared", "compare.field.shared", s -> s.row().shared()),
                Field.data("leader", "compare.field.leader", s -> s.row().leader()),
                Field.data("verdict", "recommend.field.verdict", ScenarioEntry::verdict)));
    }

    /**
     * What a source says one compared library works with (issue 14): {@code between} when the other library is
     * compared too; {@code text} is the relation in words.
     */
    public record WorksWith(Integration integration, boolean between, String note, String text) implements Node {
        static final Fields<WorksWith> FIELDS = Fields.of(WorksWith.class, "compare.field", () -> List.of(
                Field.data("library", w -> w.integration().library()),
                Field.data("with", w -> w.integration().with()),
                Field.data("relation", "show.field.worksWith.relation", w -> w.integration().relation().id()),
                Field.data("note", WorksWith::note),
                SharedFields.source(w -> w.integration().source()),
                Field.data("between", WorksWith::between)));
    }

    /** One row of the facts table: a label and one cell per library. */
    public record Aspect(String label, List<String> cells) {
    }

    public boolean crossCategory() {
        return categories.size() > 1;
    }

    /** Compares {@code libs} (distinct) with scores under {@code profile}; texts in the language of {@code m}. */
    public static LibraryComparison of(Catalog catalog, List<Library> libs, ProfileWeights profile, Messages m) {
        Lang lang = m.lang();
        Tiers tiers = new Tiers(catalog.tiers());
        Facts facts = new Facts(catalog);
        List<String> dims = catalog.dimensions().stream().map(Dimension::id).toList();
        Set<String> categories = new LinkedHashSet<>();
        libs.forEach(l -> categories.add(l.category()));
        List<Side> sides = new ArrayList<>();
        for (Library l : libs) {
            MaturityScore s = Maturity.of(l, profile.weights()).orElse(null);
            Map<String, String> current = new LinkedHashMap<>();
            facts.current(l).forEach((k, d) -> current.put(k, d.fact().display(lang)));
            Map<String, MaturityScore> byProfile = new LinkedHashMap<>();
            for (Profile pr : catalog.profiles()) {
                byProfile.put(pr.id(), Maturity.of(l, Weights.of(catalog, pr)).orElse(null));
            }
            sides.add(new Side(l, s, s == null ? null : tiers.of(s.value()), current, byProfile,
                    l.strengths().stream().map(r -> r.text().in(lang)).toList(),
                    l.limitations().stream().map(r -> r.text().in(lang)).toList(),
                    RingHistory.latest(catalog, l).orElse(null)));
        }
        List<Aspect> aspects = new ArrayList<>();
        aspects.add(aspect(m.text("compare.category"), sides, x -> label(catalog, x.lib().category(), lang)));
        aspects.add(aspect(m.text("compare.score", profile.name()), sides, x -> x.score() == null ? m.text("tier.notScored")
                : Texts.shown(x.score()) + (x.score().basis() == MaturityScore.Basis.REPORTED ? " r" : "")));
        aspects.add(aspect(m.text("show.tier"), sides, x -> Texts.tier(x.tier(), m)));
        aspects.add(aspect(m.text("show.reported"), sides, x -> x.reported() == null ? Texts.NONE
                : Texts.fixed(x.lib().evaluation().reported().score(), 1) + " · " + Texts.tier(catalog.tier(x.lib()
                .evaluation().reported().tier()).orElse(null), x.lib().evaluation().reported().tier(), m)));
        // the ring row (issue 12) only when one of the libraries has a ring: a ring is a team's judgement, not a score
        if (sides.stream().anyMatch(x -> x.ring() != null)) {
            aspects.add(aspect(m.text("show.ring"), sides, x -> x.ring() == null ? Texts.NONE
                    : x.ring().ring().label().in(lang) + (x.ring().date() == null ? "" : " (" + x.ring().date() + ")")));
        }
        for (FactKey key : List.of(FactKey.VERSION, FactKey.FIRST_RELEASE, FactKey.STARS, FactKey.PRODUCTION_USE)) {
            if (libs.stream().anyMatch(l -> facts.current(l, key.id()) != null)) {
                aspects.add(aspect(m.text("fact." + key.id()), sides, x -> {
                    var fact = facts.current(x.lib(), key.id());
                    return fact == null ? Texts.NONE : fact.display(lang) + " (" + fact.source() + ")";
                }));
            }
        }
        List<DimensionEntry> dimEntries = Comparison.dimensions(libs, dims).stream().map(r -> new DimensionEntry(r,
                catalog.dimension(r.dimension()).map(d -> d.label().in(lang)).orElse(r.dimension()))).toList();
        List<PairEntry> pairs = new ArrayList<>();
        for (Comparison.Pair pair : Comparison.pairs(libs, dims)) {
            pairs.add(pair(catalog, pair, m));
        }
        List<ScenarioEntry> scenarios = new ArrayList<>();
        for (Comparison.ScenarioRow r : Comparison.scenarios(libs)) {
            List<String> cells = new ArrayList<>();
            for (Library l : libs) {
                Integer s = r.stars().get(l.id());
                boolean rated = l.scenarios().stream().anyMatch(x -> x.scenario().equals(r.scenario()));
                cells.add(s != null ? Texts.stars(s) : rated ? m.text("show.recommended") : Texts.NONE);
            }
            String verdict = !r.shared() ? m.text("compare.scenario.oneSide") : r.leader() == null
                    ? m.text("compare.scenario.equal") : m.text("compare.scenario.better", name(catalog, r.leader()));
            scenarios.add(new ScenarioEntry(r, catalog.scenario(r.scenario()).map(s -> s.label().in(lang))
                    .orElse(r.scenario()), cells, verdict));
        }
        List<String> unscored = libs.stream().filter(l -> l.evaluation() == null || l.evaluation().dimensions().isEmpty())
                .map(Library::name).toList();
        return new LibraryComparison(profile, categories.stream().map(c -> label(catalog, c, lang)).toList(), sides,
                dimEntries, pairs, scenarios, unscored, aspects, catalog.profiles().stream().map(Profile::id).toList(),
                worksWith(catalog, libs, m));
    }

    /** Relations between two compared libraries first, then each one's relations with other libraries. */
    private static List<WorksWith> worksWith(Catalog catalog, List<Library> libs, Messages m) {
        List<String> ids = libs.stream().map(Library::id).toList();
        List<WorksWith> between = new ArrayList<>();
        List<WorksWith> outside = new ArrayList<>();
        for (Integration g : catalog.integrations()) {
            boolean a = ids.contains(g.library());
            boolean b = ids.contains(g.with());
            if (a || b) {
                String text = m.text("compare.relation." + g.relation().id(), name(catalog, g.library()),
                        name(catalog, g.with()));
                WorksWith w = new WorksWith(g, a && b, g.note() == null ? null : g.note().in(m.lang()), text);
                (a && b ? between : outside).add(w);
            }
        }
        List<WorksWith> out = new ArrayList<>(between);
        out.addAll(outside);
        return out;
    }

    /** The sentence on a pair: the same everywhere, one dominating the other, or where each leads. */
    private static PairEntry pair(Catalog catalog, Comparison.Pair pair, Messages m) {
        String a = name(catalog, pair.a());
        String b = name(catalog, pair.b());
        String dominates = pair.aDominates() ? pair.a() : pair.bDominates() ? pair.b() : null;
        String sentence;
        if (pair.aLeads().isEmpty() && pair.bLeads().isEmpty()) {
            sentence = m.text("compare.pair.same", a, b);
        } else if (dominates != null) {
            boolean aWins = pair.aDominates();
            sentence = m.text("compare.pair.dominates", aWins ? a : b, aWins ? b : a,
                    dims(catalog, aWins ? pair.aLeads() : pair.bLeads(), m));
        } else {
            sentence = m.text(pair.ties().isEmpty() ? "compare.pair.tradeOff" : "compare.pair.tradeOffTies", a,
                    dims(catalog, pair.aLeads(), m), b, dims(catalog, pair.bLeads(), m));
        }
        return new PairEntry(pair, dominates, sentence);
    }

    private static Aspect aspect(String label, List<Side> sides, java.util.function.Function<Side, String> cell) {
        return new Aspect(label, sides.stream().map(cell).toList());
    }

    static String name(Catalog catalog, String id) {
        return catalog.library(id).map(Library::name).orElse(id);
    }

    private static String label(Catalog catalog, String category, Lang lang) {
        return catalog.category(category).map(c -> c.label().in(lang)).orElse(category);
    }

    /** Dimension labels in running text: "a, b and c" (English), "a、b、c" (Chinese). */
    private static String dims(Catalog catalog, List<String> ids, Messages m) {
        List<String> labels = ids.stream().map(id -> catalog.dimension(id)
                .map(d -> d.label().in(m.lang()).toLowerCase(Locale.ROOT)).orElse(id)).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(m.text("compare.list.separator"), labels.subList(0, labels.size() - 1))
                + m.text("compare.list.last") + labels.get(labels.size() - 1);
    }

    @Override
    public Listed<Side> listed() {
        return new Listed<>("libraries", Side.FIELDS, libraries);
    }

    /** CSV and TSV without {@code --fields}: one row per aspect (facts, dimensions, scenarios), a column per library. */
    @Override
    public Rows rows(Messages m) {
        return ComparisonPage.rows(this, m);
    }

    @Override
    public Doc doc(Messages m) {
        return ComparisonPage.doc(this, m);
    }
}
