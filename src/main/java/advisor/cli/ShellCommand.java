package advisor.cli;

import advisor.shell.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code advisor shell}: an interactive shell at a terminal; fed on standard input, a batch runner
 * that runs one command per line in one process (the catalog loaded once), reports failing lines by
 * number on stderr, goes on, and exits with the highest exit code of its lines.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Interactive shell with completion and history; runs one command per line when stdin is not a terminal.")
final class ShellCommand implements Callable<Integer> {
    private final Env env;

    ShellCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            return new advisor.shell.InteractiveShell(new ShellHost()).run();
        }
        return batch();
    }

    private int batch() throws IOException {
        StringWriter captured = new StringWriter();
        Main inner = new Main(env.withErr(new PrintWriter(captured)));
        inner.commandLine(); // every command, built once for all the lines
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        int worst = ExitCodes.OK;
        int number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int code;
            List<String> words;
            try {
                words = Words.split(trimmed);
            } catch (IllegalArgumentException e) {
                env.err().println("advisor: line " + number + ": " + e.getMessage());
                worst = Math.max(worst, ExitCodes.USAGE);
                continue;
            }
            if (!words.isEmpty() && words.get(0).equals("shell")) {
                env.err().println("advisor: line " + number + ": 'shell' cannot run inside the shell");
                worst = Math.max(worst, ExitCodes.USAGE);
                continue;
            }
            code = inner.run(words.toArray(String[]::new));
            env.out().flush();
            String errors = captured.toString();
            captured.getBuffer().setLength(0);
            for (String e : errors.lines().toList()) {
                env.err().println("advisor: line " + number + ": " + (e.startsWith("advisor: ") ? e.substring(9) : e));
            }
            if (code != ExitCodes.OK && errors.isEmpty()) {
                env.err().println("advisor: line " + number + ": exit " + code);
            }
            worst = Math.max(worst, code);
        }
        env.err().flush();
        return worst;
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
            return main.run(words.toArray(String[]::new));
        }

        @Override
        public advisor.model.Catalog catalog() {
            return new Session(env, new CommonOptions()).load().catalog();
        }

        @Override
        public java.util.Map<String, String> vars() {
            return env.vars();
        }
    }
}
