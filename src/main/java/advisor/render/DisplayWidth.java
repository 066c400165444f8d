package advisor.render;

import advisor.model.Invisible;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/** Display width of text in a terminal (wide CJK characters take two columns), and wrapping by it. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns the string takes; control characters must have been removed by {@link #sanitize}. */
    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Columns one code point takes: JLine's wcwidth, except that emoji with emoji presentation
     * (the tier icons ✅ 🔷 🟡 🔴 among them) take two columns, as terminals draw them.
     */
    public static int of(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return 1; // printable ASCII, by far the most common: skip the table look-ups
        }
        if (cp >= 0x1F300 && cp <= 0x1FAFF || EMOJI_BMP.indexOf(cp) >= 0 && cp < 0x10000) {
            return 2;
        }
        return Math.max(WCWidth.wcwidth(cp), 0);
    }

    /** Emoji in the Basic Multilingual Plane that have emoji presentation by default (Unicode 15). */
    private static final String EMOJI_BMP = "\u231A\u231B\u23E9\u23EA\u23EB\u23EC\u23F0\u23F3\u25FD\u25FE"
            + "\u2614\u2615\u2648\u2649\u264A\u264B\u264C\u264D\u264E\u264F\u2650\u2651\u2652\u2653"
            + "\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3"
            + "\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753\u2754\u2755\u2757\u2795"
            + "\u2796\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55";

    /**
     * Text made safe for a terminal: escape and other control characters, bidirectional controls and
     * invisible characters ({@link Invisible#is}) become a visible mark such as {@code <U+202E>}, so
     * catalog text can never move the cursor, recolour or reorder what is around it. Newlines, line and
     * paragraph separators are kept as newlines when {@code keepNewlines}; they, tabs and carriage
     * returns become spaces otherwise.
     */
    public static String sanitize(String s, boolean keepNewlines) {
        String visible = reveal(s);
        StringBuilder sb = new StringBuilder(visible.length());
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            sb.append(c == '\t' || c == '\r' || c == '\n' && !keepNewlines ? ' ' : c);
        }
        return sb.toString();
    }

    /**
     * {@code s} with control characters other than tab, newline and carriage return, and invisible or
     * reordering characters, shown as visible marks ({@code <U+001B>}, {@code <U+202E>}); line and
     * paragraph separators become newlines. For formats that carry tabs and newlines their own way.
     */
    public static String reveal(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean plain = cp == '\t' || cp == '\n' || cp == '\r' || !Character.isISOControl(cp) && !Invisible.is(cp);
            if (!plain && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (plain) {
                    sb.appendCodePoint(cp);
                } else if (cp == 0x2028 || cp == 0x2029) {
                    sb.append('\n');
                } else {
                    sb.append(Invisible.mark(cp));
                }
            }
            i = next;
        }
        return sb == null ? s : sb.toString();
    }

    /** Pads with spaces on the right (or left when {@code right}) to {@code width} columns. */
    public static String pad(String s, int width, boolean right) {
        int gap = width - of(s);
        if (gap <= 0) {
            return s;
        }
        String spaces = " ".repeat(gap);
        return right ? spaces + s : s + spaces;
    }

    /** Wraps to lines of at most {@code width} columns, at spaces where possible; nothing is dropped. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapLine(paragraph, Math.max(width, 1), lines);
        }
        return lines;
    }

    private static void wrapLine(String text, int width, List<String> out) {
        if (of(text) <= width) {
            out.add(text);
            return;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = of(cp);
            if (lineWidth + w > width) {
                if (cp == ' ') {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                    lastSpace = -1;
                    continue;
                }
                if (lastSpace > 0) {
                    String head = line.substring(0, lastSpace).stripTrailing();
                    String tail = line.substring(lastSpace + 1);
                    out.add(head);
                    line.setLength(0);
                    line.append(tail);
                    lineWidth = of(tail);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                lastSpace = -1;
            }
            if (cp == ' ') {
                if (lineWidth == 0) {
                    continue;
                }
                lastSpace = line.length();
            }
            line.appendCodePoint(cp);
            lineWidth += w;
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
    }
}
