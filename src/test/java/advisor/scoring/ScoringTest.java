package advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import advisor.catalog.CatalogLoader;
import advisor.cli.Cli;
import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Profile;
import advisor.model.Text;
import advisor.model.Tier;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Weights, maturity, tiers and facts against values computed by hand on the fixture catalog. */
class ScoringTest {
    private static final List<String> DIMS = List.of("stability", "community", "documentation", "production",
            "performance", "ecosystem", "maintenance");
    private final Catalog catalog = CatalogLoader.load(List.of(Cli.MINI), false, LocalDate.of(2025, 11, 1)).catalog();

    private Weights weights(double... w) {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            raw.put(DIMS.get(i), w[i]);
        }
        return Weights.normalise(raw, DIMS);
    }

    @Test
    void weightsAreNormalisedToSumToOne() {
        Weights w = weights(3, 1, 2, 3, 1, 2, 2);
        assertThat(w.of("stability")).isCloseTo(3.0 / 14, within(1e-12));
        assertThat(w.of("performance")).isCloseTo(1.0 / 14, within(1e-12));
        assertThat(w.asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void weightsRejectNegativeNanAndAllZero() {
        assertThatThrownBy(() -> weights(-1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights(Double.NaN, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights(0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void balancedMaturityIsThePlainMean() {
        Library alpha = catalog.library("alpha").orElseThrow();
        // (5.0 + 4.5 + 4.0 + 5.0 + 5.0 + 4.0 + 4.5) / 7 = 32 / 7
        MaturityScore m = Maturity.of(alpha, weights(1, 1, 1, 1, 1, 1, 1)).orElseThrow();
        assertThat(m.value()).isCloseTo(32.0 / 7, within(1e-12));
        assertThat(m.basis()).isEqualTo(MaturityScore.Basis.COMPUTED);
    }

    @Test
    void weightedMaturityMatchesHandComputation() {
        Library beta = catalog.library("beta").orElseThrow();
        // production profile 3,1,2,3,1,2,2 over 3.0,4.0,4.0,3.0,4.5,4.0,5.0:
        // (9 + 4 + 8 + 9 + 4.5 + 8 + 10) / 14 = 52.5 / 14 = 3.75
        MaturityScore m = Maturity.of(beta, weights(3, 1, 2, 3, 1, 2, 2)).orElseThrow();
        assertThat(m.value()).isCloseTo(3.75, within(1e-12));
    }

    @Test
    void reportedOnlyLibraryKeepsItsCompositeUnderEveryProfile() {
        Library gamma = catalog.library("gamma").orElseThrow();
        assertThat(Maturity.of(gamma, weights(1, 0, 0, 0, 0, 0, 0)).orElseThrow())
                .isEqualTo(new MaturityScore(4.3, MaturityScore.Basis.REPORTED));
        assertThat(Maturity.of(gamma, weights(0, 0, 0, 0, 5, 0, 0)).orElseThrow().value()).isEqualTo(4.3);
    }

    @Test
    void unscoredLibraryHasNoMaturity() {
        assertThat(Maturity.of(catalog.library("delta").orElseThrow(), weights(1, 1, 1, 1, 1, 1, 1))).isEmpty();
    }

    @Test
    void tiersAtTheirThresholds() {
        Tiers tiers = new Tiers(catalog.tiers());
        assertThat(tiers.of(4.8).id()).isEqualTo("industry-standard");
        assertThat(tiers.of(4.794).id()).isEqualTo("production-ready");
        // a score shown as 4.80 is in the tier that starts at 4.8
        assertThat(tiers.of(4.7999).id()).isEqualTo("industry-standard");
        assertThat(tiers.of(4.0).id()).isEqualTo("production-ready");
        assertThat(tiers.of(3.994).id()).isEqualTo("mature");
        assertThat(tiers.of(3.5).id()).isEqualTo("mature");
        assertThat(tiers.of(2.5).id()).isEqualTo("early");
        assertThat(tiers.of(0).id()).isEqualTo("experimental");
        // 4.8 reached through floating-point arithmetic still counts as 4.8
        assertThat(tiers.of(0.1 * 48).id()).isEqualTo("industry-standard");
    }

    @Test
    void precisionRoundsAsShownAfterRemovingFloatingPointNoise() {
        assertThat(Precision.units(Math.nextUp(3.75), 2)).isEqualTo(375);
        assertThat(Precision.units(Math.nextDown(3.75), 2)).isEqualTo(375);
        assertThat(Precision.compare(0.5 * 2.5 + 0.5 * 5.0, 0.5 * 3.0 + 0.5 * 4.5, 2)).isZero();
        // 2.675 is stored as 2.67499999...; shown, as written, it rounds half up
        assertThat(Precision.round(2.675, 2)).hasToString("2.68");
        assertThat(Precision.round(0.1 + 0.2, 1)).hasToString("0.3");
        assertThat(Precision.round(4.5, 2)).hasToString("4.50");
        assertThat(Precision.round(-0.00005, 4)).hasToString("-0.0001");
        assertThat(Precision.round(-0.00004, 4)).hasToString("0.0000");
        assertThat(Precision.compare(3.744, 3.745, 2)).isNegative();
        assertThat(Precision.round(123_456_789.125, 2)).hasToString("123456789.13");
        // higher first as shown: 3.745 shows 3.75, above 3.744's 3.74; 3.746 and 3.754 both show 3.75
        assertThat(Precision.higherFirst(3.745, 3.744, 2)).isNegative();
        assertThat(Precision.higherFirst(3.744, 3.745, 2)).isPositive();
        assertThat(Precision.higherFirst(3.746, 3.754, 2)).isZero();
    }

    @Test
    void unitsShortcutRoundsAsTheExactRule() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500_000; i++) {
            int decimals = random.nextInt(Precision.CLEAN + 1);
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 5;
                case 1 -> random.nextDouble() * 2e6 - 1e5;
                // halfway points and their neighbours, reached by arithmetic as scores are
                case 2 -> random.nextInt(100_000) / 10_000.0 + 0.5 / Math.pow(10, decimals);
                default -> Math.nextAfter(random.nextInt(1_000_000) / 100.0 + 0.005, random.nextBoolean() ? 0 : 1e9);
            };
            assertThat(Precision.units(value, decimals)).as("%s at %d", value, decimals)
                    .isEqualTo(Precision.exactUnits(value, decimals));
        }
        assertThat(Precision.units(2.675, 2)).isEqualTo(268);
        assertThat(Precision.units(0.1 * 3, 1)).isEqualTo(3);
        assertThat(Precision.units(0.5 * 2.5 + 0.5 * 4.99, 2)).isEqualTo(375);
    }

    @Test
    void valuesUnderTheBoundBelowAValueShowBelowIt() {
        assertThat(3.72).isLessThan(Precision.below(3.75, 2));
        assertThat(3.7449).isGreaterThan(Precision.below(3.745, 2)); // shows 3.74 below 3.75, but too close to tell
        assertThat(-0.03).isLessThan(Precision.below(0.0, 2));
        assertThat(Precision.below(Double.NaN, 2)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Precision.below(2e8, 2)).isEqualTo(Double.NEGATIVE_INFINITY);
        SplittableRandom random = new SplittableRandom(7);
        int under = 0;
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(Precision.CLEAN + 1);
            double scale = random.nextBoolean() ? 10 : 9e7;
            double a = (random.nextDouble() - 0.5) * scale;
            double b = a + (random.nextDouble() - 0.2) * 5 * Math.pow(10, -decimals);
            if (a < Precision.below(b, decimals)) {
                under++;
                assertThat(Precision.compare(a, b, decimals)).as("%s < %s at %d", a, b, decimals).isNegative();
            }
        }
        assertThat(under).isGreaterThan(10_000);
    }

    @Test
    void reportedScoresCompareAtTheirOneDecimal() {
        MaturityScore reported = new MaturityScore(4.45, MaturityScore.Basis.REPORTED);
        MaturityScore computed = new MaturityScore(4.5, MaturityScore.Basis.COMPUTED);
        // 4.45 reported is shown as 4.5 and so ties 4.50 computed
        assertThat(reported.shown()).hasToString("4.5");
        assertThat(reported.key()).isEqualTo(computed.key());
    }

    @Test
    void aProfileChangedByWeightIsNamedAsWhatItIs() {
        Profile balanced = catalog.profile("balanced").orElseThrow();
        ProfileWeights plain = ProfileWeights.of(balanced, DIMS);
        assertThat(plain.modified()).isFalse();
        assertThat(plain.name()).isEqualTo("balanced");
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("performance", 10.0);
        given.put("stability", 0.5);
        ProfileWeights changed = ProfileWeights.of(balanced, given, DIMS);
        assertThat(changed.modified()).isTrue();
        // in dimension order, whatever the order typed; weights as given
        assertThat(changed.name()).isEqualTo("balanced + stability=0.5, performance=10");
        assertThat(changed.overrides()).containsExactly(Map.entry("stability", 0.5), Map.entry("performance", 10.0));
        // raw weights 0.5, 1, 1, 1, 10, 1, 1 sum to 15.5
        assertThat(changed.weights().of("performance")).isCloseTo(10 / 15.5, within(1e-12));
        assertThat(changed.base()).isSameAs(balanced);
        assertThatThrownBy(() -> ProfileWeights.of(balanced, Map.of("speed", 1.0), DIMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed");
    }

    @Test
    void tiersAreOrderedByThresholdWhateverTheFileOrder() {
        Tier low = new Tier("low", Text.both("Low"), "-", 0, null);
        Tier high = new Tier("high", Text.both("High"), "+", 3, null);
        Tiers tiers = new Tiers(List.of(low, high));
        assertThat(tiers.of(3.2).id()).isEqualTo("high");
        assertThat(tiers.rank("high")).isZero();
    }

    @Test
    void newestFactIsCurrentAndDatedFactsFormAHistory() {
        Library alpha = catalog.library("alpha").orElseThrow();
        Facts facts = new Facts(catalog);
        assertThat(facts.current(alpha, "version").value()).isEqualTo("1.2.0");
        assertThat(facts.byKey(alpha).get("version")).extracting(Facts.Dated::date)
                .containsExactly("2021-06-01", "2025-10");
        assertThat(facts.disagreements(alpha)).isEmpty();
    }

    @Test
    void theNewestValueOfOneKeyIsThatKeysCurrentFactInEveryShippedLibrary() {
        Catalog shipped = CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24)).catalog();
        Facts facts = new Facts(shipped);
        int compared = 0;
        for (Library lib : shipped.libraries()) {
            Map<String, Facts.Dated> current = facts.current(lib);
            for (advisor.model.FactKey key : advisor.model.FactKey.values()) {
                Facts.Dated d = current.get(key.id());
                assertThat(facts.current(lib, key.id())).as(lib.id() + " " + key.id()).isSameAs(d == null ? null : d.fact());
                compared += d == null ? 0 : 1;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void undatedFactThatDiffersIsADisagreement() {
        Library alpha = catalog.library("alpha").orElseThrow();
        Catalog undated = new Catalog(
                catalog.sources().stream().map(s -> s.id().equals("older")
                        ? new advisor.model.Source(s.id(), s.title(), s.file(), null, null, s.loc()) : s).toList(),
                catalog.dimensions(), catalog.tiers(), catalog.profiles(), catalog.categories(), catalog.scenarios(),
                catalog.trends(), catalog.libraries());
        Facts facts = new Facts(undated);
        assertThat(facts.current(alpha, "version").value()).isEqualTo("1.2.0");
        assertThat(facts.disagreements(alpha)).singleElement()
                .satisfies(d -> assertThat(d.facts()).extracting(f -> f.fact().value()).containsExactly("0.9", "1.2.0"));
    }

    @Test
    void dimensionOrderComesFromTheCatalog() {
        assertThat(catalog.dimensions()).extracting(Dimension::id).containsExactlyElementsOf(DIMS);
    }
}
