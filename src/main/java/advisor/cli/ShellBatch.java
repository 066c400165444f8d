package advisor.cli;

import advisor.render.DataRenderer;
import advisor.report.BatchError;
import advisor.shell.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code advisor shell} fed on standard input: runs one command per line in one process (the catalog loaded
 * once), reports failing lines by number on stderr, goes on, and answers the highest exit code of its lines.
 */
final class ShellBatch {
    private final Env env;
    /** The shell's own session: what it says itself, it says in the shell's language. */
    private final Session session;
    private final ShellOptions given;
    private final Predicate<List<String>> shellLine;

    /** {@code shellLine} runs what the shell itself understands and says whether the line was one of those. */
    ShellBatch(Session session, ShellOptions given, Predicate<List<String>> shellLine) {
        this.env = session.env();
        this.session = session;
        this.given = given;
        this.shellLine = shellLine;
    }

    /** Runs every line of standard input; {@code shellJson}: the shell itself was asked for JSON. */
    int run(boolean shellJson) throws IOException {
        StringWriter captured = new StringWriter();
        Main inner = new Main(env.inBatch().withErr(new PrintWriter(captured)));
        inner.commandLine(); // every command, built once for all the lines
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        int worst = ExitCode.OK.code();
        int number = 0;
        String text;
        while ((text = in.readLine()) != null) {
            number++;
            Words.Line line = Words.line(text);
            if (line.kind() == Words.Kind.EXIT) {
                break;
            }
            int code = switch (line.kind()) {
                case MALFORMED -> failed(number, shellJson, ExitCode.USAGE.code(), List.of(session.messages().text(line.problem())));
                case NESTED -> failed(number, asksJson(given.arguments(line.words())), ExitCode.USAGE.code(),
                        List.of(session.messages().text("shell.nested")));
                case COMMAND -> shellLine.test(line.words()) ? ExitCode.OK.code() : run(inner, captured, number, line.words());
                default -> ExitCode.OK.code(); // a blank line or a comment
            };
            worst = Math.max(worst, code);
        }
        env.err().flush();
        return worst;
    }

    /** Runs one line's command; what it said on stderr goes out with the line's number. */
    private int run(Main inner, StringWriter captured, int number, List<String> words) {
        String[] args = given.arguments(words);
        int code = inner.run(args);
        env.out().flush();
        // most lines say nothing on stderr: no copy of the empty buffer, no stream over it
        List<String> errors = captured.getBuffer().length() == 0 ? List.of()
                : captured.toString().lines().map(e -> e.startsWith("advisor: ") ? e.substring(9) : e).toList();
        captured.getBuffer().setLength(0);
        if (code != ExitCode.OK.code()) {
            failed(number, asksJson(args), code, errors.isEmpty() ? List.of(session.messages().text("shell.exit", code)) : errors);
        } else {
            for (String e : errors) {
                env.err().println("advisor: " + session.messages().text("shell.line", number, e));
            }
        }
        return code;
    }

    /**
     * Reports a failing line on stderr with its number; when the line asked for JSON, also as one JSON line
     * on stdout ({@code {"error", "line", "exit"}}), so that a script reading answers line by line stays in step.
     */
    private int failed(int number, boolean json, int code, List<String> messages) {
        for (String m : messages) {
            env.err().println("advisor: " + session.messages().text("shell.line", number, m));
        }
        if (json) {
            BatchError error = new BatchError(String.join("\n", messages), number, code);
            env.out().print(DataRenderer.jsonLine(error.data()));
            env.out().flush();
        }
        return code;
    }

    /** Whether a line's arguments choose JSON ({@code -o json}, {@code --format=json}, {@code -ojson}); the last one counts. */
    static boolean asksJson(String[] args) {
        String format = null;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String a = args[i];
            if ((a.equals("-o") || a.equals("--format")) && i + 1 < args.length) {
                format = args[++i];
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("-o") && !a.startsWith("--")) {
                format = a.substring(a.startsWith("-o=") ? 3 : 2);
            }
        }
        return format != null && format.strip().equalsIgnoreCase("json");
    }
}
