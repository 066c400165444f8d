package advisor.report;

import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Integration;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Remark;
import advisor.model.RingPlacement;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.render.Rows;
import advisor.scoring.Facts;
import advisor.scoring.Figures;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer of {@code advisor show}: everything the catalog knows about one library, with the score under a
 * profile, where its source's composite and the computed one disagree, where sources disagree with each
 * other, and every source the answer used.
 */
public record LibraryReport(Details library) implements Answer {
    private static final Fields<LibraryReport> FIELDS = Fields.of(LibraryReport.class, () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("library", "show.field.library", LibraryReport::library)));

    /** The library in one language: its scores, facts, ratings, remarks, figures, trends and sources. */
    public record Details(Library lib, String categoryLabel, String summary, String profile, MaturityScore score,
            Tier tier, Composite reported, Composite computed, List<String> scoreDisagreements,
            Evaluated evaluated, List<DimensionEntry> dimensions, List<FactEntry> facts, List<FactEntry> history,
            List<Node> sourceDisagreements, List<ScenarioEntry> scenarios, List<RemarkEntry> strengths,
            List<RemarkEntry> limitations, List<MeasurementEntry> measurements, List<TrendEntry> trends,
            List<WorksWithEntry> worksWith, List<StackEntry> stacks,
            List<RemarkEntry> notes, List<References.SourceEntry> sources, RingSteps rings) implements Node {
        static final Fields<Details> FIELDS = Fields.of(Details.class, "show.field", () -> List.of(
                Field.data("id", d -> d.lib().id()),
                Field.data("name", d -> d.lib().name()),
                Field.data("aliases", d -> d.lib().aliases()),
                Field.column("category", d -> d.lib().category(), (d, m) -> d.categoryLabel()),
                Field.data("repository", d -> d.lib().repository()),
                Field.data("summary", Details::summary),
                Field.data("scored", d -> d.score() != null),
                // with --fields, the table shows these as the card does
                Field.numberColumn("score", d -> Texts.score(d.score()), (d, m) -> Texts.shown(d.score())),
                Field.data("scoreBasis", d -> d.score() == null ? null : d.score().basis().id()),
                Field.data("profile", Details::profile),
                Field.column("tier", d -> Texts.id(d.tier()), (d, m) -> Texts.tier(d.tier(), m)),
                Field.data("ring", d -> d.rings().latest()),
                Field.data("reported", Details::reported),
                Field.data("computed", Details::computed),
                Field.data("scoreDisagreements", Details::scoreDisagreements),
                Field.data("evaluated", Details::evaluated),
                Field.data("dimensions", Details::dimensions),
                Field.data("facts", Details::facts),
                Field.data("history", Details::history),
                Field.data("sourceDisagreements", Details::sourceDisagreements),
                Field.data("scenarios", Details::scenarios),
                Field.data("strengths", Details::strengths),
                Field.data("limitations", Details::limitations),
                Field.data("measurements", Details::measurements),
                Field.data("trends", Details::trends),
                Field.data("worksWith", Details::worksWith),
                Field.data("stacks", Details::stacks),
                Field.data("notes", Details::notes),
                Field.data("sources", Details::sources),
                Field.data("rings", d -> d.rings().steps())));
    }

    /**
     * A composite score and its tier: the source's own ({@code source} names it) or the one computed from the
     * dimension scores ({@code profile} names the profile); {@code known} is the tier when the catalog knows it.
     */
    public record Composite(BigDecimal score, String tier, String by, Tier known, boolean computed) implements Node {
        private static final Field<Composite> SCORE = Field.data("score", Composite::score);
        private static final Field<Composite> TIER = Field.data("tier", Composite::tier);
        static final Fields<Composite> REPORTED = Fields.of("show.field", SCORE, TIER, SharedFields.source(Composite::by));
        static final Fields<Composite> COMPUTED = Fields.of("show.field", SCORE, TIER, Field.data("profile", Composite::by));

        @Override
        public Fields<Composite> declaration() {
            return computed ? COMPUTED : REPORTED;
        }
    }

    /** When the evaluation was made, and when its source asks for a review. */
    public record Evaluated(String source, LocalDate date, LocalDate reviewDue, boolean reviewOverdue) implements Node {
        static final Fields<Evaluated> FIELDS = Fields.of(Evaluated.class, "show.field", () -> List.of(
                SharedFields.source(Evaluated::source),
                Field.data("date", "sources.field.date", e -> e.date().toString()),
                Field.data("reviewDue", e -> e.reviewDue() == null ? null : e.reviewDue().toString()),
                Field.data("reviewOverdue", Evaluated::reviewOverdue)));
    }

    /** One dimension score with its note. */
    public record DimensionEntry(String id, String label, BigDecimal score, String note) implements Node {
        static final Fields<DimensionEntry> FIELDS = Fields.of(DimensionEntry.class, "show.field", () -> List.of(
                SharedFields.id(DimensionEntry::id),
                Field.column("label", "dimensions.field.label", DimensionEntry::label),
                Field.numberColumn("score", DimensionEntry::score),
                Field.column("note", DimensionEntry::note)));
    }

    /** A fact as shown: its value in the answer's language and the date it describes. */
    public record FactEntry(String key, String value, String asOf, String source) implements Node {
        static final Fields<FactEntry> FIELDS = Fields.of(FactEntry.class, "show.field", () -> List.of(
                Field.column("key", "show.field.fact", FactEntry::key, (e, m) -> m.text("fact." + e.key())),
                Field.column("value", FactEntry::value),
                Field.column("asOf", FactEntry::asOf, (e, m) -> e.asOf() == null ? m.text("common.undated") : e.asOf()),
                Field.column("source", "reference.source", FactEntry::source)));

        static FactEntry of(Facts.Dated d, Lang lang) {
            return new FactEntry(d.fact().key(), d.fact().display(lang), d.date().isEmpty() ? null : d.date(),
                    d.fact().source());
        }

        /** "value (source, date)", as a disagreement lists it. */
        String cited() {
            return value + " (" + source + (asOf == null ? "" : ", " + asOf) + ")";
        }
    }

    /** Sources that give different values for one fact at the same date. */
    public record FactConflict(String key, List<FactEntry> facts) implements Node {
        static final Fields<FactConflict> FIELDS = Fields.of(FactConflict.class, "show.field", () -> List.of(
                Field.data("kind", c -> "fact"),
                Field.data("key", "show.field.fact", FactConflict::key),
                Field.data("facts", FactConflict::facts)));
    }

    /** Sources whose figures for one metric cannot both hold. */
    public record FigureConflict(String key, String unit, List<MeasurementEntry> measurements) implements Node {
        static final Fields<FigureConflict> FIELDS = Fields.of(FigureConflict.class, "show.field", () -> List.of(
                Field.data("kind", c -> "measurement"),
                Field.data("key", "show.field.metric", FigureConflict::key),
                Field.data("unit", FigureConflict::unit),
                Field.data("measurements", FigureConflict::measurements)));
    }

    /** A source's rating of the library for a scenario (no stars: recommended without a rating). */
    public record ScenarioEntry(String id, String label, Integer stars, String note, String source) implements Node {
        static final Fields<ScenarioEntry> FIELDS = Fields.of(ScenarioEntry.class, () -> List.of(
                SharedFields.id(ScenarioEntry::id),
                Field.column("label", "scenarios.field.label", ScenarioEntry::label),
                Field.column("stars", "show.field.fit", ScenarioEntry::stars,
                        (e, m) -> e.stars() == null ? m.text("show.recommended") : Texts.stars(e.stars())),
                Field.column("note", "show.field.note", ScenarioEntry::note),
                Field.column("source", "reference.source", ScenarioEntry::source)));
    }

    /** A strength, limitation or note, with its source. */
    public record RemarkEntry(String text, String source) implements Node {
        static final Fields<RemarkEntry> FIELDS = Fields.of(RemarkEntry.class, () -> List.of(
                SharedFields.text(RemarkEntry::text),
                SharedFields.source(RemarkEntry::source)));

        static List<RemarkEntry> of(List<Remark> remarks, Lang lang) {
            List<RemarkEntry> out = new ArrayList<>(remarks.size());
            for (Remark r : remarks) {
                out.add(new RemarkEntry(r.text().in(lang), r.source()));
            }
            return out;
        }
    }

    /**
     * A measured figure; a library's own figure lists the baselines it is compared against ({@code baselines},
     * null for a baseline itself and inside a disagreement, where the key is left out).
     */
    public record MeasurementEntry(Measurement x, String metric, String note, List<MeasurementEntry> baselines,
            boolean besideAFigure) implements Node {
        static final Fields<MeasurementEntry> PLAIN = Fields.of("show.field",
                Field.data("metric", MeasurementEntry::metric),
                Field.data("role", e -> e.x().isBaseline() ? Measurement.BASELINE : "figure"),
                Field.data("value", "show.field.figure", e -> Texts.figure(e.x().value())),
                Field.data("valueMax", e -> e.x().valueMax() == null ? null : Texts.figure(e.x().valueMax())),
                Field.data("qualifier", e -> e.x().qualifier()),
                Field.data("unit", e -> e.x().unit()),
                Field.data("conditions", e -> e.x().conditions()),
                Field.data("note", MeasurementEntry::note),
                SharedFields.source(e -> e.x().source()));
        static final Fields<MeasurementEntry> WITH_BASELINES = PLAIN.and(Field.data("baselines", MeasurementEntry::baselines));

        static MeasurementEntry plain(Measurement x, Lang lang) {
            return new MeasurementEntry(x, x.metric().in(lang), x.note() == null ? null : x.note().in(lang), null, false);
        }

        /** The figure as text: "~45 ms", "≤1-2 MB". */
        public String figure() {
            return Texts.measured(x);
        }

        String conditions() {
            return Texts.conditions(x);
        }

        @Override
        public Fields<MeasurementEntry> declaration() {
            return baselines == null ? PLAIN : WITH_BASELINES;
        }
    }

    /** A trend the library belongs to. */
    public record TrendEntry(String id, String label, int impact, String advice, String source) implements Node {
        static final Fields<TrendEntry> FIELDS = Fields.of(TrendEntry.class, "trends.field", () -> List.of(
                SharedFields.id(TrendEntry::id),
                Field.data("label", TrendEntry::label),
                Field.data("impact", TrendEntry::impact),
                Field.data("advice", TrendEntry::advice)));
    }

    /**
     * A library a source says this one works with (issue 14), seen from the library shown: {@code id} and
     * {@code name} are the other library's, {@code note} the integration's note in the answer's language.
     */
    public record WorksWithEntry(Integration integration, String id, String name, String note) implements Node {
        static final Fields<WorksWithEntry> FIELDS = Fields.of(WorksWithEntry.class, "show.field.worksWith", () -> List.of(
                Field.data("id", WorksWithEntry::id),
                Field.data("name", WorksWithEntry::name),
                Field.data("relation", WorksWithEntry::relation),
                Field.data("direction", WorksWithEntry::direction),
                Field.data("note", WorksWithEntry::note),
                SharedFields.source(WorksWithEntry::source)));

        /** How the two work together: builds-on, integrates, backend or used-with. */
        public String relation() {
            return integration.relation().id();
        }

        /**
         * "to" when the library shown builds on, integrates with, runs on or is used with the other (it is the
         * integration's subject), "from" when the other does so with it.
         */
        public String direction() {
            return integration.with().equals(id) ? "to" : "from";
        }

        public String source() {
            return integration.source();
        }

        /** The relation in words, seen from the library shown. */
        String text(Messages m) {
            return m.text("show.worksWith." + relation() + "." + direction(), name);
        }
    }

    /** A stack that names the library for one of its layers: a reference architecture's choice, or a library a layer names. */
    public record StackEntry(String id, String label, String layer, String layerLabel, boolean chosen, String source)
            implements Node {
        static final Fields<StackEntry> FIELDS = Fields.of(StackEntry.class, "show.field.stacks", () -> List.of(
                Field.data("id", StackEntry::id),
                Field.data("label", StackEntry::label),
                Field.data("layer", StackEntry::layer),
                Field.data("chosen", StackEntry::chosen),
                SharedFields.source(StackEntry::source)));

        static List<StackEntry> of(Catalog catalog, Library lib, Lang lang) {
            List<StackEntry> out = new ArrayList<>();
            for (advisor.model.Stack s : catalog.stacks()) {
                for (advisor.model.Stack.Layer l : s.layers()) {
                    boolean chosen = lib.id().equals(l.choice());
                    if (chosen || l.libraries().contains(lib.id())) {
                        out.add(new StackEntry(s.id(), s.label().in(lang), l.id(), l.label().in(lang), chosen, s.source()));
                    }
                }
            }
            return out;
        }

        String text(Messages m) {
            return m.text(chosen ? "show.stacks.chosen" : "show.stacks.named", layerLabel, label, id);
        }
    }

    /** What the catalog knows about {@code lib}, its score under {@code profile}, reviews judged as of {@code today}. */
    public static LibraryReport of(Catalog catalog, Library lib, Profile profile, LocalDate today, Messages m) {
        Lang lang = m.lang();
        Tiers tiers = new Tiers(catalog.tiers());
        Facts facts = new Facts(catalog);
        Set<String> used = new LinkedHashSet<>();
        Evaluation e = lib.evaluation();
        MaturityScore score = Maturity.of(lib, Weights.of(catalog, profile)).orElse(null);
        Composite reported = null;
        if (e != null && e.reported() != null) {
            reported = new Composite(Texts.number(e.reported().score(), 1), e.reported().tier(), e.source(),
                    catalog.tier(e.reported().tier()).orElse(null), false);
            used.add(e.source());
        }
        Composite computed = null;
        List<String> disagreements = new ArrayList<>();
        if (e != null && !e.dimensions().isEmpty()) {
            MaturityScore balanced = Maturity.of(lib, Weights.of(catalog, catalog.profile("balanced").orElse(profile)))
                    .orElseThrow();
            Tier balancedTier = tiers.of(balanced.value());
            computed = new Composite(Texts.number(balanced.value(), 2), Texts.id(balancedTier), "balanced", balancedTier, true);
            if (e.reported() != null) {
                if (!e.reported().agreesWith(balanced.value())) {
                    disagreements.add(m.text("show.disagreement.score", Texts.fixed(e.reported().score(), 1),
                            Texts.fixed(balanced.value(), 2)));
                }
                if (balancedTier != null && !balancedTier.id().equals(e.reported().tier())) {
                    disagreements.add(m.text("show.disagreement.tier",
                            Texts.tier(reported.known(), reported.tier(), m),
                            Texts.tier(balancedTier, m)));
                }
            }
        }
        Evaluated evaluated = null;
        if (e != null) {
            Source src = catalog.source(e.source()).orElse(null);
            LocalDate due = src == null ? null : src.reviewDue(e.date());
            evaluated = new Evaluated(e.source(), e.date(), due, due != null && due.isBefore(today));
        }
        List<DimensionEntry> dimensions = new ArrayList<>();
        if (e != null) {
            for (Dimension d : catalog.dimensions()) {
                DimensionScore s = e.dimensions().get(d.id());
                if (s != null) {
                    dimensions.add(new DimensionEntry(d.id(), d.label().in(lang), Texts.number(s.score(), 1),
                            s.note() == null ? null : s.note().in(lang)));
                }
            }
        }
        List<FactEntry> current = new ArrayList<>();
        for (Facts.Dated d : facts.current(lib).values()) {
            current.add(FactEntry.of(d, lang));
            used.add(d.fact().source());
        }
        List<FactEntry> history = new ArrayList<>();
        for (List<Facts.Dated> list : facts.byKey(lib).values()) {
            if (list.size() > 1) {
                for (Facts.Dated d : list) {
                    history.add(FactEntry.of(d, lang));
                    used.add(d.fact().source());
                }
            }
        }
        List<Node> conflicts = new ArrayList<>();
        for (Facts.Disagreement d : facts.disagreements(lib)) {
            List<FactEntry> entries = new ArrayList<>();
            for (Facts.Dated f : d.facts()) {
                entries.add(FactEntry.of(f, lang));
            }
            conflicts.add(new FactConflict(d.key(), entries));
        }
        for (Figures.Disagreement d : Figures.disagreements(lib)) {
            List<MeasurementEntry> entries = new ArrayList<>();
            for (Measurement x : d.figures()) {
                used.add(x.source());
                entries.add(MeasurementEntry.plain(x, lang));
            }
            conflicts.add(new FigureConflict(d.first().metric().in(lang), d.unit(), entries));
        }
        List<ScenarioEntry> scenarios = new ArrayList<>();
        for (ScenarioRating r : lib.scenarios()) {
            Scenario sc = catalog.scenario(r.scenario()).orElse(null);
            scenarios.add(new ScenarioEntry(r.scenario(), sc == null ? r.scenario() : sc.label().in(lang), r.stars(),
                    r.note() == null ? null : r.note().in(lang), r.source()));
            used.add(r.source());
        }
        sources(used, lib.strengths());
        sources(used, lib.limitations());
        List<MeasurementEntry> measurements = new ArrayList<>();
        for (Measurement x : lib.measurements()) {
            List<MeasurementEntry> baselines = null;
            if (!x.isBaseline()) {
                baselines = new ArrayList<>();
                for (Measurement b : Figures.baselinesOf(lib, x)) {
                    baselines.add(MeasurementEntry.plain(b, lang));
                }
            }
            measurements.add(new MeasurementEntry(x, x.metric().in(lang), x.note() == null ? null : x.note().in(lang),
                    baselines, Figures.besideAFigure(lib, x)));
            used.add(x.source());
        }
        List<TrendEntry> trends = new ArrayList<>();
        for (Trend t : catalog.trendsOf(lib.id())) {
            trends.add(new TrendEntry(t.id(), t.label().in(lang), t.impact(), t.advice().in(lang), t.source()));
            used.add(t.source());
        }
        List<WorksWithEntry> worksWith = new ArrayList<>();
        for (Integration g : catalog.integrationsOf(lib.id())) {
            String other = g.other(lib.id());
            worksWith.add(new WorksWithEntry(g, other, catalog.nameOf(other),
                    g.note().in(lang)));
            used.add(g.source());
        }
        List<StackEntry> stacks = StackEntry.of(catalog, lib, lang);
        sources(used, lib.notes());
        for (RingPlacement r : lib.rings()) {
            used.add(r.source());
        }
        List<References.SourceEntry> sources = new ArrayList<>();
        for (String id : used) {
            Source src = catalog.source(id).orElse(null);
            if (src != null) {
                sources.add(References.SourceEntry.of(src, lang));
            }
        }
        return new LibraryReport(new Details(lib, catalog.categoryLabel(lib.category(), lang),
                lib.summary().in(lang), profile.id(), score,
                score == null ? null : tiers.of(score.value()), reported, computed, disagreements, evaluated, dimensions,
                current, history, conflicts, scenarios, RemarkEntry.of(lib.strengths(), lang),
                RemarkEntry.of(lib.limitations(), lang), measurements, trends, worksWith, stacks,
                RemarkEntry.of(lib.notes(), lang), sources, RingSteps.of(catalog, lib, lang)));
    }

    /** Adds the sources of {@code remarks} to {@code used}. */
    private static void sources(Set<String> used, List<Remark> remarks) {
        for (Remark r : remarks) {
            used.add(r.source());
        }
    }

    @Override
    public Listed<Details> listed() {
        return new Listed<>("library", Details.FIELDS, List.of(library));
    }

    /** CSV and TSV without {@code --fields}: one row per item of the library, section by section. */
    @Override
    public Rows rows(Messages m) {
        return LibraryItems.rows(library);
    }

    @Override
    public Doc doc(Messages m) {
        return LibraryPage.doc(library, m);
    }
}
