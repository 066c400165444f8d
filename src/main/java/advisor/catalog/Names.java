package advisor.catalog;

import advisor.model.Invisible;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: case, width, spaces, hyphens, underscores and dots do not matter, nor do
 * invisible characters (the catalog rejects them in names; a typed name may still carry one).
 */
public final class Names {
    private Names() {
    }

    /** The comparison key of a name: "Sea-ORM", "sea_orm" and "seaorm" give the same key; so do "边缘 AI" and "边缘AI". */
    public static String key(String name) {
        String s = (nfkcStable(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && c != '-' && c != '_' && c != '.' && c != '\u3000' && !Invisible.inName(c)) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether the text is surely its own NFKC form, so that the normaliser (and loading its data, some
     * milliseconds of a cold start) can be skipped: ASCII, CJK unified ideographs (U+4E00 to U+9FFF, the
     * Chinese of the catalog's labels) and the ideographic comma, full stop and brackets (U+3001 to U+3011)
     * have no decompositions and compose with nothing.
     */
    static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF) && (c < 0x3001 || c > 0x3011)) {
                return false;
            }
        }
        return true;
    }
}
