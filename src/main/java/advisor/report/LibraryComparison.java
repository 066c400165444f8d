package advisor.report;

import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.FactKey;
import advisor.model.Integration;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Remark;
import advisor.model.Scenario;
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
        List<String> dims = catalog.dimensionIds();
        Set<String> categories = new LinkedHashSet<>();
        List<String> unscored = new ArrayList<>();
        for (Library l : libs) {
            categories.add(l.category());
            if (l.evaluation() == null || l.evaluation().dimensions().isEmpty()) {
                unscored.add(l.name());
            }
        }
        List<Side> sides = new ArrayList<>();
        // the facts table, a row per aspect and a cell per library, built side by side
        List<String> category = new ArrayList<>();
        List<String> score = new ArrayList<>();
        List<String> tier = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        List<String> ring = new ArrayList<>();
        boolean ringed = false;
        Map<String, Weights> profiles = new LinkedHashMap<>();
        for (Profile pr : catalog.profiles()) {
            profiles.put(pr.id(), Weights.of(catalog, pr));
        }
        for (Library l : libs) {
            MaturityScore s = Maturity.of(l, profile.weights()).orElse(null);
            Map<String, String> current = new LinkedHashMap<>();
            for (Map.Entry<String, Facts.Dated> d : facts.current(l).entrySet()) {
                current.put(d.getKey(), d.getValue().fact().display(lang));
            }
            Map<String, MaturityScore> byProfile = new LinkedHashMap<>();
            for (Map.Entry<String, Weights> pw : profiles.entrySet()) {
                byProfile.put(pw.getKey(), Maturity.of(l, pw.getValue()).orElse(null));
            }
            Side x = new Side(l, s, s == null ? null : tiers.of(s.value()), current, byProfile, texts(l.strengths(), lang),
                    texts(l.limitations(), lang), RingHistory.latest(catalog, l).orElse(null));
            sides.add(x);
            category.add(catalog.categoryLabel(l.category(), lang));
            score.add(s == null ? m.text("tier.notScored")
                    : Texts.marked(s));
            tier.add(Texts.tier(x.tier(), m));
            reported.add(x.reported() == null ? Texts.NONE
                    : Texts.fixed(l.evaluation().reported().score(), 1) + " · " + Texts.tier(catalog.tier(l
                    .evaluation().reported().tier()).orElse(null), l.evaluation().reported().tier(), m));
            ring.add(x.ring() == null ? Texts.NONE
                    : x.ring().ring().label().in(lang) + (x.ring().date() == null ? "" : " (" + x.ring().date() + ")"));
            ringed |= x.ring() != null;
        }
        List<Aspect> aspects = new ArrayList<>();
        aspects.add(new Aspect(m.text("compare.category"), category));
        aspects.add(new Aspect(m.text("compare.score", profile.name()), score));
        aspects.add(new Aspect(m.text("show.tier"), tier));
        aspects.add(new Aspect(m.text("show.reported"), reported));
        // the ring row (issue 12) only when one of the libraries has a ring: a ring is a team's judgement, not a score
        if (ringed) {
            aspects.add(new Aspect(m.text("show.ring"), ring));
        }
        for (FactKey key : List.of(FactKey.VERSION, FactKey.FIRST_RELEASE, FactKey.STARS, FactKey.PRODUCTION_USE)) {
            List<String> cells = new ArrayList<>();
            boolean known = false;
            for (Library l : libs) {
                var fact = facts.current(l, key.id());
                known |= fact != null;
                cells.add(fact == null ? Texts.NONE : fact.display(lang) + " (" + fact.source() + ")");
            }
            if (known) {
                aspects.add(new Aspect(m.text("fact." + key.id()), cells));
            }
        }
        List<DimensionEntry> dimEntries = new ArrayList<>();
        for (Comparison.DimensionRow r : Comparison.dimensions(libs, dims)) {
            Dimension d = catalog.dimension(r.dimension()).orElse(null);
            dimEntries.add(new DimensionEntry(r, d == null ? r.dimension() : d.label().in(lang)));
        }
        List<PairEntry> pairs = new ArrayList<>();
        for (Comparison.Pair pair : Comparison.pairs(libs, dims)) {
            pairs.add(pair(catalog, pair, m));
        }
        List<ScenarioEntry> scenarios = new ArrayList<>();
        for (Comparison.ScenarioRow r : Comparison.scenarios(libs)) {
            List<String> cells = new ArrayList<>();
            for (Library l : libs) {
                Integer s = r.stars().get(l.id());
                cells.add(s != null ? Texts.stars(s) : l.ratedFor(r.scenario()) ? m.text("show.recommended") : Texts.NONE);
            }
            String verdict = !r.shared() ? m.text("compare.scenario.oneSide") : r.leader() == null
                    ? m.text("compare.scenario.equal") : m.text("compare.scenario.better", catalog.nameOf(r.leader()));
            Scenario sc = catalog.scenario(r.scenario()).orElse(null);
            scenarios.add(new ScenarioEntry(r, sc == null ? r.scenario() : sc.label().in(lang), cells, verdict));
        }
        List<String> categoryLabels = new ArrayList<>();
        for (String c : categories) {
            categoryLabels.add(catalog.categoryLabel(c, lang));
        }
        List<String> profileIds = new ArrayList<>();
        for (Profile p : catalog.profiles()) {
            profileIds.add(p.id());
        }
        return new LibraryComparison(profile, categoryLabels, sides, dimEntries, pairs, scenarios, unscored, aspects,
                profileIds, worksWith(catalog, libs, m));
    }

    private static List<String> texts(List<Remark> remarks, Lang lang) {
        List<String> out = new ArrayList<>();
        for (Remark r : remarks) {
            out.add(r.text().in(lang));
        }
        return out;
    }

    /** Whether the library is rated for the scenario, with stars or without. */
    /** Relations between two compared libraries first, then each one's relations with other libraries. */
    private static List<WorksWith> worksWith(Catalog catalog, List<Library> libs, Messages m) {
        List<String> ids = new ArrayList<>();
        for (Library l : libs) {
            ids.add(l.id());
        }
        List<WorksWith> between = new ArrayList<>();
        List<WorksWith> outside = new ArrayList<>();
        for (Integration g : catalog.integrations()) {
            boolean a = ids.contains(g.library());
            boolean b = ids.contains(g.with());
            if (a || b) {
                String text = m.text("compare.relation." + g.relation().id(), catalog.nameOf(g.library()),
                        catalog.nameOf(g.with()));
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
        String a = catalog.nameOf(pair.a());
        String b = catalog.nameOf(pair.b());
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

    /** Dimension labels in running text: "a, b and c" (English), "a、b、c" (Chinese). */
    private static String dims(Catalog catalog, List<String> ids, Messages m) {
        List<String> labels = new ArrayList<>();
        for (String id : ids) {
            Dimension d = catalog.dimension(id).orElse(null);
            labels.add(d == null ? id : d.label().in(m.lang()).toLowerCase(Locale.ROOT));
        }
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
