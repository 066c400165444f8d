package advisor.catalog;

import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a text already held whole in memory, in linear time.
 *
 * <p>SnakeYAML's own {@link StreamReader} reads 1,024 characters at a time and, on each read, copies
 * everything from the start of the token being scanned to a new array: a token (a scalar without
 * spaces, a comment line) of n characters costs n²/1024 copies, so a 15 MB value took six minutes to
 * read. The loader has the whole file in memory anyway, so this reader decodes it to code points once
 * and only moves an index. It behaves as SnakeYAML's reader does (same line and column counting, same
 * error for a character YAML does not allow, raised when the scanner reaches it), which
 * {@code WholeTextReaderTest} checks against the original.
 */
final class WholeTextReader extends StreamReader {
    /** How SnakeYAML names a reader in its messages. */
    private static final String NAME = "'reader'";

    private final int[] text;
    /** Index of the first character YAML does not allow, or the length: the scanner may read up to it. */
    private final int allowed;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        // over a char array rather than String.codePointAt: several times faster with the C1 compiler
        char[] chars = text.toCharArray();
        int[] points = new int[chars.length];
        int n = 0;
        int bad = -1;
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                c = Character.toCodePoint(chars[i], chars[++i]);
            }
            if (bad < 0 && (c < 0x20 || c > 0x7E) && !isPrintable(c)) {
                bad = n;
            }
            points[n++] = c;
        }
        this.text = n == points.length ? points : Arrays.copyOf(points, n);
        this.allowed = bad < 0 ? n : bad;
    }

    /** Whether the code point {@code k} past the current one exists; throws when it lies at or past a forbidden one. */
    private boolean available(int k) {
        if (pointer + k >= allowed && allowed < text.length) {
            throw new ReaderException(NAME, allowed, text[allowed], "special characters are not allowed");
        }
        return pointer + k < text.length;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, pointer, line, column, text, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            int c = text[pointer++];
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && available(0) && text[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? text[pointer] : 0;
    }

    @Override
    public int peek(int index) {
        return available(index) ? text[pointer + index] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        return available(length) ? new String(text, pointer, length)
                : new String(text, pointer, Math.min(length, text.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }
}
