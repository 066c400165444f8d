package advisor.render;

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
            int w = WCWidth.wcwidth(cp);
            width += Math.max(w, 0);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Text made safe for a terminal: escape and other control characters (C0, DEL, C1, bidi overrides)
     * are replaced by a visible placeholder, so catalog text can never move the cursor or recolour.
     * Newlines and tabs become spaces unless {@code keepNewlines}.
     */
    public static String sanitize(String s, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' && keepNewlines) {
                sb.append('\n');
            } else if (cp == '\n' || cp == '\t' || cp == '\r') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
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
            int w = Math.max(WCWidth.wcwidth(cp), 0);
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
