package advisor.cli;

import advisor.catalog.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code advisor help [COMMAND]}: the help of the tool or of one command, the same text as {@code --help}. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of the tool, or of one command (the same as 'advisor COMMAND --help').")
final class HelpCommand implements Callable<Integer>, CommandLine.IHelpCommandInitializable2 {
    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to show the help of.")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine root = self.getParent();
        CommandLine target = command == null ? root : root.getSubcommands().get(command);
        if (target == null) {
            List<String> names = List.copyOf(root.getSubcommands().keySet());
            List<String> close = Suggestions.closest(command, names);
            AdvisorException.Said hint = close.isEmpty() ? m -> m.text("help.valid", String.join(", ", names))
                    : m -> Views.didYouMean(m, close);
            throw AdvisorException.worded("help.unknown", command, hint);
        }
        target.usage(out, colors);
        out.flush();
        return ExitCode.OK.code();
    }
}
