package advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import advisor.catalog.CatalogLoader;
import advisor.cli.Cli;
import advisor.model.Catalog;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Library;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Scenario;
import advisor.model.Text;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The decision engine against values computed by hand on the fixture catalog. */
class EngineTest {
    private static final List<String> DIMS = List.of("stability", "community", "documentation", "production",
            "performance", "ecosystem", "maintenance");
    private final Catalog catalog = CatalogLoader.load(List.of(Cli.MINI), false, LocalDate.of(2025, 11, 1)).catalog();
    private final Weights balanced = Weights.normalise(Map.of("stability", 1.0, "community", 1.0, "documentation", 1.0,
            "production", 1.0, "performance", 1.0, "ecosystem", 1.0, "maintenance", 1.0), DIMS);

    @Test
    void directRatingWinsAndInferredEvidenceIsDiscounted() {
        Recommender.Result r = new Recommender(catalog).recommend(catalog.scenario("rag").orElseThrow(), balanced, 0.5,
                l -> true);
        assertThat(r.ranked()).extracting(c -> c.library().id()).containsExactly("alpha", "beta");
        Candidate alpha = r.ranked().get(0);
        assertThat(alpha.fit().kind()).isEqualTo(Evidence.Kind.DIRECT);
        // 0.5 x 5 + 0.5 x 32/7
        assertThat(alpha.decision()).isCloseTo(2.5 + 16.0 / 7, within(1e-12));
        Candidate beta = r.ranked().get(1);
        // trend "vector-search" (impact 5) x 0.6 beats category (alpha's 5 stars x 0.5)
        assertThat(beta.fit().kind()).isEqualTo(Evidence.Kind.TREND);
        assertThat(beta.fit().fit()).isCloseTo(3.0, within(1e-12));
        assertThat(beta.evidence()).extracting(Evidence::kind).containsExactly(Evidence.Kind.TREND, Evidence.Kind.CATEGORY);
        // 0.5 x 3 + 0.5 x 27.5/7
        assertThat(beta.decision()).isCloseTo(1.5 + 13.75 / 7, within(1e-12));
        assertThat(r.unscored()).isEmpty();
    }

