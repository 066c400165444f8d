package advisor.shell;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.render.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * commands, options and catalog names, and history kept in the user's home (each session's lines
 * appended, older lines kept as they are). Ctrl-C clears the line, Ctrl-D leaves.
 */
public final class InteractiveShell {
    static final int HISTORY_LINES = 1000;

    /** What the shell needs from the command side. */
    public interface Host {
        CommandLine commandLine(PrintWriter out);

        int run(PrintWriter out, List<String> words);

        Catalog catalog();

        Map<String, String> vars();

        /** The words of the shell's language (its --lang, else the environment's). */
        Messages messages();
    }

    private final Host host;
    private final Terminal terminal;

    public InteractiveShell(Host host) {
        this(host, null);
    }

    /** A shell on a given terminal (tests pass a scripted one; null: the system's). */
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
        // not kept here: the host's catalog cache knows when edited files must be read again
        Completion completion = new Completion(cl.getCommandSpec(), host::catalog, Lang.ofEnvironment(host.vars()::get));
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
        int firstNew = history.size();
        Messages m = host.messages();
        out.println(m.text("shell.banner"));
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
            Words.Line read = Words.line(line);
            if (read.kind() == Words.Kind.EXIT) {
                break;
            }
            switch (read.kind()) {
                case MALFORMED -> out.println("advisor: " + m.text(read.problem()));
                case NESTED -> out.println("advisor: " + m.text("shell.alreadyIn"));
                case COMMAND -> host.run(out, read.words());
                default -> {
                    // a blank line or a comment
                }
            }
            out.flush();
        }
        saveHistory(historyFile, history, firstNew);
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

    /** The most of the history file read: its end, when it has grown larger. */
    private static final int HISTORY_READ_BYTES = 4 * 1024 * 1024;

    /**
     * Reads the history, tolerantly: a line that is not valid UTF-8 or holds control characters is left
     * out (and left in the file); a missing or unreadable file gives no history.
     */
    public static void loadHistory(Path file, History history) {
        List<String> lines = new ArrayList<>();
        try {
            for (byte[] raw : rawLines(file)) {
                String line = decode(raw);
                if (line != null && !line.isBlank() && plain(line)) {
                    lines.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // history is a convenience: never fail the shell for it
        }
        for (String line : lines.subList(Math.max(0, lines.size() - HISTORY_LINES), lines.size())) {
            history.add(line);
        }
    }

    /**
     * Adds this session's lines (those from index {@code first} on) to the end of the history file, so that
     * every older line stays as it was, whatever it holds, and a symbolic link stays a link to the same file.
     * When the file has grown past twice {@link #HISTORY_LINES}, its last {@link #HISTORY_LINES} lines replace
     * it (written beside the link's target and renamed into place).
     */
    public static void saveHistory(Path file, History history, int first) {
        StringBuilder added = new StringBuilder();
        for (History.Entry e : history) {
            if (e.index() >= first && !e.line().isBlank() && plain(e.line())) {
                added.append(e.line()).append('\n');
            }
        }
        if (added.length() == 0) {
            return;
        }
        try {
            Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            if (Files.exists(target) && Files.size(target) > 0 && !endsWithNewline(target)) {
                added.insert(0, '\n');
            }
            Files.write(target, added.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            List<byte[]> lines = rawLines(target);
            if (lines.size() > 2 * HISTORY_LINES) {
                Path temp = Files.createTempFile(target.getParent(), ".advisor_history", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    for (byte[] line : lines.subList(lines.size() - HISTORY_LINES, lines.size())) {
                        out.write(line);
                        out.write('\n');
                    }
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            // history is a convenience: never fail the shell for it
        }
    }

    /** The file's lines as bytes, without their line ends; of a very large file only the last lines. */
    private static List<byte[]> rawLines(Path file) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        byte[] bytes;
        boolean partialFirst;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            partialFirst = size > HISTORY_READ_BYTES;
            ch.position(Math.max(0, size - HISTORY_READ_BYTES));
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, HISTORY_READ_BYTES));
            while (buffer.hasRemaining() && ch.read(buffer) > 0) {
                // read on
            }
            bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (!(partialFirst && start == 0) && (i < bytes.length || end > start)) {
                    lines.add(java.util.Arrays.copyOfRange(bytes, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.position(ch.size() - 1);
            ch.read(last);
            return last.get(0) == '\n';
        }
    }

    /** The line as text, or null when it is not valid UTF-8. */
    private static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether a line can be a history line: no control characters (a line end would split it in two). */
    private static boolean plain(String line) {
        return line.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
