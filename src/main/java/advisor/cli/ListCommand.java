package advisor.cli;

import advisor.model.Profile;
import advisor.report.LibraryList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor list}: libraries, filtered and sorted; scored libraries always come first. */
@Command(name = "list", description = "List libraries, filtered and sorted (scored libraries first).",
        mixinStandardHelpOptions = true)
final class ListCommand extends SessionCommand {
    @Mixin
    LibraryFilterOptions filter;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "score", converter = Args.SortConverter.class,
            description = "Sort by score, name, stars (GitHub stars) or first-release (default: ${DEFAULT-VALUE}).")
    LibraryList.Sort sort;

    @Override
    int run(Session session) {
        Views v = session.views();
        Profile p = filter.profile.resolve(v);
        session.print(LibraryList.of(v.catalog(), v.lang(), p, filter.filter(v), sort));
        return ExitCode.OK.code();
    }
}
