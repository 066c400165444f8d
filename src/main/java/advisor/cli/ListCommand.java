package advisor.cli;

import advisor.model.Profile;
import advisor.report.LibraryList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advisor list}: libraries, filtered and sorted; scored libraries always come first. */
@Command(name = "list", description = "List libraries, filtered and sorted (scored libraries first).",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

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

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "balanced",
            description = "Weight profile for the score (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "score", converter = Args.SortConverter.class,
            description = "Sort by score, name, stars (GitHub stars) or first-release (default: ${DEFAULT-VALUE}).")
    LibraryList.Sort sort;

    ListCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        Views v = new Views(session.catalog(), session.lang());
        Profile p = v.profile(profile);
        LibraryList.Filter filter = new LibraryList.Filter(category == null ? null : v.category(category).id(),
                scenario == null ? null : v.scenario(scenario), tier == null ? null : v.tier(tier),
                trend == null ? null : v.trend(trend), scoredOnly);
        session.print(LibraryList.of(v.catalog(), v.lang(), p, filter, sort));
        return ExitCodes.OK;
    }
}
