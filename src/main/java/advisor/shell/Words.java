package advisor.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words the way a POSIX shell does for the simple cases: quotes and backslashes. */
public final class Words {
    private Words() {
    }

    /**
     * The words of a shell line as a command: {@link #split}, without a leading {@code advisor} (people
     * paste whole command lines).
     *
     * @throws IllegalArgumentException when a quote is not closed
     */
    public static List<String> command(String line) {
        List<String> words = split(line);
        return !words.isEmpty() && words.get(0).equals("advisor") ? words.subList(1, words.size()) : words;
    }

    /** What a line typed into the shell asks for. */
    public enum Kind {
        /** A blank line or a comment ({@code #}): nothing. */
        NOTHING,
        /** Words that do not split (an unclosed quote): {@link Line#problem} names why. */
        MALFORMED,
        /** {@code exit} or {@code quit}: stop. */
        EXIT,
        /** {@code shell}, which cannot run inside the shell. */
        NESTED,
        /** A command to run. */
        COMMAND
    }

    /**
     * One line of the shell, read: what it asks for, its command words, and what is wrong with it as the bundles'
     * key of its words ({@code shell.unclosed.double}), or null.
     */
    public record Line(Kind kind, List<String> words, String problem) {
    }

    /** Reads one line of the shell, interactive or batch: the same lines mean the same in both. */
    public static Line line(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return new Line(Kind.NOTHING, List.of(), null);
        }
        List<String> words;
        try {
            words = command(trimmed);
        } catch (IllegalArgumentException e) {
            return new Line(Kind.MALFORMED, List.of(), e.getMessage());
        }
        if (words.equals(List.of("exit")) || words.equals(List.of("quit"))) {
            return new Line(Kind.EXIT, words, null);
        }
        return new Line(!words.isEmpty() && words.get(0).equals("shell") ? Kind.NESTED : Kind.COMMAND, words, null);
    }

    /**
     * The words of {@code line}: single quotes keep everything literally, double quotes keep spaces,
     * a backslash escapes the next character outside single quotes.
     *
     * @throws IllegalArgumentException when a quote is not closed
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("shell.unclosed." + (quote == '"' ? "double" : "single"));
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
