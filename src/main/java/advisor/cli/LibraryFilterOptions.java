package advisor.cli;

import advisor.report.LibraryList;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which libraries a listing takes, and the profile it scores them under: shared by {@code list} and {@code radar}. */
final class LibraryFilterOptions {
    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Only libraries a source rates for this scenario.")
    String scenario;

    @Option(names = "--tier", paramLabel = "TIER", description = "Only libraries in this tier.")
    String tier;

    @Option(names = "--trend", paramLabel = "TREND", description = "Only libraries of this trend.")
    String trend;

    @Option(names = "--scored", description = "Only libraries with a maturity score.")
    boolean scoredOnly;

    @Option(names = "--ring", paramLabel = "RING", description = "Only libraries whose latest ring is this one (adopt, trial, assess, hold).")
    String ring;

    @Mixin
    ProfileOption profile;

    /** The filter with every name resolved (an unknown one exits 4 with suggestions). */
    LibraryList.Filter filter(Views v) {
        return new LibraryList.Filter(category == null ? null : v.category(category).id(),
                scenario == null ? null : v.scenario(scenario), tier == null ? null : v.tier(tier),
                trend == null ? null : v.trend(trend), scoredOnly, ring == null ? null : v.ring(ring));
    }
}
