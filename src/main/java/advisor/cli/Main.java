package advisor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import advisor.catalog.Suggestions;
import advisor.model.Invisible;
import advisor.render.Messages;
import advisor.render.DisplayWidth;
import picocli.CommandLine;

/** Entry point: wires the command tree to an {@link Env}; the only place that exits the process. */
public final class Main {
    private final Env env;
    /** The command tree once built (tests may hand one in). */
    CommandLine commandLine;
    /** The output failure already reported: it stays in the stream, so the run's last flush sees it again. */
    private OutputFailure reported;
    /** The common options of the line being run (null before one is parsed): a failure is said in their language. */
    private CommonOptions running;

    public Main(Env env) {
        this.env = env;
    }

    public static void main(String[] args) {
        Timing.mark(Timing.MAIN);
        // no option takes a java.sql or java.time type: spare picocli registering (and the JVM loading) their converters
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        }
        PrintWriter out = Env.reportingWriter(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        // stray library output must not corrupt machine formats: route System.out to stderr
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Map<String, String> vars = userLocale(System.getenv(), System.getProperty("advisor.locale"));
        Env env = new Env(out, err, vars, tty("advisor.tty.out"), tty("advisor.tty.in"), new Today(null, null),
                System.in, CatalogCache.of(vars));
        int code = new Main(env).run(args); // run flushed stdout, and reported it if that failed
        Timing.mark(Timing.END);
        Timing.report(err);
        err.flush();
        System.exit(code);
    }

    /**
     * The environment as the user set it. Under an ASCII locale (C, POSIX, none, or one not installed) the
     * launcher runs the JVM with LC_ALL=C.UTF-8, so that arguments and file names are decoded, and passes
     * the locale the user had (the first of LC_ALL, LC_MESSAGES, LANG) in {@code advisor.locale}: it picks
     * the language, and LC_ALL is read first.
     */
    static Map<String, String> userLocale(Map<String, String> vars, String userLocale) {
        if (userLocale == null) {
            return vars;
        }
        Map<String, String> copy = new HashMap<>(vars);
        if (userLocale.isEmpty()) {
            copy.remove("LC_ALL");
        } else {
            copy.put("LC_ALL", userLocale);
        }
        return Map.copyOf(copy);
    }

    /**
     * Whether a standard stream is a terminal: the launcher tells (it can test cheaply with {@code -t});
     * otherwise the JVM's console, which needs both stdin and stdout to be terminals.
     */
    private static boolean tty(String property) {
        String told = System.getProperty(property);
        return told != null ? told.equals("1") : System.console() != null;
    }

    /**
     * Runs one command line and returns its exit code. Output that could not be written ends the run:
     * quietly with 0 when the reader went away ({@code | head}), else with a message and 1.
     */
    public int run(String... given) {
        try {
            int code = execute(given);
            env.out().flush();
            return code;
        } catch (OutputFailure f) {
            return outputFailed(f);
        } finally {
            env.err().flush();
        }
    }

    private int execute(String[] args) {
        if (args.length > 0 && args[0].equals(CompleteCommand.NAME)) {
            return new CompleteCommand(env, commandLine()).run(Arrays.copyOfRange(args, 1, args.length));
        }
        CommandLine cl = commandLine != null ? commandLine : oneShot(args);
        CommonOptions options = ((AdvisorCommand) cl.getCommand()).common;
        running = options;
        Timing.mark(Timing.MODEL);
        try {
            return cl.execute(args);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; Errors must not reach the user as a raw trace
            return handle(e, options);
        }
    }

    /**
     * The command tree for one run: only the command asked for (help for one command: that command too; the
     * version: no command), since building picocli's model of a command costs time even from the generated
     * {@link CommandModel}; the whole tree for the shell, the manual, the list of all commands, or a line
     * picocli will refuse. It is not kept.
     */
    private CommandLine oneShot(String[] args) {
        int at = commandIndex(args);
        String name = at < 0 ? null : args[at];
        String next = at >= 0 && at + 1 < args.length ? args[at + 1] : null;
        if (name == null && versionOnly(args)) {
            return build(List.of());
        }
        if (name == null || !CommandModel.COMMANDS.contains(name) || AdvisorCommand.WHOLE_TREE.contains(name)) {
            return commandLine();
        }
        if (name.equals("help")) {
            return next != null && CommandModel.COMMANDS.contains(next)
                    ? build(Stream.of(name, next).distinct().toList()) : commandLine();
        }
        return build(List.of(name));
    }

