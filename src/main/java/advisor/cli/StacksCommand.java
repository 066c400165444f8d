package advisor.cli;

import advisor.report.StackList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code advisor stacks}: the stacks of the catalog, reference architectures and layouts. */
@Command(name = "stacks", description = "List the stacks: reference architectures and layered layouts from the sources.",
        mixinStandardHelpOptions = true)
final class StacksCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    StacksCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        session.print(StackList.of(session.catalog(), session.lang()));
        return ExitCodes.OK;
    }
}
