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
import java.time.LocalDate;
import java.util.ArrayList;
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
        // no option takes a java.sql or java.time type: spare picocli registering (and the JVM loading) their converters
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        }
        PrintWriter out = Env.reportingWriter(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        // stray library output must not corrupt machine formats: route System.out to stderr
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Map<String, String> vars = userLocale(System.getenv(), System.getProperty("advisor.locale"));
        Env env = new Env(out, err, vars, tty("advisor.tty.out"), tty("advisor.tty.in"), LocalDate::now,
                System.in, CatalogCache.of(vars));
        int code = new Main(env).run(args); // run flushed stdout, and reported it if that failed
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

    private int execute(String[] given) {
        String[] args = hoistCommonOptions(given);
        if (args.length > 0 && args[0].equals(CompleteCommand.NAME)) {
            return new CompleteCommand(env, commandLine()).run(Arrays.copyOfRange(args, 1, args.length));
        }
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine cl;
        boolean help = args.length > 0 && args[0].equals("help");
        if (commandLine == null && args.length > 0 && AdvisorCommand.SUBCOMMANDS.containsKey(args[0])
                && !AdvisorCommand.WHOLE_TREE.contains(args[0])
                && !(help && (args.length == 1 || !AdvisorCommand.SUBCOMMANDS.containsKey(args[1])))) {
            // a one-shot run builds only the command asked for (help for one command: that command too);
            // it is not kept (the shell and the list of all commands need them all)
            cl = build(help ? Stream.of(args[0], args[1]).distinct().toList() : List.of(args[0]));
        } else {
            cl = commandLine();
        }
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, stacktrace));
        try {
            return cl.execute(args);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; Errors must not reach the user as a raw trace
            return handle(e, stacktrace);
        }
    }

    /**
     * Common options given before the command ({@code advisor --catalog team list}) are moved after it,
     * where the command takes them, so that they work in either place as users of git or kubectl expect.
     * Which options are common, and which commands take them, is read from the annotations.
     */
    static String[] hoistCommonOptions(String[] args) {
        if (args.length == 0 || !args[0].startsWith("-")) {
            return args; // the usual case: nothing to look up
        }
        Map<String, Boolean> common = commonOptions();
        List<String> moved = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            String a = args[i];
            String name = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            Boolean takesValue = common.get(name);
            if (takesValue == null || takesValue && name.equals(a) && i + 1 >= args.length) {
                return args;
            }
            moved.add(a);
            if (takesValue && name.equals(a)) {
                moved.add(args[++i]);
            }
            i++;
        }
        Class<?> command = i < args.length ? AdvisorCommand.SUBCOMMANDS.get(args[i]) : null;
        if (command == null || !takesCommonOptions(command)) {
            return args;
        }
        List<String> out = new ArrayList<>();
        out.add(args[i]);
        out.addAll(moved);
        out.addAll(Arrays.asList(args).subList(i + 1, args.length));
        return out.toArray(String[]::new);
    }

    /** Every name of every option in {@link CommonOptions}, with whether it takes a value. */
    private static Map<String, Boolean> commonOptions() {
        Map<String, Boolean> names = new HashMap<>();
        for (Field f : CommonOptions.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null) {
                for (String n : o.names()) {
                    names.put(n, f.getType() != boolean.class);
                }
            }
        }
        return names;
    }

    /** Whether a command (or a class it extends) mixes in {@link CommonOptions}. */
    static boolean takesCommonOptions(Class<?> command) {
        for (Class<?> c = command; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == CommonOptions.class && f.isAnnotationPresent(CommandLine.Mixin.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The command tree, with commands built around this {@link Env}; built once and reused for every run. */
    public CommandLine commandLine() {
        if (commandLine == null) {
            commandLine = build(List.copyOf(AdvisorCommand.SUBCOMMANDS.keySet()));
        }
        return commandLine;
    }

    private CommandLine build(List<String> names) {
        EnvFactory factory = new EnvFactory(env);
        CommandLine cl = new CommandLine(AdvisorCommand.class, factory);
        for (String name : names) {
            cl.addSubcommand(name, new CommandLine(AdvisorCommand.SUBCOMMANDS.get(name), factory));
        }
        cl.setOut(picocliOut(env.out()));
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler(this::usageError);
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

    /** Builds commands whose constructor takes an {@link Env}; everything else picocli builds itself. */
    private static final class EnvFactory implements CommandLine.IFactory {
        private final Env env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        EnvFactory(Env env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(env));
                }
            }
            return fallback.create(cls);
        }
    }
}
