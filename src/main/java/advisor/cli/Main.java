package advisor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import advisor.catalog.Suggestions;
import advisor.model.Invisible;
import advisor.render.DisplayWidth;
import picocli.CommandLine;

/** Entry point: wires the command tree to an {@link Env}; the only place that exits the process. */
public final class Main {
    private final Env env;
    private CommandLine commandLine;
    /** The output failure already reported: it stays in the stream, so the run's last flush sees it again. */
    private OutputFailure reported;

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
        Env env = new Env(out, err, vars, tty("advisor.tty.out"), tty("advisor.tty.in"), Env::systemToday,
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
        Timing.mark(Timing.MODEL);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, options.stacktrace));
        try {
            return cl.execute(args);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; Errors must not reach the user as a raw trace
            return handle(e, options.stacktrace);
        }
    }

    /**
     * The command tree for one run: only the command asked for (help for one command: that command too),
     * since building picocli's model of a command costs milliseconds of reflection; the whole tree for
     * the shell, the manual, the list of all commands, or a line picocli will refuse. It is not kept.
     */
    private CommandLine oneShot(String[] args) {
        int at = commandIndex(args);
        String name = at < 0 ? null : args[at];
        String next = at >= 0 && at + 1 < args.length ? args[at + 1] : null;
        if (name == null || !AdvisorCommand.SUBCOMMANDS.containsKey(name) || AdvisorCommand.WHOLE_TREE.contains(name)) {
            return commandLine();
        }
        if (name.equals("help")) {
            return next != null && AdvisorCommand.SUBCOMMANDS.containsKey(next)
                    ? build(Stream.of(name, next).distinct().toList()) : commandLine();
        }
        return build(List.of(name));
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
            if (!a.contains("=") && COMMON_VALUE_OPTIONS.contains(a)) {
                i++; // its value
            }
        }
        return -1;
    }

    /** The common options that take a value, read from their declaration once. */
    private static final java.util.Set<String> COMMON_VALUE_OPTIONS = valueOptions();

    private static java.util.Set<String> valueOptions() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Field f : CommonOptions.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null && f.getType() != boolean.class) {
                names.addAll(Arrays.asList(o.names()));
            }
        }
        return names;
    }

    /** The command tree, with commands built around this {@link Env}; built once and reused for every run. */
    public CommandLine commandLine() {
        if (commandLine == null) {
            commandLine = build(List.copyOf(AdvisorCommand.SUBCOMMANDS.keySet()));
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
        EnvFactory factory = new EnvFactory(env, new CommonOptions());
        CommandLine cl = new CommandLine(AdvisorCommand.class, factory);
        for (String name : names) {
            cl.addSubcommand(name, new CommandLine(AdvisorCommand.SUBCOMMANDS.get(name), factory));
        }
        cl.setOut(picocliOut(env.out()));
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler(this::usageError);
        cl.setExecutionStrategy(parsed -> {
            CommonOptions.addUp(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        AdvisorCommand.describeCommonOptions(cl);
        return cl;
    }

    private int handle(Throwable ex, boolean stacktrace) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof OutputFailure f) {
                return outputFailed(f);
            }
        }
        if (ex instanceof AdvisorException a) {
            error("advisor: " + a.getMessage());
            return a.exitCode();
        }
        error("advisor: internal error (a bug; please report it): " + ex);
        if (stacktrace) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            error(sw.toString().stripTrailing());
        } else {
            error("advisor: run again with --stacktrace for details");
        }
        return ExitCodes.INTERNAL;
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
            return ExitCodes.OK;
        }
        if (f != reported) {
            reported = f;
            error("advisor: cannot write the output: " + f.getMessage());
        }
        return ExitCodes.OUTPUT_FAILED;
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

    private int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (ex.getCause() instanceof AdvisorException a) {
            // an option value our converter refused: its message says what would be valid
            error("advisor: " + a.getMessage());
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
        return ExitCodes.USAGE;
    }

    /**
     * Builds commands whose constructor takes an {@link Env}, and everything else picocli asks for. One
     * tree has one {@link CommonOptions}: the root declares it, and every command gets it in its field of
     * that type; and every command's Env answers "today" with {@code --as-of} when it is given.
     */
    private static final class EnvFactory implements CommandLine.IFactory {
        private final Env env;
        private final CommonOptions common;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        EnvFactory(Env env, CommonOptions common) {
            this.env = env.withToday(() -> common.asOf != null ? common.asOf : env.today().get());
            this.common = common;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == CommonOptions.class) {
                return cls.cast(common);
            }
            K made = null;
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class) {
                    c.setAccessible(true);
                    made = cls.cast(c.newInstance(env));
                }
            }
            if (made == null) {
                made = fallback.create(cls);
            }
            for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == CommonOptions.class) {
                        f.setAccessible(true);
                        f.set(made, common);
                    }
                }
            }
            return made;
        }
    }
}
