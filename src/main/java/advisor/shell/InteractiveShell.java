package advisor.shell;

import advisor.model.Catalog;
import advisor.model.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The interactive shell: a JLine line reader over the same command tree, with completion of
 * commands, options and catalog names, and history kept in the user's home (written atomically;
 * an unreadable history is ignored and replaced). Ctrl-C clears the line, Ctrl-D leaves.
 */
public final class InteractiveShell {
    static final int HISTORY_LINES = 1000;

    /** What the shell needs from the command side. */
    public interface Host {
        CommandLine commandLine(PrintWriter out);

        int run(PrintWriter out, List<String> words);

        Catalog catalog();

        Map<String, String> vars();
    }

    private final Host host;
    private final Terminal terminal;

    public InteractiveShell(Host host) {
        this(host, null);
    }

    /** A shell on a given terminal (tests pass a scripted one). */
    public InteractiveShell(Host host, Terminal terminal) {
        this.host = host;
        this.terminal = terminal;
    }

    public int run() throws IOException {
        Terminal t = terminal != null ? terminal : TerminalBuilder.builder().system(true).build();
        try {
            return loop(t);
        } finally {
            if (terminal == null) {
                t.close();
            }
        }
    }

    private int loop(Terminal t) {
        PrintWriter out = t.writer();
        CommandLine cl = host.commandLine(out);
        Supplier<Catalog> catalog = memoize(host::catalog);
        Completion completion = new Completion(cl.getCommandSpec(), catalog, Lang.ofEnvironment(host.vars()::get));
        DefaultHistory history = new DefaultHistory();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(t)
                .appName("advisor")
                .history(history)
                .completer((r, line, candidates) -> complete(completion, line, candidates))
                .variable(LineReader.HISTORY_SIZE, HISTORY_LINES)
                .build();
        Path historyFile = historyFile(host.vars());
        loadHistory(historyFile, history);
        out.println("advisor shell: type a command (for example 'recommend --scenario rag'), 'help' or 'exit'. Tab completes.");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine("advisor> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: drop the line, keep the shell
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("exit") || trimmed.equals("quit")) {
                break;
            }
            if (trimmed.equals("help")) {
                cl.usage(out);
                out.flush();
                continue;
            }
            List<String> words;
            try {
                words = Words.split(trimmed);
            } catch (IllegalArgumentException e) {
                out.println("advisor: " + e.getMessage());
                out.flush();
                continue;
            }
            if (words.get(0).equals("shell")) {
                out.println("advisor: already in the shell");
                out.flush();
                continue;
            }
            host.run(out, words);
            out.flush();
        }
        saveHistory(historyFile, history);
        return 0;
    }

    /** Adds JLine's candidates for the word at the cursor: described, and with no space after a value ending in "=". */
    public static void complete(Completion completion, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = Math.min(line.wordIndex(), words.size());
        String partial = index < words.size() ? words.get(index).substring(0, Math.min(line.wordCursor(), words.get(index).length())) : "";
        List<String> before = new ArrayList<>(words.subList(0, index));
        for (Completion.Candidate c : completion.candidates(before, partial)) {
            if (!c.value().equals(Completion.FILES)) {
                String description = c.description().isEmpty() ? null : c.description();
                candidates.add(new Candidate(c.value(), c.value(), null, description, null, null, c.complete()));
            }
        }
    }

    /** {@code $XDG_STATE_HOME/advisor/history} when XDG_STATE_HOME is set, else {@code ~/.advisor_history}. */
    public static Path historyFile(Map<String, String> vars) {
        String state = vars.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank()) {
            return Path.of(state, "advisor", "history");
        }
        String home = vars.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".advisor_history");
    }

    /** Reads the history; a missing, unreadable or corrupt file is ignored (and replaced on exit). */
    public static void loadHistory(Path file, History history) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4 * 1024 * 1024) {
                return;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.max(0, lines.size() - HISTORY_LINES), lines.size())) {
                if (!line.isBlank() && line.chars().noneMatch(c -> c < 0x20)) {
                    history.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a corrupt history is not worth failing for
        }
    }

    /** Writes the history to a temporary file beside it, then renames it into place. */
    static void saveHistory(Path file, History history) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> lines = new ArrayList<>();
            for (History.Entry e : history) {
                lines.add(e.line());
            }
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".advisor_history", ".tmp");
            Files.write(temp, lines.subList(Math.max(0, lines.size() - HISTORY_LINES), lines.size()), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // history is a convenience: never fail the shell for it
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
