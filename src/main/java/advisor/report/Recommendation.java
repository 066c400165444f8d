package advisor.report;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Ring;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.render.Rows;
import advisor.scoring.Candidate;
import advisor.scoring.Decision;
import advisor.scoring.Evidence;
import advisor.model.Precision;
import advisor.scoring.ProfileWeights;
import advisor.scoring.Robustness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code advisor recommend}: the libraries ranked for a scenario by decision score (per category
 * for a quality scenario), how robust each ranking is to the weights, the libraries to also consider, those
 * related from other categories, and, when asked, each score's parts and why a library is not ranked.
 */
public record Recommendation(Request request, ScenarioRef scenario, boolean grouped, List<Ranked> recommendations,
        List<Other> alsoConsider, List<Other> related, List<Group> groups, RobustnessEntry robustness,
        WhyNot whyNot, List<WhyNot> notRanked, String profileText, int excludedByRing) implements Answer {

    /** What was asked: the scenario, weights, balance of fit, how many, and the filters. */
    public record Request(Scenario scenario, ProfileWeights profile, double fitWeight, int top, String category,
            Tier minTier, boolean explain, Library whyNot, List<Ring> excludeRings) {
    }

    private static final Fields<Recommendation> FIELDS = Fields.of(Recommendation.class, "recommend.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("scenario", Recommendation::scenario),
            Field.data("grouped", Recommendation::grouped),
            Field.data("profile", "list.field.profile", a -> a.request().profile().base().id()),
            Field.data("weightOverrides", a -> Texts.overrides(a.request().profile())),
            Field.data("weights", "profiles.field.weights", a -> Texts.weights(a.request().profile().weights())),
            Field.data("fitWeight", a -> Texts.figure(a.request().fitWeight())),
            Field.data("recommendations", Recommendation::recommendations),
            Field.data("excludedRings", a -> a.request().excludeRings().stream().map(Ring::id).toList()),
            Field.data("excludedByRing", Recommendation::excludedByRing),
            Field.data("alsoConsider", Recommendation::alsoConsider),
            Field.data("related", Recommendation::related),
            Field.data("groups", a -> a.grouped() ? a.groups() : Field.ABSENT),
            // robustness is per group in a grouped answer: one figure over different kinds of library would mean nothing
            Field.data("robustness", a -> a.grouped() ? null : a.robustness()),
            Field.data("whyNot", a -> a.whyNot() == null ? Field.ABSENT : a.whyNot()),
            Field.data("notRanked", a -> a.notRanked() == null ? Field.ABSENT : a.notRanked())));

    /** The scenario as the answer names it. */
    public record ScenarioRef(String id, String label, String kind) implements Node {
        static final Fields<ScenarioRef> FIELDS = Fields.of(ScenarioRef.class, () -> List.of(
                SharedFields.id(ScenarioRef::id),
                Field.data("label", "scenarios.field.label", ScenarioRef::label),
                Field.data("kind", "show.field.kind", ScenarioRef::kind)));
    }

    /** One ranked library; {@code group} and {@code groupRank} only in a grouped answer, the parts only with --explain. */
    public record Ranked(Candidate c, int rank, String group, Integer groupRank, String categoryLabel, String fitText,
            String reason, List<EvidenceEntry> evidence, Explanation explanation, String ring, String ringEvidence)
            implements Node {
        static final Fields<Ranked> FIELDS = Fields.of(Ranked.class, "recommend.field", () -> List.of(
                Field.numberColumn("rank", Ranked::rank,
                        (e, m) -> String.valueOf(e.groupRank() == null ? e.rank() : e.groupRank())),
                Field.data("group", e -> e.groupRank() == null ? Field.ABSENT : e.group()),
                Field.data("groupRank", e -> e.groupRank() == null ? Field.ABSENT : e.groupRank()),
                SharedFields.id(e -> e.c().library().id()),
                Field.column("name", e -> e.c().library().name()),
                Field.column("category", "list.field.category", e -> e.c().library().category(), (e, m) -> e.categoryLabel()),
                Field.column("fit", e -> fit(e.c()), (e, m) -> e.fitText()),
                Field.data("fitKind", e -> e.c().fit().kind().id()),
                Field.numberColumn("maturity", e -> Texts.score(e.c().maturity()),
                        (e, m) -> Texts.marked(e.c().maturity())),
                Field.data("maturityBasis", e -> e.c().maturity().basis().id()),
                Field.numberColumn("decisionScore",
                        e -> Texts.number(e.c().decision(), Precision.SCORE), (e, m) -> Texts.fixed(e.c().decision(), 2)),
                Field.column("tier", "list.field.tier", e -> Texts.id(e.c().tier()), (e, m) -> Texts.tier(e.c().tier(), m)),
                Field.data("ring", "list.field.ring", Ranked::ring),
                // a ring is evidence, never a score: the table says it before the reasons
                Field.column("reason", Ranked::reason, (e, m) -> e.ringEvidence() + e.reason()),
                Field.data("evidence", Ranked::evidence),
                Field.data("contributions", e -> e.explanation() == null ? Field.ABSENT : e.explanation().x().parts()),
                Field.data("contributionsRounding", e -> e.explanation() == null ? Field.ABSENT : e.explanation().x().rounding()),
                Field.data("contributionsTotal", e -> e.explanation() == null ? Field.ABSENT : e.explanation().x().total())));
    }

    /** A library to also consider (not scored) or related from another category (not ranked). */
    public record Other(Candidate c, String categoryLabel, String fitText, String reason) implements Node {
        static final Fields<Other> FIELDS = Fields.of(Other.class, "recommend.field", () -> List.of(
                SharedFields.id(e -> e.c().library().id()),
                Field.column("name", e -> e.c().library().name()),
                Field.column("category", "list.field.category", e -> e.c().library().category(), (e, m) -> e.categoryLabel()),
                Field.column("fit", e -> fit(e.c()), (e, m) -> e.fitText()),
                Field.data("fitKind", e -> e.c().fit().kind().id()),
                Field.column("reason", Other::reason)));
    }

    /** One piece of evidence for a library's fit. */
    public record EvidenceEntry(Evidence e, String text) implements Node {
        static final Fields<EvidenceEntry> FIELDS = Fields.of(EvidenceEntry.class, () -> List.of(
                Field.data("kind", "show.field.kind", x -> x.e().kind().id()),
                Field.data("fit", "recommend.field.fit", x -> x.e().fit() == null ? null : Texts.number(x.e().fit(), 2)),
                Field.data("via", "recommend.field.via", x -> x.e().via()),
                Field.data("stars", "show.field.fit", x -> x.e().stars()),
                Field.data("factor", "recommend.field.factor", x -> Texts.figure(x.e().factor())),
                SharedFields.source(x -> x.e().source()),
                SharedFields.text(EvidenceEntry::text)));
    }

    /** A decision score in parts ({@code --explain}): each part with how it is computed. */
    public record Explanation(Decision.Explanation x, List<Part> parts) {
    }

    /** One part of a decision score: its name, how it is computed, and what it adds. */
    public record Part(String name, String how, BigDecimal adds) {
    }

    /** One category's ranking in a grouped answer. */
    public record Group(String id, String label, List<Ranked> shown, RobustnessEntry robustness) implements Node {
        static final Fields<Group> FIELDS = Fields.of(Group.class, () -> List.of(
                SharedFields.id(Group::id),
                Field.data("label", "categories.field.label", Group::label),
                Field.data("robustness", "recommend.field.robustness", Group::robustness)));
    }

    /** How a ranking holds up when the weights move around the profile, and the sentence that says so. */
    public record RobustnessEntry(Robustness.Result result, String verdict) implements Node {
        static final Fields<RobustnessEntry> FIELDS = Fields.of(RobustnessEntry.class, "recommend.field", () -> List.of(
                Field.data("samples", r -> r.result().samples()),
                Field.data("seed", r -> Robustness.SEED),
                Field.data("concentration", r -> Texts.figure(Robustness.CONCENTRATION)),
                Field.data("firstPlace", r -> r.result().firstShare().entrySet().stream()
                        .map(x -> new Share(x.getKey(), Texts.number(x.getValue(), 4))).toList()),
                Field.data("flipMargin", r -> r.result().flip() == null ? null : new FlipEntry(r.result().flip())),
                Field.data("clearWinner", r -> r.result().clearWinner()),
                Field.data("verdict", RobustnessEntry::verdict)));
    }

    /** A library's share of first places among the weight samples. */
    public record Share(String id, BigDecimal firstPlaceShare) implements Node {
        static final Fields<Share> FIELDS = Fields.of(Share.class, () -> List.of(
                SharedFields.id(Share::id),
                Field.data("firstPlaceShare", "recommend.field.firstPlaceShare", Share::firstPlaceShare)));
    }

    /** The smallest move of weight that would put the second level with the first. */
    public record FlipEntry(Robustness.Flip flip) implements Node {
        static final Fields<FlipEntry> FIELDS = Fields.of(FlipEntry.class, "recommend.field", () -> List.of(
                Field.data("weightMoved", f -> f.flip().mass() == null ? null : Texts.number(f.flip().mass(), 4)),
                Field.data("moves", f -> f.flip().moves().stream().map(MoveEntry::new).toList())));
    }

    /** Weight moved from one dimension to another. */
    public record MoveEntry(Robustness.Move move) implements Node {
        static final Fields<MoveEntry> FIELDS = Fields.of(MoveEntry.class, "recommend.field", () -> List.of(
                Field.data("from", x -> x.move().from()),
                Field.data("to", x -> x.move().to()),
                Field.data("amount", x -> Texts.number(x.move().amount(), 4))));
    }

    /** Why a library is not ranked (or where it is): the deciding reason first. */
    public record WhyNot(Library library, boolean ranked, List<String> reasons) implements Node {
        static final Fields<WhyNot> FIELDS = Fields.of(WhyNot.class, "recommend.field", () -> List.of(
                SharedFields.id(w -> w.library().id()),
                Field.data("name", w -> w.library().name()),
                Field.data("category", "list.field.category", w -> w.library().category()),
                Field.data("ranked", WhyNot::ranked),
                Field.data("reasons", WhyNot::reasons)));
    }

    private static BigDecimal fit(Candidate c) {
        return c.fit().fit() == null ? null : Texts.number(c.fit().fit(), 2);
    }

    /** One line on why a library fits: the source's note for a direct rating, the inference path otherwise. */
    public static String reason(Catalog catalog, Evidence e, Messages m) {
        return RecommendationBuilder.reason(catalog, m, e);
    }

    /** A fit as a table shows it: stars for a direct rating, "≈2.3 inferred" otherwise. */
    public static String fitText(Evidence e, Messages m) {
        return RecommendationBuilder.fitText(m, e);
    }

    /** The sentence on how robust a ranking of {@code shown} is. */
    public static String verdict(List<Candidate> shown, Robustness.Result robust, Messages m) {
        return RecommendationBuilder.verdict(m, shown, robust);
    }

    /** Ranks the catalog's libraries for {@code request}; texts in the language of {@code m}. */
    public static Recommendation of(Catalog catalog, Request request, Messages m) {
        return new RecommendationBuilder(catalog, request, m).build();
    }

    @Override
    public Listed<Ranked> listed() {
        return new Listed<>("recommendations", Ranked.FIELDS, recommendations);
    }

    /**
     * CSV and TSV: one row per ranked library (its ring empty when it has none of its own, as in {@code list});
     * a grouped answer adds its group and the rank within it, and {@code --explain} adds each score's parts ({@code contributions}: "fit=2.2500; stability=0.3000"), what
     * their rounding misses, and their total.
     */
    @Override
    public Rows rows(Messages m) {
        List<String> columns = new ArrayList<>(List.of("rank", "id", "name", "category", "fit", "fitKind", "maturity",
                "maturityBasis", "decisionScore", "tier", "ring", "reason"));
        if (grouped) {
            columns.addAll(1, List.of("group", "groupRank"));
        }
        if (request.explain()) {
            columns.addAll(List.of("contributions", "contributionsRounding", "contributionsTotal"));
        }
        return listed().rows(columns);
    }

    @Override
    public Doc doc(Messages m) {
        return RecommendationPage.doc(this, m);
    }
}
