package advisor.cli;

import advisor.shell.CompletionScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code advisor completion bash|zsh|fish}: prints the completion script for a shell. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the completion script for bash, zsh or fish (completions/ holds the same scripts).")
final class CompletionCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    String shell;

    @Override
    int run(Session session) {
        if (!CompletionScripts.SHELLS.contains(shell)) {
            throw AdvisorException.usage(session.messages().text("completion.unknown", shell, String.join(", ", CompletionScripts.SHELLS)));
        }
        env.out().print(CompletionScripts.script(shell));
        env.out().flush();
        return ExitCode.OK.code();
    }
}
