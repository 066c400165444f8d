package advisor.cli;

import advisor.render.Output;
import advisor.render.Rows;
import java.util.List;
import java.util.Map;
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
        StackView view = new StackView(new Views(session.catalog(), session.lang()));
        Map<String, Object> data = view.listData();
        session.print(new Output(data, view.listDoc(), Rows.flatten("stacks", StackView.LIST_FIELDS, (List<?>) data.get("stacks"))));
        return ExitCodes.OK;
    }
}