    @Test
    void relatedScenarioEvidenceCarriesItsStrength() {
        // semantic-search relates to rag at 0.7: alpha's direct 5 stars for rag count as 3.5
        Evidence e = new ScenarioFit(catalog).best(catalog.library("alpha").orElseThrow(),
                catalog.scenario("semantic-search").orElseThrow()).orElseThrow();
        assertThat(e.kind()).isEqualTo(Evidence.Kind.RELATED);
        assertThat(e.via()).isEqualTo("rag");
        assertThat(e.fit()).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void inferenceForADomainScenarioStaysInItsLane() {
        // semantic-search as a domain served by web frameworks only: alpha (a vector database) has no direct
        // rating for it, so its rag rating (related) may not rank it; it is listed apart as related
        Scenario semantic = catalog.scenario("semantic-search").orElseThrow();
        Scenario webOnly = new Scenario(semantic.id(), semantic.label(), semantic.aliases(), semantic.related(),
                Scenario.Kind.DOMAIN, List.of("web-framework"), semantic.loc());
        Recommender.Result r = new Recommender(catalog).recommend(webOnly, balanced, 0.5, l -> true);
        assertThat(r.ranked()).extracting(c -> c.library().id()).doesNotContain("alpha");
        assertThat(r.unscored()).extracting(c -> c.library().id()).doesNotContain("alpha");
        assertThat(r.related()).extracting(c -> c.library().id()).containsExactly("alpha");
        assertThat(r.related().get(0).fit().via()).isEqualTo("rag");
        assertThat(r.related().get(0).decision()).isNull();

        // served by vector databases: the same evidence ranks it, and nothing is listed apart
        Scenario vectorDb = new Scenario(semantic.id(), semantic.label(), semantic.aliases(), semantic.related(),
                Scenario.Kind.DOMAIN, List.of("vector-db"), semantic.loc());
        Recommender.Result in = new Recommender(catalog).recommend(vectorDb, balanced, 0.5, l -> true);
        assertThat(in.ranked()).extracting(c -> c.library().id()).contains("alpha");
        assertThat(in.related()).isEmpty();
    }

    @Test
    void aQualityScenarioIsGroupedByCategoryInRankingOrder() {
        Catalog builtin = CatalogLoader.load(List.of(), true, Cli.TODAY).catalog();
        List<Candidate> ranked = new Recommender(builtin).recommend(builtin.scenario("performance-critical").orElseThrow(),
                balanced, 0.5, l -> true).ranked();
        Map<String, List<Candidate>> groups = Recommender.byCategory(ranked);
        // groups in the order of their leaders, each a ranking of one category
        assertThat(groups.keySet()).startsWith("orm", "web-framework");
        assertThat(groups.get("orm").get(0).library().id()).isEqualTo("sea-orm");
        assertThat(groups.get("web-framework").get(0).library().id()).isEqualTo("pavex");
        groups.forEach((category, list) -> assertThat(list).allMatch(c -> c.library().category().equals(category))
                .isSortedAccordingTo(Recommender.ORDER));
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(ranked.size());
    }

    @Test
    void aDirectRatingCountsOutsideTheLane() {
        // rag served by web frameworks only: alpha's own rag rating still ranks it; beta's trend does not
        Scenario rag = catalog.scenario("rag").orElseThrow();
        Scenario webOnly = new Scenario(rag.id(), rag.label(), rag.aliases(), rag.related(), Scenario.Kind.DOMAIN,
                List.of("web-framework"), rag.loc());
        Recommender.Result r = new Recommender(catalog).recommend(webOnly, balanced, 0.5, l -> true);
        assertThat(r.ranked()).extracting(c -> c.library().id()).containsExactly("alpha");
        assertThat(r.ranked().get(0).evidence()).extracting(Evidence::kind).containsOnly(Evidence.Kind.DIRECT);
    }

    @Test
    void contributionsAddUpToTheDecisionScore() {
        Library alpha = catalog.library("alpha").orElseThrow();
        Evidence fit = new ScenarioFit(catalog).best(alpha, catalog.scenario("rag").orElseThrow()).orElseThrow();
        Map<String, Double> parts = Decision.contributions(alpha, fit, balanced, 0.3);
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(Decision.score(fit, Maturity.of(alpha, balanced).orElseThrow(), 0.3), within(1e-12));
        assertThat(parts.get("fit")).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void explainedPartsThatAreEqualPrintEqualAndStillAddUp() {
        // under the production profile, community and performance (4.5 x 1/14 each) are the same part: the
        // old largest-remainder rounding printed one as 0.16 and the other as 0.17 to make the column add up
        Library burn = library("burn", 3.5, 4.5, 4.5);
        Weights production = Weights.normalise(Map.of("stability", 3.0, "community", 1.0, "documentation", 2.0,
                "production", 3.0, "performance", 1.0, "ecosystem", 2.0, "maintenance", 2.0), DIMS);
        Evidence fit = new Evidence(Evidence.Kind.RELATED, 2.8, 4, "rag", 0.7, "fixture", null);
        MaturityScore m = Maturity.of(burn, production).orElseThrow();
        double decision = Decision.score(fit, m, 0.5);
        Decision.Explanation x = Decision.explain(burn, fit, production, 0.5, decision);
        assertThat(x.parts().get("community")).isEqualTo(x.parts().get("performance")).hasToString("0.1607");
        assertThat(x.parts().get("fit")).hasToString("1.4000");
        BigDecimal sum = x.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.add(x.rounding())).isEqualTo(x.total());
        assertThat(x.shown()).isEqualTo(Precision.round(decision, 2));
        assertThat(x.total().setScale(2, RoundingMode.HALF_UP)).isEqualTo(x.shown());
        assertThat(x.total().scale()).isEqualTo(Decision.Explanation.DECIMALS);
    }

    @Test
    void explanationTakesMoreDecimalsWhenFourWouldContradictTheShownScore() {
        // 4.624951 is 4.6250 at four decimals, which reads as 4.63; the score is shown as 4.62
        Library l = library("l", 4.624951, 4.624951, 4.624951);
        Evidence fit = new Evidence(Evidence.Kind.DIRECT, null, null, "rag", 1, "fixture", null);
        double decision = Decision.score(fit, Maturity.of(l, balanced).orElseThrow(), 0.5);
        Decision.Explanation x = Decision.explain(l, fit, balanced, 0.5, decision);
        assertThat(x.shown()).hasToString("4.62");
        assertThat(x.total()).hasToString("4.62495");
        assertThat(x.parts().get("stability")).hasToString("0.66071");
        assertThat(x.rounding()).hasToString("-0.00002");
    }

    @Test
    void fitWeightZeroRanksByMaturityOnly() {
        Recommender.Result r = new Recommender(catalog).recommend(catalog.scenario("rag").orElseThrow(), balanced, 0.0,
                l -> true);
        assertThat(r.ranked().get(0).decision()).isCloseTo(32.0 / 7, within(1e-12));
    }

    @Test
    void flipMarginIsTheLeastWeightToMove() {
        Weights w = Weights.normalise(Map.of("a", 0.6, "b", 0.4), List.of("a", "b"));
        // gap = 0.6 x 1 + 0.4 x (-1) = 0.2; each unit moved from a to b closes 2: 0.1 must move
        Robustness.Flip flip = Robustness.flip(0, new double[] {1, -1}, List.of("a", "b"), w);
        assertThat(flip.mass()).isCloseTo(0.1, within(1e-12));
        assertThat(flip.moves()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("a");
            assertThat(m.to()).isEqualTo("b");
        });
    }

