package advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code advisor man}: prints the manual page (roff); {@code src/man/advisor.1} holds the same page. */
@Command(name = "man", mixinStandardHelpOptions = true,
        description = "Print the manual page in roff (src/man/advisor.1 holds the same page; view it with 'man ./src/man/advisor.1').")
final class ManCommand extends SessionCommand {
    @Spec
    CommandSpec spec;

    @Override
    int run(Session session) {
        env.out().print(ManPage.render(spec.parent().commandLine()));
        env.out().flush();
        return ExitCode.OK.code();
    }
}
