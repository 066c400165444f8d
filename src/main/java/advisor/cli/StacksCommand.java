package advisor.cli;

import advisor.report.StackList;
import picocli.CommandLine.Command;

/** {@code advisor stacks}: the stacks of the catalog, reference architectures and layouts. */
@Command(name = "stacks", description = "List the stacks: reference architectures and layered layouts from the sources.",
        mixinStandardHelpOptions = true)
final class StacksCommand extends SessionCommand {
    @Override
    int run(Session session) {
        session.print(StackList.of(session.catalog(), session.lang()));
        return ExitCode.OK.code();
    }
}
