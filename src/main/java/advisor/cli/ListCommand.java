package advisor.cli;

import advisor.model.Profile;
import advisor.report.LibraryList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor list}: libraries, filtered and sorted; scored libraries always come first. */
@Command(name = "list", description = "List libraries, filtered and sorted (scored libraries first).",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Mixin
    LibraryFilterOptions filter;

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
        Profile p = v.profile(filter.profile);
        session.print(LibraryList.of(v.catalog(), v.lang(), p, filter.filter(v), sort));
        return ExitCodes.OK;
    }
}