    @Test
    void flipMarginIsNullWhenNoWeightsCanSwap() {
        Weights w = Weights.normalise(Map.of("a", 0.5, "b", 0.5), List.of("a", "b"));
        // a fit lead of 2 cannot be closed by dimension differences of at most 1
        Robustness.Flip flip = Robustness.flip(2, new double[] {1, 0}, List.of("a", "b"), w);
        assertThat(flip.mass()).isNull();
    }

    @Test
    void samplingIsReproducibleAndSharesSumToOne() {
        Recommender.Result r = new Recommender(catalog).recommend(catalog.scenario("rag").orElseThrow(), balanced, 0.5,
                l -> true);
        Robustness.Result a = Robustness.analyse(r.ranked(), balanced, 0.5);
        Robustness.Result b = Robustness.analyse(r.ranked(), balanced, 0.5);
        assertThat(a).isEqualTo(b);
        assertThat(a.samples()).isEqualTo(Robustness.SAMPLES);
        assertThat(a.firstShare().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(a.firstShare().get("alpha")).isEqualTo(1.0);
        assertThat(a.clearWinner()).isTrue();
    }

    @Test
    void closeCandidatesAreNoClearWinner() {
        // two libraries with equal fit whose maturity differs only by trading stability for performance
        Library x = library("x", 4.0, 5.0);
        Library y = library("y", 5.0, 4.0);
        Evidence fit = new Evidence(Evidence.Kind.DIRECT, 4.0, 4, "rag", 1, "fixture", null);
        Candidate cx = new Candidate(x, fit, List.of(fit), Maturity.of(x, balanced).orElseThrow(), null, 4.0);
        Candidate cy = new Candidate(y, fit, List.of(fit), Maturity.of(y, balanced).orElseThrow(), null, 4.0);
        Robustness.Result r = Robustness.analyse(List.of(cx, cy), balanced, 0.5);
        assertThat(r.clearWinner()).isFalse();
        assertThat(r.firstShare().get("x")).isBetween(0.3, 0.7);
    }

    @Test
    void evidenceIsComputedOncePerCatalogScenarioAndLibrary() {
        Scenario rag = catalog.scenario("rag").orElseThrow();
        Library alpha = catalog.library("alpha").orElseThrow();
        ScenarioFit first = new ScenarioFit(catalog);
        List<Evidence> evidence = first.evidence(alpha, rag);
        int kept = first.memo().size();
        // another query over the same catalog finds the same lists
        ScenarioFit second = new ScenarioFit(catalog);
        assertThat(second.evidence(alpha, rag)).isSameAs(evidence);
        assertThat(second.memo().size()).isEqualTo(kept);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evidence.add(evidence.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        // and a catalog loaded afresh computes the same
        Catalog again = CatalogLoader.load(List.of(Cli.MINI), false, LocalDate.of(2025, 11, 1)).catalog();
        for (Library l : catalog.libraries()) {
            for (Scenario s : catalog.scenarios()) {
                ScenarioFit fresh = new ScenarioFit(again);
                Library l2 = again.library(l.id()).orElseThrow();
                Scenario s2 = again.scenario(s.id()).orElseThrow();
                assertThat(first.evidence(l, s)).as(l.id() + " " + s.id()).isEqualTo(fresh.evidence(l2, s2));
                assertThat(first.outOfLane(l, s)).as(l.id() + " " + s.id()).isEqualTo(fresh.outOfLane(l2, s2));
            }
        }
    }

    @Test
    void flipMovesFromTheHighestRatesFirstAndEqualRatesInDimensionOrder() {
        Weights w = Weights.normalise(Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0), List.of("a", "b", "c", "d"));
        // gap 0.3 + 0.25 x (1 + 1 + 0.5 - 1) = 0.675; a and b close 2 per unit moved to d, c only 1.5
        Robustness.Flip flip = Robustness.flip(0.3, new double[] {1, 1, 0.5, -1}, List.of("a", "b", "c", "d"), w);
        assertThat(flip.mass()).isCloseTo(0.3375, within(1e-12));
        assertThat(flip.moves()).extracting(Robustness.Move::from).containsExactly("a", "b");
        assertThat(flip.moves()).extracting(Robustness.Move::to).containsExactly("d", "d");
        assertThat(flip.moves().get(0).amount()).isCloseTo(0.25, within(1e-12));
        assertThat(flip.moves().get(1).amount()).isCloseTo(0.0875, within(1e-12));
    }

    /**
     * The sampling's figures pinned exactly, for a contested ranking: candidates with direct, inferred and no
     * stars, a reported-only one and close scores. Any change to the draws, their order, the ranking rule in
     * the loop or the rounding shows here (the figures were those of the sampling before it was optimised).
     */
    @Test
    void robustnessFiguresArePinned() {
        Weights w = Weights.normalise(Map.of("stability", 2.0, "community", 1.0, "documentation", 1.0, "production", 1.5,
                "performance", 1.0, "ecosystem", 0.5, "maintenance", 1.0), DIMS);
        Evidence direct = new Evidence(Evidence.Kind.DIRECT, 4.0, 4, "rag", 1, "fixture", null);
        Evidence related = new Evidence(Evidence.Kind.RELATED, 4.2, 5, "rag", 0.84, "fixture", null);
        Evidence unstarred = new Evidence(Evidence.Kind.DIRECT, null, null, "rag", 1, "fixture", null);
        Library reported = new Library("d", "d", List.of(), "orm", null, Text.both("d"), List.of(),
                new Evaluation("fixture", LocalDate.of(2025, 10, 23), Map.of(), new Evaluation.Reported(4.1, null, null), null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, null);
        List<Candidate> ranked = new java.util.ArrayList<>();
        Map<Library, Evidence> fits = new LinkedHashMap<>();
        fits.put(library("a", 5.0, 3.0, 4.0), direct);
        fits.put(library("b", 3.0, 5.0, 4.0), direct);
        fits.put(library("c", 4.2, 4.2, 3.9), related);
        fits.put(reported, direct);
        fits.put(library("e", 4.0, 4.3, 4.06), unstarred);
        fits.put(library("f", 4.0, 4.8, 4.1), direct);
        fits.forEach((library, fit) -> {
            MaturityScore m = Maturity.of(library, w).orElseThrow();
            ranked.add(new Candidate(library, fit, List.of(fit), m, null, Decision.score(fit, m, 0.5)));
        });
        ranked.sort(Recommender.ORDER);
        Robustness.Result r = Robustness.analyse(ranked, w, 0.5);
        assertThat(r.firstShare()).containsExactly(Map.entry("c", 0.7459), Map.entry("f", 0.0805), Map.entry("e", 0.0),
                Map.entry("a", 0.1736), Map.entry("d", 0.0), Map.entry("b", 0.0));
        assertThat(r.flip().mass()).isEqualTo(0.06250000000000056);
        assertThat(r.flip().moves()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("stability");
            assertThat(m.to()).isEqualTo("performance");
        });
        assertThat(r.clearWinner()).isFalse();
        assertThat(r.samples()).isEqualTo(Robustness.SAMPLES);
    }

    @Test
    void gammaSamplerHasTheRightMean() {
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += Robustness.gamma(random, 2.5);
        }
        assertThat(sum / n).isCloseTo(2.5, within(0.1));
        double small = 0;
        for (int i = 0; i < n; i++) {
            small += Robustness.gamma(random, 0.4);
        }
        assertThat(small / n).isCloseTo(0.4, within(0.05));
    }

