package advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Measurement;
import advisor.model.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When measured figures of two sources disagree, and when they only look different. */
class FiguresTest {

    private static Measurement figure(String metric, double value, Double max, String qualifier, String unit,
                                      Map<String, String> conditions, String role, String source) {
        return new Measurement(Text.both(metric), value, max, qualifier, unit, conditions, role, null, source,
                Loc.file("x.yaml"));
    }

    private static Measurement plain(String metric, double value, String unit, String source) {
        return figure(metric, value, null, null, unit, Map.of(), null, source);
    }

    private static Library library(Measurement... ms) {
        return new Library("x", "x", List.of(), "orm", null, Text.both("x"), List.of(), null, List.of(), List.of(),
                List.of(), List.of(ms), List.of(), List.of(), false, Loc.file("x.yaml"));
    }

    @Test
    void aClaimBelowAValueDisagreesWithAMeasurementAboveIt() {
        Measurement claim = figure("Cold start", 1, null, "less-than", "ms", Map.of(), null, "eval");
        Measurement measured = figure("Cold start", 2, null, null, "ms", Map.of("workload", "todo API"), null, "practice");
        Measurement otherMetric = plain("Memory use", 5, "MB", "practice");

        List<Figures.Disagreement> found = Figures.disagreements(library(claim, otherMetric, measured));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo("ms");
        assertThat(found.get(0).figures()).containsExactly(claim, measured);
    }

    @Test
    void figuresThatBothClaimsAllowDoNotDisagree() {
        Measurement claim = figure("Cold start", 1, null, "less-than", "ms", Map.of(), null, "eval");
        assertThat(Figures.disagree(claim, plain("cold start", 0.5, "ms", "practice"))).isFalse();
        assertThat(Figures.disagree(claim, plain("Cold start", 1, "ms", "practice"))).isTrue();
        assertThat(Figures.disagree(figure("Cold start", 1, null, "at-most", "ms", Map.of(), null, "eval"),
                plain("Cold start", 1, "ms", "practice"))).isFalse();
        assertThat(Figures.disagree(figure("Latency", 10, 20.0, null, "ms", Map.of(), null, "eval"),
                plain("Latency", 20, "ms", "practice"))).isFalse();
        assertThat(Figures.disagree(figure("Latency", 10, 20.0, null, "ms", Map.of(), null, "eval"),
                plain("Latency", 21, "ms", "practice"))).isTrue();
        assertThat(Figures.disagree(figure("Latency", 100, null, "about", "ms", Map.of(), null, "eval"),
                plain("Latency", 109, "ms", "practice"))).isFalse();
        assertThat(Figures.disagree(figure("Latency", 100, null, "more-than", "ms", Map.of(), null, "eval"),
                figure("Latency", 50, null, "less-than", "ms", Map.of(), null, "practice"))).isTrue();
    }

    @Test
    void onlyTheSameMetricUnitAndCompatibleConditionsFromTwoSourcesAreCompared() {
        Measurement a = figure("Memory use", 1, null, "less-than", "MB", Map.of("hardware", "CPU"), null, "eval");
        // same source: a history of one document, not a disagreement
        assertThat(Figures.disagree(a, plain("Memory use", 5, "MB", "eval"))).isFalse();
        // another unit is another figure
        assertThat(Figures.disagree(a, plain("Memory use", 5, "GB", "practice"))).isFalse();
        // measured under other conditions
        assertThat(Figures.disagree(a, figure("Memory use", 5, null, null, "MB", Map.of("hardware", "GPU"), null,
                "practice"))).isFalse();
        // a baseline is not the library's own figure
        assertThat(Figures.disagree(a, figure("Memory use", 50, null, null, "MB", Map.of("baseline", "Docker"),
                Measurement.BASELINE, "practice"))).isFalse();
        assertThat(Figures.disagree(a, figure("Memory use", 5, null, null, "MB", Map.of("workload", "API"), null,
                "practice"))).isTrue();
    }

    @Test
    void aBaselineBelongsToTheFiguresThatNameIt() {
        Measurement fig = figure("Time", 8.2, null, null, "s", Map.of("baseline", "Native Rust; Python (PIL)"), null, "p");
        Measurement rust = figure("Time", 7.5, null, null, "s", Map.of("baseline", "Native Rust"), Measurement.BASELINE, "p");
        Measurement other = figure("Time", 9, null, null, "s", Map.of("baseline", "Go"), Measurement.BASELINE, "p");
        Measurement elsewhere = figure("Time", 7.5, null, null, "s", Map.of("baseline", "Native Rust"),
                Measurement.BASELINE, "q");
        assertThat(fig.comparesWith(rust)).isTrue();
        assertThat(fig.comparesWith(other)).isFalse();
        assertThat(fig.comparesWith(elsewhere)).isFalse();
        assertThat(rust.comparesWith(fig)).isFalse();
    }
}
