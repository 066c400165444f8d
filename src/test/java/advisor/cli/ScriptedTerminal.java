package advisor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs advisor on a terminal that types lines as a person (or expect) would: each line once the screen has
 * changed since the last one and shows it is ready for the next, so that no keystroke arrives while the
 * terminal is busy with the previous one. The keyboard is a pipe that stays open: a command must end on
 * what is typed, not on end of input.
 *
 * <p>It never types ahead: JLine's pump thread runs each byte through the line discipline of the mode the
 * terminal is in when the byte arrives, so a keystroke typed while a command still runs (cooked mode: echo,
 * CR turned into LF) is read differently from one typed at the prompt (raw mode), and a catalog edit made
 * "before line n" would land before the previous line ran. That race was the flaky failure of the shell
 * test: the typist used to give up waiting after 10 s and type anyway, which a loaded machine reached. Now a
 * screen that is never ready ends the input and fails the run, saying which line it waited for.
 */
final class ScriptedTerminal {
    private ScriptedTerminal() {
    }

    /** Whether the screen so far is ready for line {@code line} (from 0). */
    interface Ready {
        boolean test(String screen, int line);
    }

    /** Something done before a line is typed (editing a file the command reads). */
    interface Action {
        void run() throws Exception;
    }

    /** The exit code, what the screen showed and what went to stderr. */
    record Run(int exit, String screen, String err) {
    }

    /**
     * Runs {@code advisor ARGS} with standard input and output as terminals; {@code attach} hands the
     * terminal to the command object of {@code command} before it runs.
     */
    static Run run(Map<String, String> vars, List<String> typed, Ready ready, Map<Integer, ? extends Action> before,
                   String command, BiConsumer<Object, Terminal> attach, String... args) throws Exception {
        StringWriter err = new StringWriter();
        Env env = new Env(new PrintWriter(new StringWriter()), new PrintWriter(err), vars, true, true, () -> Cli.TODAY,
                new ByteArrayInputStream(new byte[0]), new CatalogCache(null));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream keyboard = new java.io.PipedInputStream(keys, 64 * 1024);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger missing = new java.util.concurrent.atomic.AtomicInteger(-1);
        Thread typist = new Thread(() -> {
            try {
                int seen = 0;
                for (int line = 0; line < typed.size(); line++) {
                    long deadline = System.nanoTime() + 120_000_000_000L;
                    while (true) {
                        String now = text(screen);
                        if (now.length() > seen && ready.test(now, line)) {
                            seen = now.length();
                            break;
                        }
                        if (System.nanoTime() > deadline) {
                            missing.set(line);
                            keys.close(); // the command ends at end of input
                            return;
                        }
                        Thread.sleep(5);
                    }
                    Action action = before.get(line);
                    if (action != null) {
                        action.run();
                    }
                    keys.write(typed.get(line).getBytes(StandardCharsets.UTF_8));
                    keys.flush();
                }
                while (!done.get()) {
                    Thread.sleep(5); // stay alive: a pipe whose writer has died reads as broken
                }
            } catch (Exception e) {
                // the command has ended; the assertions tell what it printed
            }
        }, "typist");
        int code;
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
                .size(new org.jline.terminal.Size(100, 40)).streams(keyboard, screen).build()) {
            typist.start();
            Main main = new Main(env);
            attach.accept(main.commandLine().getSubcommands().get(command).getCommandSpec().userObject(), terminal);
            code = main.run(args);
        } finally {
            done.set(true);
            typist.join(10_000);
        }
        if (missing.get() >= 0) {
            throw new AssertionError("the screen was never ready for line " + missing.get() + "; screen:\n"
                    + screen.toString(StandardCharsets.UTF_8));
        }
        return new Run(code, screen.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** The screen so far; the terminal writes to it from another thread. */
    static String text(ByteArrayOutputStream screen) {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }
}
