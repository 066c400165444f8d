package advisor.cli;

import advisor.shell.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
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
final class ShellCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** The common options given to the shell, each occurrence as typed with every name of its option. */
    private record Given(List<String> names, List<String> words) {
    }

    private final List<Given> given = new ArrayList<>();

    /** The terminal of the interactive shell: null for the system's (tests script one). */
    org.jline.terminal.Terminal terminal;

    ShellCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Session session = new Session(env, common);
        session.lang(); // a bad --lang or --format given to the shell is one usage error, not one per line
        session.format();
        if (common.to != null) {
            // one file for every line would keep only the last answer: each line names its own file
            throw AdvisorException.usage(session.messages().text("shell.to.notHere"));
        }
        // the common options typed before "shell" were matched by the root, those after it by the shell
        ParseResult root = spec.root().commandLine().getParseResult();
        List<OptionSpec> matched = new ArrayList<>();
        for (ParseResult p = root; p != null; p = p.subcommand()) {
            matched.addAll(p.matchedOptions());
        }
        for (OptionSpec o : matched) {
            if (o.inherited() || o.scopeType() == ScopeType.INHERIT) {
                if (o.typeInfo().isBoolean()) {
                    given.add(new Given(List.of(o.names()), List.of(o.longestName())));
                } else {
                    for (String value : o.originalStringValues()) {
                        given.add(new Given(List.of(o.names()), List.of(o.longestName(), value)));
                    }
                }
            }
        }
        env.catalogs().watch();
        if (env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            return new advisor.shell.InteractiveShell(new ShellHost(), terminal).run();
        }
        return batch();
    }

    /**
     * The arguments a shell line runs with: the common options given to the shell go before the line's
     * command, except those the line gives itself, before or after its command (the line's own win).
     */
    String[] arguments(List<String> words) {
        if (given.isEmpty()) {
            return words.toArray(String[]::new);
        }
        int end = words.indexOf("--");
        List<String> options = end < 0 ? words : words.subList(0, end);
        List<String> out = new ArrayList<>();
        for (Given g : given) {
            if (options.stream().noneMatch(w -> g.names().stream().anyMatch(n -> names(w, n)))) {
                out.addAll(g.words());
            }
        }
        out.addAll(words);
        return out.toArray(String[]::new);
    }

    /** Whether a word gives option {@code name}: {@code --format}, {@code --format=json}, {@code -o}, {@code -ojson}. */
    private static boolean names(String word, String name) {
        return word.equals(name) || word.startsWith(name + "=")
                || name.length() == 2 && !word.startsWith("--") && word.startsWith(name);
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

    private int batch() throws IOException {
        StringWriter captured = new StringWriter();
        Main inner = new Main(env.inBatch().withErr(new PrintWriter(captured)));
        inner.commandLine(); // every command, built once for all the lines
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        boolean shellJson = common.format == advisor.render.Format.JSON;
        int worst = ExitCodes.OK;
        int number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> words;
            try {
                words = Words.command(trimmed);
            } catch (IllegalArgumentException e) {
                worst = Math.max(worst, failed(number, shellJson, ExitCodes.USAGE, List.of(e.getMessage())));
                continue;
            }
            if (Words.isExit(words)) {
                break;
            }
            String[] args = arguments(words);
            boolean json = asksJson(args);
            if (!words.isEmpty() && words.get(0).equals("shell")) {
                worst = Math.max(worst, failed(number, json, ExitCodes.USAGE, List.of("'shell' cannot run inside the shell")));
                continue;
            }
            if (shellLine(words)) {
                continue;
            }
            int code = inner.run(args);
            env.out().flush();
            List<String> errors = captured.toString().lines().map(e -> e.startsWith("advisor: ") ? e.substring(9) : e).toList();
            captured.getBuffer().setLength(0);
            if (code != ExitCodes.OK) {
                failed(number, json, code, errors.isEmpty() ? List.of("exit " + code) : errors);
            } else {
                for (String e : errors) {
                    env.err().println("advisor: line " + number + ": " + e);
                }
            }
            worst = Math.max(worst, code);
        }
        env.err().flush();
        return worst;
    }

    /**
     * Reports a failing line on stderr with its number; when the line asked for JSON, also as one JSON line
     * on stdout ({@code {"error", "line", "exit"}}), so that a script reading answers line by line stays in step.
     */
    private int failed(int number, boolean json, int code, List<String> messages) {
        for (String m : messages) {
            env.err().println("advisor: line " + number + ": " + m);
        }
        if (json) {
            java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("error", String.join("\n", messages));
            error.put("line", number);
            error.put("exit", code);
            env.out().print(advisor.render.DataRenderer.jsonLine(error));
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
                out.println("advisor: the catalog files will be read again");
                return ExitCodes.OK;
            }
            return main.run(arguments(words));
        }

        @Override
        public advisor.model.Catalog catalog() {
            return new Session(env, common).load().catalog();
        }

        @Override
        public java.util.Map<String, String> vars() {
            return env.vars();
        }
    }
}
