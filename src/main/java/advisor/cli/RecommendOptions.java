package advisor.cli;

import advisor.model.Ring;
import advisor.report.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code recommend} is asked: the scenario, the weighting, which libraries and how many; resolved into a request. */
final class RecommendOptions {
    @Mixin
    WeightOptions weightOptions;

    @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO", required = true,
            description = "Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
    String scenario;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", converter = Args.TopConverter.class,
            description = "Show the first N (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--min-tier", paramLabel = "TIER", description = "Only libraries in this tier or a higher one.")
    String minTier;

    @Mixin
    FitWeightOption fitWeight;

    @Option(names = "--exclude-ring", paramLabel = "RING",
            description = "Leave out libraries whose latest ring is this one (repeatable), e.g. hold.")
    List<String> excludeRings = new ArrayList<>();

    @Option(names = "--explain", description = "Show each part's contribution to the decision score.")
    boolean explain;

    @Option(names = "--why-not", paramLabel = "LIBRARY",
            description = "Say why this library is not ranked (or where it is).")
    String whyNot;

    /** What the options ask for, every name resolved (an unknown one exits 4 with suggestions). */
    Recommendation.Request request(Views v) {
        Set<Ring> rings = new LinkedHashSet<>();
        for (String typed : excludeRings) {
            rings.add(v.ring(typed));
        }
        return new Recommendation.Request(v.scenario(scenario), weightOptions.resolve(v), fitWeight.value, top,
                category == null ? null : v.category(category).id(), minTier == null ? null : v.tier(minTier), explain,
                whyNot == null ? null : v.library(whyNot), List.copyOf(rings));
    }
}
