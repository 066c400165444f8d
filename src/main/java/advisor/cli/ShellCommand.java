package advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code advisor shell}: an interactive shell at a terminal; fed on standard input, a batch runner
 * that runs one command per line in one process (the catalog loaded once), reports failing lines by
 * number on stderr, goes on, and exits with the highest exit code of its lines. The common options
 * given to the shell apply to every line that does not give its own; a line may start with
 * {@code advisor}; {@code exit} or {@code quit} stops; {@code reload} forgets the catalogs read so far,
 * and catalogs whose overlay files changed are read again before the next line.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Interactive shell with completion and history; runs one command per line when stdin is not a terminal.",
            "The common options given to it apply to every line; a line's own win. 'exit' or 'quit' leaves;"
                    + " 'reload' reads the catalog files again (edited files are noticed by themselves)."})
final class ShellCommand extends SessionCommand {
    @Spec
    CommandSpec spec;

    /** The common options given to the shell, for every line. */
    private ShellOptions given;

    /** The terminal of the interactive shell: null for the system's (tests script one). */
    org.jline.terminal.Terminal terminal;

    @Override
    int run(Session session) throws IOException {
        session.lang(); // a bad --lang or --format given to the shell is one usage error, not one per line
        if (common.to != null) {
            // one file for every line would keep only the last answer: each line names its own file
            throw AdvisorException.usage(session.messages().text("shell.to.notHere"));
        }
        given = new ShellOptions(spec.root().commandLine().getParseResult());
        env.catalogs().watch();
        if (env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            return new advisor.shell.InteractiveShell(new ShellHost(), terminal).run();
        }
        return new ShellBatch(session, given, this::shellLine).run(common.format == advisor.render.Format.JSON);
    }

    /**
     * Runs what the shell itself understands: {@code reload} forgets the catalogs read so far; else reads
     * again the catalogs whose files changed since. Returns true when the line was the shell's own.
     */
    private boolean shellLine(List<String> words) {
        if (words.equals(List.of("reload"))) {
            env.catalogs().forgetAll();
            return true;
        }
        env.catalogs().forgetChanged();
        return false;
    }

    /** What the interactive shell needs from the command side: running a line and the command tree. */
    final class ShellHost implements advisor.shell.InteractiveShell.Host {
        private Main main;

        @Override
        public picocli.CommandLine commandLine(PrintWriter out) {
            if (main == null) {
                main = new Main(env.withOut(out, true).withErr(out));
            }
            return main.commandLine();
        }

        @Override
        public int run(PrintWriter out, List<String> words) {
            commandLine(out);
            if (shellLine(words)) {
                out.println("advisor: " + messages().text("shell.reload"));
                return ExitCode.OK.code();
            }
            return main.run(given.arguments(words));
        }

        @Override
        public advisor.model.Catalog catalog() {
            return new Session(env, common).load().catalog();
        }

        @Override
        public java.util.Map<String, String> vars() {
            return env.vars();
        }

        @Override
        public advisor.render.Messages messages() {
            return new Session(env, common).messages();
        }
    }
}
