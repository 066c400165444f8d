package advisor.cli;

import advisor.report.Validation;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code advisor validate}: every problem of the catalog at once; exit 3 on errors (or warnings with --strict).
 * With overlay directories, their problems are the ones counted and listed; the built-in catalog's are
 * summarised in one line (listed with --all), so that a team's CI checks its own files.
 */
@Command(name = "validate", description = {"Check the catalog and report every problem with file, line and column.",
        "With --catalog DIR, the problems of those directories are counted and listed; the built-in catalog's own "
                + "are summarised in one line (--all lists them), and --strict applies to what is counted. "
                + "An error anywhere still fails the run: every other command would refuse the catalog."},
        mixinStandardHelpOptions = true)
final class ValidateCommand extends SessionCommand {
    @Option(names = "--strict", description = "Treat warnings as errors (exit 3): the warnings counted.")
    boolean strict;

    @Option(names = "--all", description = "With --catalog, list the built-in catalog's problems too.")
    boolean all;

    @Override
    int run(Session session) {
        LocalDate day = env.today().get(); // --as-of, else today: review dates are checked as of it
        // with overlays over the built-in catalog, a team answers for its own files: the built-in's are summarised
        boolean split = !common.noBuiltin && !session.overlays().isEmpty();
        Validation answer = Validation.of(session.load(), day, split, all);
        session.print(answer);
        return answer.fails(strict) ? ExitCode.INVALID_CATALOG.code() : ExitCode.OK.code();
    }
}
