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
        return of(s, 0, s.length());
    }

    /** Columns {@code s[from, to)} takes; {@code to} is not inside a surrogate pair. */
    private static int of(String s, int from, int to) {
        int width = 0;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                width++; // printable ASCII, by far the most common: one column, no code point or table look-up
                i++;
                continue;
            }
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
        if (cp >= 0 && cp < BMP_WIDTHS.length) {
            int known = BMP_WIDTHS[cp];
            if (known == 0) {
                known = ofAnyCodePoint(cp) + 1;
                BMP_WIDTHS[cp] = (byte) known; // a race only writes the same value twice
            }
            return known - 1;
        }
        return ofAnyCodePoint(cp);
    }

    /**
     * The widths of the Basic Multilingual Plane's code points as {@link #ofAnyCodePoint} gives them, plus one
     * (0: not looked up yet), filled as they are met: a page measures the same few symbols (✅, —, ·) again and
     * again, and each look-up is a binary search through wcwidth's tables.
     */
    private static final byte[] BMP_WIDTHS = new byte[0x10000];

    /** {@link #of(int)} without the table of widths already looked up. */
    static int ofAnyCodePoint(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return 1;
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
        if (plainAscii(s, keepNewlines)) {
            return s; // nothing to change, the common case: no copy
        }
        String visible = reveal(s);
        if (visible.indexOf('\t') < 0 && visible.indexOf('\r') < 0 && (keepNewlines || visible.indexOf('\n') < 0)) {
            return visible; // nothing becomes a space (text in other scripts, emoji): no copy
        }
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
            char c = s.charAt(i);
            if (sb == null && c >= 0x20 && c < 0x7F) {
                i++; // printable ASCII stays as it is: skip the code point and table look-ups
                continue;
            }
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

    /** Whether every character is printable ASCII (or a newline, when newlines are kept): one column each. */
    private static boolean plainAscii(String s, boolean newlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && !(newlines && c == '\n')) {
                return false;
            }
        }
        return true;
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

    /**
     * Wraps to lines of at most {@code width} columns. Lines break at spaces and between wide (CJK)
     * characters, never inside a word: an id, a number, a URL or a path stays whole and copyable, and
     * a word wider than {@code width} gets a line of its own that runs over. Nothing is dropped.
     */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            wrapLine(nl < 0 ? text.substring(from) : text.substring(from, nl), Math.max(width, 1), lines);
            if (nl < 0) {
                return lines;
            }
            from = nl + 1;
        }
    }

    /**
     * Columns of the widest line {@link #wrap} gives for {@code text} at {@code width}, without making
     * the lines: a table tries several widths for each column before it settles.
     */
    public static int wrappedWidth(String text, int width) {
        int widest = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            widest = Math.max(widest, wrappedLineWidth(text, from, nl < 0 ? text.length() : nl, Math.max(width, 1)));
            if (nl < 0) {
                return widest;
            }
            from = nl + 1;
        }
    }

    /** As {@link #wrapLine} lays out one paragraph, the width of its widest line. */
    private static int wrappedLineWidth(String text, int from, int to, int width) {
        int whole = of(text, from, to);
        if (whole <= width) {
            return whole;
        }
        int widest = 0;
        int lineWidth = 0;
        for (Pieces piece = new Pieces(text, from, to); piece.next(); ) {
            if (lineWidth > 0 && lineWidth + piece.gapWidth() + piece.width > width) {
                widest = Math.max(widest, lineWidth);
                lineWidth = 0;
            }
            if (lineWidth > 0) {
                lineWidth += piece.gapWidth();
            }
            lineWidth += piece.width;
        }
        return Math.max(widest, lineWidth);
    }

    /** Columns of the widest line of {@code text} (lines end at newlines), as they are, unwrapped. */
    public static int widestLine(String text) {
        int widest = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            widest = Math.max(widest, of(text, from, nl < 0 ? text.length() : nl));
            if (nl < 0) {
                return widest;
            }
            from = nl + 1;
        }
    }

    /** Columns of the widest piece of {@code text} that {@link #wrap} never breaks (a word, one CJK character). */
    public static int longestUnbreakable(String text) {
        int ascii = asciiLongestWord(text);
        return ascii >= 0 ? ascii : longestUnbreakableAnyText(text);
    }

    /**
     * When every character of {@code text} is printable ASCII (U+0020 to U+007E: safe as it is, one column
     * each, breaking only at spaces), its {@link #longestUnbreakable} piece: the longest run without a space;
     * -1 otherwise. One pass, for a caller that would otherwise both check the text and measure it.
     */
    static int asciiLongestWord(String text) {
        int max = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                run = 0;
            } else if (c > ' ' && c < 0x7F) {
                max = Math.max(max, ++run);
            } else {
                return -1;
            }
        }
        return max;
    }

    private static int longestUnbreakableAnyText(String text) {
        int max = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            for (Pieces piece = new Pieces(text, from, nl < 0 ? text.length() : nl); piece.next(); ) {
                max = Math.max(max, piece.width);
            }
            if (nl < 0) {
                return max;
            }
            from = nl + 1;
        }
    }

    /**
     * The runs of one paragraph ({@code text[from, to)}) that are never broken, one at a time: after each
     * {@link #next}, the run is {@code text[start, end)}, {@code width} columns wide, and the spaces before
     * it are {@code text[gapStart, start)} (empty where the break is between CJK characters). Kept as
     * positions in one cursor, not copies or a list: tables measure and wrap every cell of every row.
     */
    private static final class Pieces {
        private final String text;
        private final int to;
        private int i;
        private int previous = -1;
        private int nextGap;
        int gapStart;
        int start;
        int end;
        int width;

        Pieces(String text, int from, int to) {
            this.text = text;
            this.to = to;
            this.i = from;
            this.nextGap = from;
        }

        int gapWidth() {
            return start - gapStart;
        }

        /** Moves to the next run; false when there is none left. */
        boolean next() {
            int runStart = -1;
            int runWidth = 0;
            while (i < to) {
                int at = i;
                char c = text.charAt(at);
                int cp = c < 0x80 ? c : text.codePointAt(at);
                i += Character.charCount(cp);
                if (cp == ' ') {
                    previous = cp;
                    if (runStart >= 0) {
                        return found(runStart, at, runWidth, at);
                    }
                    continue;
                }
                // ASCII never breaks inside a word: only a wide character allows a break
                if (runStart >= 0 && (cp >= 0x80 || previous >= 0x80) && breaksBetween(previous, cp)) {
                    i = at; // this character starts the next run
                    return found(runStart, at, runWidth, at);
                }
                if (runStart < 0) {
                    runStart = at;
                }
                runWidth += c >= 0x20 && c < 0x7F ? 1 : of(cp);
                previous = cp;
            }
            return runStart >= 0 && found(runStart, to, runWidth, to);
        }

        private boolean found(int runStart, int runEnd, int runWidth, int followingGap) {
            gapStart = nextGap;
            start = runStart;
            end = runEnd;
            width = runWidth;
            nextGap = followingGap;
            return true;
        }
    }

    /**
     * Whether a line may break between two adjacent non-space characters: only next to a wide (CJK)
     * character, as Chinese text has no spaces, and never before closing or after opening punctuation
     * (a line never starts with "，" or ends with "（"), nor before a combining or zero-width character.
     */
    private static boolean breaksBetween(int before, int after) {
        if (of(after) == 0) {
            return false;
        }
        if (of(before) != 2 && of(after) != 2) {
            return false;
        }
        return NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0;
    }

    /** Punctuation that may not start a line (Chinese line-breaking rules, and their ASCII cousins). */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）」』】》〉”’…—·％,.;:?!)]}%";
    /** Punctuation that may not end a line. */
    private static final String NO_BREAK_AFTER = "（「『【《〈“‘([{";

    private static void wrapLine(String text, int width, List<String> out) {
        if (of(text) <= width) {
            out.add(text);
            return;
        }
        // a line is text[lineStart, lineEnd), the spaces between its pieces included, so it is cut out, not
        // built; only where a gap is dropped after pieces of no width (combining marks) is it built
        int lineStart = -1;
        int lineEnd = -1;
        StringBuilder built = null;
        int lineWidth = 0;
        for (Pieces piece = new Pieces(text, 0, text.length()); piece.next(); ) {
            int gapWidth = piece.gapWidth();
            if (lineWidth > 0 && lineWidth + gapWidth + piece.width > width) {
                out.add(built != null ? built.toString() : text.substring(lineStart, lineEnd));
                built = null;
                lineStart = -1;
                lineWidth = 0;
            }
            if (lineStart < 0) {
                lineStart = piece.start;
            } else if (lineWidth > 0 || gapWidth == 0) {
                if (built != null) {
                    built.append(text, piece.gapStart, piece.start);
                }
                lineWidth += gapWidth;
            } else if (built == null) {
                built = new StringBuilder().append(text, lineStart, lineEnd);
            }
            if (built != null) {
                built.append(text, piece.start, piece.end);
            }
            lineEnd = piece.end;
            lineWidth += piece.width;
        }
        if (lineStart >= 0) {
            out.add(built != null ? built.toString() : text.substring(lineStart, lineEnd));
        } else if (out.isEmpty()) {
            out.add("");
        }
    }
}
