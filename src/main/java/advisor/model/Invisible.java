package advisor.model;

import java.util.Locale;

/**
 * Characters a reader cannot see, or that silently reorder the text around them: a name holding one
 * ("Qd\u200Brant") passes for another, and a bidirectional override in a note can make a table
 * read differently from what it holds. The catalog rejects them in names; every output format shows
 * them as visible marks or escapes.
 */
public final class Invisible {
    private Invisible() {
    }

    /**
     * Whether output must neutralise this code point: format characters (bidirectional marks,
     * embeddings, overrides and isolates, zero-width spaces and joiners, the word joiner, the
     * byte-order mark, soft hyphen, tags) and the line and paragraph separators.
     */
    public static boolean is(int cp) {
        if (cp < 0xAD) {
            return false; // U+00AD SOFT HYPHEN is the first of them: spare ASCII the table look-up
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Whether a name must not hold this code point: everything {@link #is} covers, plus the other
     * characters Unicode says to ignore when displaying (variation selectors, the combining grapheme
     * joiner, Hangul fillers, Mongolian and Khmer invisible marks). They have a place in running
     * text (an emoji's presentation), none in a name someone has to type.
     */
    public static boolean inName(int cp) {
        return is(cp) || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The first code point of {@code s} that {@link #inName} refuses, or -1. */
    public static int firstInName(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (inName(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The visible mark output uses in place of a code point: {@code <U+202E>}. */
    public static String mark(int cp) {
        return "<U+" + hex(cp) + ">";
    }

    /** A code point for a message: "U+200B ZERO WIDTH SPACE". */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return "U+" + hex(cp) + (name == null ? "" : " " + name);
    }

    /** {@code s} with every code point {@link #inName} refuses replaced by its {@link #mark}, for messages about names. */
    public static String reveal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (inName(cp) || Character.isISOControl(cp)) {
                sb.append(mark(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return h.length() >= 4 ? h : "0".repeat(4 - h.length()) + h;
    }
}
