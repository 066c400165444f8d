package advisor.catalog;

import advisor.model.Loc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the part of YAML that catalog files are written in, by hand, several times faster than
 * SnakeYAML's scanner (which took nearly all of the time of reading a large catalog): block mappings
 * and sequences, flow mappings and sequences on one line, plain, single- and double-quoted scalars on
 * one line, and comments. Anything else, and anything it is not sure of (a tab, a multi-line scalar, an
 * empty value, an anchor, a tag, a quoted key, a duplicate key, a document marker...), makes it give
 * up: {@link #read} answers null and the file goes to {@link YamlReader}'s reader of SnakeYAML's events,
 * and what that declines to the full parser, which says exactly what is wrong and where. What it does
 * read, it reads to the very tree (values, types, locations) that
 * SnakeYAML's events give ({@code YamlSubsetTest} compares them on every catalog file, every fixture
 * and thousands of generated and mutated ones).
 */
final class YamlSubset {
    /** Thrown to give up on a file; carries nothing, so one instance serves every thread. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final String file;
    private final char[] s;
    private final int n;
    /** The next character to read. */
    private int pos;
    /** The line of {@link #pos}, from 1, and where that line starts. */
    private int line = 1;
    private int lineStart;
    /** The column (from 0) of the first character of the content line {@link #pos} is on; -1 at the end. */
    private int indent;

    private YamlSubset(String text, String file) {
        this.file = file;
        this.s = text.toCharArray();
        this.n = s.length;
    }

    /**
     * The file's tree, or null when it is not plainly within the subset (then the events reader and, failing it,
     * the full parser read it).
     */
    static YNode read(String text, String file) {
        try {
            YamlSubset r = new YamlSubset(text, file);
            r.checkCharacters();
            return r.document();
        } catch (Decline | StackOverflowError e) {
            return null;
        }
    }

