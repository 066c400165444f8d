package advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import advisor.catalog.CatalogLoader;
import advisor.cli.Cli;
import advisor.model.Catalog;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Library;
import advisor.model.Text;
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
    void contributionsAddUpToTheDecisionScore() {
        Library alpha = catalog.library("alpha").orElseThrow();
        Evidence fit = new ScenarioFit(catalog).best(alpha, catalog.scenario("rag").orElseThrow()).orElseThrow();
        Map<String, Double> parts = Decision.contributions(alpha, fit, balanced, 0.3);
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(Decision.score(fit, Maturity.of(alpha, balanced).orElseThrow(), 0.3), within(1e-12));
        assertThat(parts.get("fit")).isCloseTo(1.5, within(1e-12));
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

    /** A library scoring {@code stability} and {@code performance} as given and 4.0 on the rest. */
    private static Library library(String id, double stability, double performance) {
        Map<String, DimensionScore> dims = new LinkedHashMap<>();
        for (String d : DIMS) {
            double s = d.equals("stability") ? stability : d.equals("performance") ? performance : 4.0;
            dims.put(d, new DimensionScore(s, null, null));
        }
        return new Library(id, id, List.of(), "orm", null, Text.both(id), List.of(),
                new Evaluation("fixture", LocalDate.of(2025, 10, 23), dims, null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }
}
