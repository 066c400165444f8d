package advisor.bench;

import advisor.catalog.CatalogLoader;
import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.Scenario;
import advisor.model.Weights;
import advisor.scoring.Comparison;
import advisor.scoring.Recommender;
import advisor.scoring.Robustness;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on the built-in catalog, without JVM start-up: loading, ranking, robustness, comparing.
 * Run by {@code src/bench/run --jmh} (not part of the test suite; JMH needs forked JVMs and minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    private Catalog catalog;
    private Scenario rag;
    private Weights balanced;
    private Recommender.Result ranked;
    private List<Library> pair;
    private List<String> order;

    @Setup
    public void setUp() {
        catalog = CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24)).catalog();
        rag = catalog.scenario("rag").orElseThrow();
        order = catalog.dimensions().stream().map(Dimension::id).toList();
        Map<String, Double> equal = new LinkedHashMap<>();
        order.forEach(d -> equal.put(d, 1.0));
        balanced = Weights.normalise(equal, order);
        ranked = new Recommender(catalog).recommend(rag, balanced, 0.5, l -> true);
        pair = List.of(catalog.library("candle").orElseThrow(), catalog.library("burn").orElseThrow());
    }

    @Benchmark
    public Object loadBuiltinCatalog() {
        return CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24));
    }

    @Benchmark
    public Object recommendRag() {
        return new Recommender(catalog).recommend(rag, balanced, 0.5, l -> true);
    }

    @Benchmark
    public Object robustnessRag() {
        return Robustness.analyse(ranked.ranked(), balanced, 0.5);
    }

    @Benchmark
    public Object compareCandleBurn() {
        return List.of(Comparison.dimensions(pair, order), Comparison.pairs(pair, order), Comparison.scenarios(pair));
    }
}