    @Test
    void dominanceNeedsAtLeastAsGoodEverywhereAndBetterSomewhere() {
        Library strong = library("strong", 5.0, 5.0);
        Library weak = library("weak", 4.0, 5.0);
        Library mixed = library("mixed", 5.0, 4.0);
        List<Comparison.Pair> pairs = Comparison.pairs(List.of(strong, weak, mixed), DIMS);
        assertThat(pairs.get(0).aDominates()).isTrue();
        assertThat(pairs.get(0).aLeads()).containsExactly("stability");
        assertThat(pairs.get(1).aDominates()).isTrue();
        Comparison.Pair weakVsMixed = pairs.get(2);
        assertThat(weakVsMixed.aDominates()).isFalse();
        assertThat(weakVsMixed.bDominates()).isFalse();
        assertThat(weakVsMixed.aLeads()).containsExactly("performance");
        assertThat(weakVsMixed.bLeads()).containsExactly("stability");
    }

    @Test
    void dimensionLeaderAndMarginAndTies() {
        List<Comparison.DimensionRow> rows = Comparison.dimensions(
                List.of(library("p", 4.0, 5.0), library("q", 4.5, 5.0)), DIMS);
        assertThat(rows.get(0).leader()).isEqualTo("q");
        assertThat(rows.get(0).margin()).isCloseTo(0.5, within(1e-12));
        assertThat(rows.get(4).leader()).isNull();
        assertThat(rows.get(1).leader()).isNull();
    }