    /**
     * Whether the line asks for the version and nothing else (but common options): the root answers it alone.
     * Anything else, such as a value that looks like an option or an option glued to its value, takes the
     * whole tree, which answers every line.
     */
    static boolean versionOnly(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (CommandModel.COMMON_VALUE_OPTIONS.contains(a)) {
                i++;
                if (i < args.length && args[i].startsWith("-")) {
                    return false;
                }
            } else if (!CommandModel.COMMON_OPTIONS.contains(eq < 0 ? a : a.substring(0, eq))) {
                return false;
            }
        }
        return version;
    }

    /**
     * Where the command name is among the arguments: after the common options typed before it (and their
     * values); -1 when there is none. What is not a common option is left for picocli to judge.
     */
    static int commandIndex(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || !a.startsWith("-") || a.length() == 1) {
                return a.equals("--") ? -1 : i;
            }
            if (!a.contains("=") && CommandModel.COMMON_VALUE_OPTIONS.contains(a)) {
                i++; // its value
            }
        }
        return -1;
    }

    /** The command tree, with commands built around this {@link Env}; built once and reused for every run. */
    public CommandLine commandLine() {
        if (commandLine == null) {
            commandLine = build(CommandModel.COMMANDS);
        }
        return commandLine;
    }

    /** Parses a command line as a run would, without running it (for tests of the parsing alone). */
    CommandLine.ParseResult parse(String... args) {
        CommandLine.ParseResult parsed = commandLine().parseArgs(args);
        CommonOptions.addUp(parsed);
        return parsed;
    }

    private CommandLine build(List<String> names) {
        CommonOptions common = new CommonOptions();
        Env commands = commandEnv(env, common);
        CommandLine cl = new CommandLine(CommandModel.root(commands, common));
        for (String name : names) {
            cl.addSubcommand(name, new CommandLine(CommandModel.command(name, commands, common)));
        }
        return configure(cl);
    }

    /** The environment the commands of one tree get: its "today" answers {@code --as-of} when it is given. */
    static Env commandEnv(Env env, CommonOptions common) {
        return env.withToday(new Today(common, env.today()));
    }

    /**
     * Today: the day {@code --as-of} gave, else the environment's, else the clock's. (The few hooks on the way
     * from {@code main} to a parsed command line are classes, not lambdas: linking a lambda the first time
     * it is met costs start-up time.)
     */
    private static final class Today implements Supplier<LocalDate> {
        private final CommonOptions common;
        private final Supplier<LocalDate> otherwise;

        Today(CommonOptions common, Supplier<LocalDate> otherwise) {
            this.common = common;
            this.otherwise = otherwise;
        }

        @Override
        public LocalDate get() {
            if (common != null && common.asOf != null) {
                return common.asOf;
            }
            return otherwise != null ? otherwise.get() : Env.systemToday();
        }
    }

    /** How a tree runs the command parsed, and what it does with a usage error or a failure (see {@link Today}). */
    private final class Wiring implements CommandLine.IExecutionStrategy, CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        private final CommonOptions options;

        Wiring(CommonOptions options) {
            this.options = options;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            CommonOptions.addUp(parsed);
            return new CommandLine.RunLast().execute(parsed);
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            return usageError(ex, options);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            return handle(ex, options);
        }
    }

    /** What every command tree gets around its model: where it prints, how it parses, how it fails. */
    CommandLine configure(CommandLine cl) {
        cl.setOut(picocliOut(env.out()));
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        Wiring wiring = new Wiring(((AdvisorCommand) cl.getCommand()).common);
        cl.setParameterExceptionHandler(wiring);
        cl.setExecutionStrategy(wiring);
        cl.setExecutionExceptionHandler(wiring);
        AdvisorCommand.describeCommonOptions(cl);
        AdvisorCommand.describeExitCodes(cl);
        return cl;
    }

    private int handle(Throwable ex, CommonOptions options) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof OutputFailure f) {
                return outputFailed(f);
            }
        }
        Messages m = messages(options);
        if (ex instanceof AdvisorException a) {
            error("advisor: " + a.message(m));
            return a.exitCode();
        }
        error("advisor: " + m.text("error.internal", ex));
        if (options.stacktrace) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            error(sw.toString().stripTrailing());
        } else {
            error("advisor: " + m.text("error.stacktrace"));
        }
        return ExitCode.INTERNAL.code();
    }

    /** The words of the run: in the language of the line being run, else of the environment. */
    private Messages messages() {
        return messages(running);
    }

    /** The words of {@code options}' language (see {@link Session#lang(Env, CommonOptions)}). */
    private Messages messages(CommonOptions options) {
        return Messages.of(Session.lang(env, options));
    }

    /**
     * Prints a message to stderr. Every error goes out here, and messages echo what the user typed
     * (a name, an option value) or what a catalog holds: escape sequences, other control characters
     * (a carriage return could hide the start of the line) and bidirectional or invisible characters
     * are shown as visible marks ({@code <U+001B>}) so that they never act on the terminal.
     */
    private void error(String message) {
        env.err().println(DisplayWidth.reveal(message).replace("\r", Invisible.mark('\r')));
    }

    private int outputFailed(OutputFailure f) {
        if (f.readerGone()) {
            return ExitCode.OK.code();
        }
        if (f != reported) {
            reported = f;
            Messages m = messages();
            error("advisor: " + m.text("output.failed", f.message(m)));
        }
        return ExitCode.OUTPUT_FAILED.code();
    }

    /**
     * What picocli prints help and versions through. picocli prints a stack trace for an exception thrown
     * outside a command, so a failed write becomes an IOException here, which its PrintWriter swallows;
     * the stream keeps the failure, and {@link #run} reports it when it flushes.
     */
    private static PrintWriter picocliOut(PrintWriter out) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                try {
                    out.write(chars, off, len);
                } catch (OutputFailure f) {
                    throw new IOException(f);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (OutputFailure f) {
                    throw new IOException(f);
                }
            }

            @Override
            public void close() {
                // standard output outlives the command line
            }
        });
    }

    private int usageError(CommandLine.ParameterException ex, CommonOptions options) {
        CommandLine cmd = ex.getCommandLine();
        if (ex.getCause() instanceof AdvisorException a) {
            // an option value our converter refused: its message says what would be valid
            // in the words of the run's language, as far as the line has said it (else the environment's)
            error("advisor: " + a.message(messages(options)));
            return a.exitCode();
        }
        error("advisor: " + ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            List<String> known = typed.startsWith("-")
                    ? cmd.getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names())).toList()
                    : List.copyOf(cmd.getSubcommands().keySet());
            String hint = Suggestions.didYouMean(typed, known);
            if (!hint.isEmpty()) {
                error("advisor: " + hint.substring(2));
            }
        }
        error("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code();
    }
}
