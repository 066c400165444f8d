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

    /** Whether a line's words ask the shell to stop: {@code exit} or {@code quit}. */
    public static boolean isExit(List<String> words) {
        return words.equals(List.of("exit")) || words.equals(List.of("quit"));
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
            throw new IllegalArgumentException("unclosed " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