    @Test
    void scoresThatPrintTheSameAreTiedAndTheFitDecides() {
        // Qdrant against Turso for edge-ai: 0.5 x 2.5 + 0.5 x 5.0 and 0.5 x 3.0 + 0.5 x 4.5 are both 3.75,
        // but a double may land one bit apart; the better fit must decide, not the last bit
        Library low = uniform("a-low-fit", 5.0);
        Library high = uniform("z-high-fit", 4.5);
        Evidence lowFit = new Evidence(Evidence.Kind.CATEGORY, 2.5, null, "orm", 0.5, null, null);
        Evidence highFit = new Evidence(Evidence.Kind.RELATED, 3.0, 5, "rag", 0.6, "fixture", null);
        Candidate a = new Candidate(low, lowFit, List.of(lowFit), Maturity.of(low, balanced).orElseThrow(), null,
                Math.nextUp(3.75));
        Candidate b = new Candidate(high, highFit, List.of(highFit), Maturity.of(high, balanced).orElseThrow(), null,
                Math.nextDown(3.75));
        List<Candidate> ranked = new java.util.ArrayList<>(List.of(a, b));
        ranked.sort(Recommender.ORDER);
        assertThat(ranked).extracting(c -> c.library().id()).containsExactly("z-high-fit", "a-low-fit");
    }

    @Test
    void equalFitAndMaturityAsShownLeaveItToTheId() {
        // Candle against SurrealDB for edge-computing: same fit, maturity 4.43 and 4.43, score 3.46 and 3.46
        Library s = uniform("surrealdb", 4.0);
        Library c = uniform("candle", 4.0);
        Evidence fit = new Evidence(Evidence.Kind.CATEGORY, 2.5, null, "orm", 0.5, null, null);
        Candidate cs = new Candidate(s, fit, List.of(fit), new MaturityScore(Math.nextUp(31.0 / 7), MaturityScore.Basis.COMPUTED),
                null, Math.nextUp(3.4642857142857144));
        Candidate cc = new Candidate(c, fit, List.of(fit), new MaturityScore(31.0 / 7, MaturityScore.Basis.COMPUTED), null,
                3.4642857142857144);
        List<Candidate> ranked = new java.util.ArrayList<>(List.of(cs, cc));
        ranked.sort(Recommender.ORDER);
        assertThat(ranked).extracting(x -> x.library().id()).containsExactly("candle", "surrealdb");
    }

    private static Scenario unlaned(Catalog catalog, String id) {
        Scenario s = catalog.scenario(id).orElseThrow();
        return new Scenario(s.id(), s.label(), s.aliases(), s.related(), Scenario.Kind.QUALITY, List.of(), s.loc());
    }