    /**
     * Gives up on any character the subset leaves to the full parser: tabs, carriage returns and the
     * other line breaks YAML knows, characters it does not allow, characters outside the basic plane
     * (SnakeYAML counts columns in code points), the byte-order mark; and on lines that start with a
     * document marker or a directive.
     */
    private void checkCharacters() {
        boolean lineStarts = true;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (lineStarts && (c == '%' || (c == '-' || c == '.') && i + 2 < n && s[i + 1] == c && s[i + 2] == c)) {
                throw DECLINE;
            }
            lineStarts = c == '\n';
            if (c >= 0x20 && c <= 0x7E || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
                throw DECLINE;
            }
        }
    }

    private YNode document() {
        skipToContent();
        if (indent != 0) {
            throw DECLINE;
        }
        YNode root = blockMapping(0, 0);
        if (indent != -1) {
            throw DECLINE; // something after the root mapping, at its column or further in
        }
        return root;
    }

    private Loc loc(int at) {
        return new Loc(file, line, at - lineStart + 1);
    }

    private char at(int i) {
        return i < n ? s[i] : '\n';
    }

    /** Whether {@code i} is at a space, the end of a line or the end of the text. */
    private boolean blank(int i) {
        return i >= n || s[i] == ' ' || s[i] == '\n';
    }

    /**
     * Moves to the first character of the next line that holds content (not blank, not only a comment),
     * from the current position (which must be at a line's start or at the end of the previous content),
     * and sets {@link #indent}.
     */
    private void skipToContent() {
        while (pos < n) {
            int i = pos;
            while (i < n && s[i] == ' ') {
                i++;
            }
            if (i < n && s[i] != '\n' && s[i] != '#') {
                pos = i;
                indent = i - lineStart;
                return;
            }
            while (i < n && s[i] != '\n') {
                i++;
            }
            if (i >= n) {
                pos = n;
                break;
            }
            pos = i + 1;
            line++;
            lineStart = pos;
        }
        indent = -1;
    }

    /** After a value on its line: only spaces and a comment may follow it; then on to the next content line. */
    private void endOfLine() {
        int i = pos;
        while (i < n && s[i] == ' ') {
            i++;
        }
        if (i < n && s[i] != '\n') {
            if (s[i] != '#' || i == pos) {
                throw DECLINE; // more after the value, or a comment not set off by a space
            }
        }
        pos = i;
        nextLine();
    }

    /** Skips the rest of the line (a comment) and moves on to the next content line. */
    private void nextLine() {
        int i = pos;
        while (i < n && s[i] != '\n') {
            i++;
        }
        if (i < n) {
            pos = i + 1;
            line++;
            lineStart = pos;
        } else {
            pos = n;
        }
        skipToContent();
    }

    /** A block mapping whose keys stand at column {@code col}; {@link #pos} is at its first key. */
    private YNode blockMapping(int col, int depth) {
        if (depth > YamlReader.MAX_DEPTH) {
            throw DECLINE;
        }
        Loc start = loc(pos);
        LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
        while (true) {
            int keyAt = pos;
            int end = plainEnd(pos, false);
            if (!plainStart(keyAt, false) || end == keyAt || end - keyAt > 1000 || at(end) != ':' || !blank(end + 1)) {
                throw DECLINE; // not a plain key
            }
            String key = trimmed(keyAt, end);
            if (YamlReader.resolve(key) != YNode.Scalar.Type.STRING || key.equals("<<") || entries.containsKey(key)) {
                throw DECLINE;
            }
            Loc keyLoc = loc(keyAt);
            pos = end + 1;
            YNode value = afterIndicator(col, depth + 1, true);
            entries.put(key, new YNode.Entry(key, keyLoc, value));
            if (indent < col) {
                return new YNode.Mapping(entries, start);
            }
            if (indent > col || s[pos] == '-' && blank(pos + 1)) {
                throw DECLINE;
            }
        }
    }

    /** A block sequence whose dashes stand at column {@code col}; {@link #pos} is at its first dash. */
    private YNode blockSequence(int col, int depth) {
        if (depth > YamlReader.MAX_DEPTH) {
            throw DECLINE;
        }
        Loc start = loc(pos);
        List<YNode> items = new ArrayList<>();
        while (true) {
            pos++; // the dash
            items.add(afterIndicator(col, depth + 1, false));
            if (indent != col || s[pos] != '-' || !blank(pos + 1)) {
                if (indent > col) {
                    throw DECLINE;
                }
                return new YNode.Sequence(items, start);
            }
        }
    }

    /**
     * The value after a key's colon or an entry's dash (at {@link #pos}, which is blank), at column
     * {@code col} of its mapping or sequence; leaves {@link #pos} at the next content line.
     */
    private YNode afterIndicator(int col, int depth, boolean mappingValue) {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
        if (pos >= n || s[pos] == '\n' || s[pos] == '#') {
            nextLine();
            if (indent > col) {
                return blockNode(depth);
            }
            if (mappingValue && indent == col && s[pos] == '-' && blank(pos + 1)) {
                return blockSequence(col, depth); // a sequence at its key's column
            }
            throw DECLINE; // an empty value
        }
        if (depth > YamlReader.MAX_DEPTH) {
            throw DECLINE;
        }
        char c = s[pos];
        if (!mappingValue && (c == '-' && blank(pos + 1))) {
            throw DECLINE; // a sequence in a sequence, on one line
        }
        if (!mappingValue && plainStart(pos, false)) {
            int end = plainEnd(pos, false);
            if (at(end) == ':' && blank(end + 1)) {
                return blockMapping(pos - lineStart, depth); // a mapping that starts on its dash's line
            }
        }
        YNode value = inline(depth, false);
        endOfLine();
        if (indent > col) {
            throw DECLINE; // a scalar continued on the next line, or something that does not belong
        }
        return value;
    }

    /** A block mapping or sequence starting at {@link #pos}, on a line of its own. */
    private YNode blockNode(int depth) {
        int col = indent;
        if (s[pos] == '-' && blank(pos + 1)) {
            return blockSequence(col, depth);
        }
        return blockMapping(col, depth);
    }

    /** A value on the current line: a flow collection, a quoted or a plain scalar. */
    private YNode inline(int depth, boolean flow) {
        if (depth > YamlReader.MAX_DEPTH) {
            throw DECLINE;
        }
        char c = at(pos);
        if (c == '{') {
            return flowMapping(depth);
        }
        if (c == '[') {
            return flowSequence(depth);
        }
        if (c == '\'') {
            return singleQuoted();
        }
        if (c == '"') {
            return doubleQuoted();
        }
        if (!plainStart(pos, flow)) {
            throw DECLINE;
        }
        int start = pos;
        int end = plainEnd(pos, flow);
        if (end == start) {
            throw DECLINE;
        }
        if (at(end) == ':' && blank(end + 1)) {
            throw DECLINE; // a key where a value belongs
        }
        String raw = trimmed(start, end);
        pos = start + raw.length();
        return new YNode.Scalar(raw, true, YamlReader.resolve(raw), loc(start));
    }

    /**
     * Whether a plain scalar may start at {@code i}: not at an indicator, except a dash before a
     * character that is not blank (a negative number).
     */
    private boolean plainStart(int i, boolean flow) {
        char c = at(i);
        switch (c) {
            case '-':
                char d = at(i + 1);
                return !blank(i + 1) && !(flow && (d == ',' || d == '[' || d == ']' || d == '{' || d == '}'));
            case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\n':
                return false;
            default:
                return true;
        }
    }

    /**
     * Where a plain scalar starting at {@code i} ends on its line: at the line's end, before a colon
     * followed by a blank, before a space and a comment, and in a flow before a comma or a closing
     * bracket. Trailing spaces are left in (see {@link #trimmed}). Gives up on what a flow scalar might
     * mean otherwise (an opening bracket, a question mark or a colon inside it).
     */
    private int plainEnd(int i, boolean flow) {
        while (i < n) {
            char c = s[i];
            if (c == '\n' || c == ':' && blank(i + 1) || c == '#' && s[i - 1] == ' ') {
                return i;
            }
            if (flow) {
                if (c == ',' || c == ']' || c == '}') {
                    return i;
                }
                if (c == '[' || c == '{' || c == '?' || c == ':') {
                    throw DECLINE;
                }
            }
            i++;
        }
        return i;
    }

    /** The text from {@code start} to {@code end} without trailing spaces. */
    private String trimmed(int start, int end) {
        while (end > start && s[end - 1] == ' ') {
            end--;
        }
        return new String(s, start, end - start);
    }

    private YNode singleQuoted() {
        Loc at = loc(pos);
        StringBuilder sb = null;
        int from = ++pos;
        while (true) {
            if (pos >= n || s[pos] == '\n') {
                throw DECLINE; // on several lines (folded) or never closed
            }
            if (s[pos] == '\'') {
                if (at(pos + 1) != '\'') {
                    break;
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, from, pos + 1 - from);
                pos += 2;
                from = pos;
                continue;
            }
            pos++;
        }
        String text = sb == null ? new String(s, from, pos - from) : sb.append(s, from, pos - from).toString();
        pos++;
        return new YNode.Scalar(text, false, YNode.Scalar.Type.STRING, at);
    }

    private YNode doubleQuoted() {
        Loc at = loc(pos);
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= n || s[pos] == '\n') {
                throw DECLINE;
            }
            char c = s[pos];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char e = at(pos + 1);
                switch (e) {
                    case '\\', '"' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    default -> throw DECLINE; // the rarer escapes are left to the full parser
                }
                pos += 2;
                continue;
            }
            sb.append(c);
            pos++;
        }
        pos++;
        return new YNode.Scalar(sb.toString(), false, YNode.Scalar.Type.STRING, at);
    }

    private void skipSpaces() {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
    }

    private YNode flowMapping(int depth) {
        Loc start = loc(pos);
        pos++;
        skipSpaces();
        LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
        if (at(pos) == '}') {
            pos++;
            return new YNode.Mapping(entries, start);
        }
        while (true) {
            int keyAt = pos;
            if (!plainStart(keyAt, true)) {
                throw DECLINE;
            }
            int end = plainEnd(keyAt, true);
            if (at(end) != ':' || at(end + 1) != ' ' || end == keyAt || end - keyAt > 1000 || s[end - 1] == ' ') {
                throw DECLINE;
            }
            String key = new String(s, keyAt, end - keyAt);
            if (YamlReader.resolve(key) != YNode.Scalar.Type.STRING || key.equals("<<") || entries.containsKey(key)) {
                throw DECLINE;
            }
            Loc keyLoc = loc(keyAt);
            pos = end + 1;
            skipSpaces();
            YNode value = inline(depth + 1, true);
            entries.put(key, new YNode.Entry(key, keyLoc, value));
            if (closed('}')) {
                return new YNode.Mapping(entries, start);
            }
        }
    }

    private YNode flowSequence(int depth) {
        Loc start = loc(pos);
        pos++;
        skipSpaces();
        List<YNode> items = new ArrayList<>();
        if (at(pos) == ']') {
            pos++;
            return new YNode.Sequence(items, start);
        }
        while (true) {
            items.add(inline(depth + 1, true));
            if (closed(']')) {
                return new YNode.Sequence(items, start);
            }
        }
    }

    /** After a flow entry: true past the closing bracket, false past a comma (another entry follows). */
    private boolean closed(char close) {
        skipSpaces();
        char c = at(pos);
        if (c != close && c != ',') {
            throw DECLINE;
        }
        pos++;
        if (c == close) {
            return true; // what follows is for the caller: a comment must stay set off by its space
        }
        skipSpaces();
        return false;
    }
}