    @Test
    void builtinCatalogTiesFollowTheDocumentedRule() {
        Catalog builtin = CatalogLoader.load(List.of(), true, Cli.TODAY).catalog();
        Recommender recommender = new Recommender(builtin);
        // as qualities (no lanes): the shipped domains keep these ties out, the rule still decides them
        List<String> edgeAi = recommender.recommend(unlaned(builtin, "edge-ai"), balanced, 0.5, l -> true)
                .ranked().stream().map(x -> x.library().id()).toList();
        // both 3.75: Turso's fit 3.0 beats Qdrant's 2.5
        assertThat(edgeAi.indexOf("turso")).isEqualTo(edgeAi.indexOf("qdrant") - 1);
        List<String> edge = recommender.recommend(unlaned(builtin, "edge-computing"), balanced, 0.5, l -> true)
                .ranked().stream().map(x -> x.library().id()).toList();
        // fit 2.5, maturity 4.43 and score 3.46 each: the id decides
        assertThat(edge.indexOf("candle")).isEqualTo(edge.indexOf("surrealdb") - 1);
    }

    @Test
    void robustnessSamplesRankByTheSameRule() {
        // x: fit 3.0, maturity just under 4.5; y: fit 2.5, maturity 5.0. Both print 3.75 under any weights, so
        // the better fit puts x first in every sample, although y's unrounded score is always a little higher
        Map<String, DimensionScore> dims = new LinkedHashMap<>();
        for (String d : DIMS) {
            dims.put(d, new DimensionScore(d.equals("stability") ? 4.49 : 4.5, null, null));
        }
        Library x = new Library("x", "x", List.of(), "orm", null, Text.both("x"), List.of(),
                new Evaluation("fixture", LocalDate.of(2025, 10, 23), dims, null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, null);
        Library y = uniform("y", 5.0);
        Evidence fx = new Evidence(Evidence.Kind.RELATED, 3.0, 5, "rag", 0.6, "fixture", null);
        Evidence fy = new Evidence(Evidence.Kind.CATEGORY, 2.5, null, "orm", 0.5, null, null);
        MaturityScore mx = Maturity.of(x, balanced).orElseThrow();
        MaturityScore my = Maturity.of(y, balanced).orElseThrow();
        List<Candidate> ranked = new java.util.ArrayList<>(List.of(
                new Candidate(y, fy, List.of(fy), my, null, Decision.score(fy, my, 0.5)),
                new Candidate(x, fx, List.of(fx), mx, null, Decision.score(fx, mx, 0.5))));
        ranked.sort(Recommender.ORDER);
        assertThat(ranked.get(0).library().id()).isEqualTo("x");
        Robustness.Result r = Robustness.analyse(ranked, balanced, 0.5);
        assertThat(r.firstShare().get("x")).isEqualTo(1.0);
        // they print the same score: a tie, no weight has to move
        assertThat(r.flip().mass()).isZero();
        assertThat(r.flip().moves()).isEmpty();
    }

    @Test
    void dimensionsThatPrintTheSameAreATie() {
        Library p = library("p", 4.24, 4.25);
        Library q = library("q", 4.21, 4.2);
        List<Comparison.DimensionRow> rows = Comparison.dimensions(List.of(p, q), DIMS);
        // 4.24 and 4.21 both print as 4.2
        assertThat(rows.get(0).leader()).isNull();
        assertThat(rows.get(0).margin()).isZero();
        // 4.25 prints as 4.3: p leads by the 0.1 shown
        assertThat(rows.get(4).leader()).isEqualTo("p");
        assertThat(rows.get(4).margin()).isEqualTo(0.1);
        Comparison.Pair pair = Comparison.pairs(List.of(p, q), DIMS).get(0);
        assertThat(pair.aLeads()).containsExactly("performance");
        assertThat(pair.ties()).contains("stability");
    }

    /** A library scoring {@code score} on every dimension. */
    private static Library uniform(String id, double score) {
        return library(id, score, score, score);
    }

    /** A library scoring {@code stability} and {@code performance} as given and 4.0 on the rest. */
    private static Library library(String id, double stability, double performance) {
        return library(id, stability, performance, 4.0);
    }

    /** A library scoring {@code stability} and {@code performance} as given and {@code rest} on the others. */
    private static Library library(String id, double stability, double performance, double rest) {
        Map<String, DimensionScore> dims = new LinkedHashMap<>();
        for (String d : DIMS) {
            double s = d.equals("stability") ? stability : d.equals("performance") ? performance : rest;
            dims.put(d, new DimensionScore(s, null, null));
        }
        return new Library(id, id, List.of(), "orm", null, Text.both(id), List.of(),
                new Evaluation("fixture", LocalDate.of(2025, 10, 23), dims, null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, null);
    }
}
