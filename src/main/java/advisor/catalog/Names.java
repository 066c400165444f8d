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
        String plain = plainKey(name);
        if (plain != null) {
            return plain;
        }
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
     * The key of a name made only of ASCII letters, digits, spaces, hyphens, underscores and dots (nearly
     * every id, name and alias), without the general path's case mapping and code-point walk; null for
     * any other name. A large catalog asks for hundreds of thousands of keys.
     */
    private static String plainKey(String name) {
        int n = name.length();
        byte[] out = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (out != null) {
                    out[k++] = (byte) c;
                }
                continue;
            }
            if (c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '_' || c == '.') {
                if (out == null) {
                    out = new byte[n];
                    for (k = 0; k < i; k++) {
                        out[k] = (byte) name.charAt(k);
                    }
                }
                if (c >= 'A' && c <= 'Z') {
                    out[k++] = (byte) (c + ('a' - 'A'));
                }
                continue;
            }
            return null;
        }
        return out == null ? name : new String(out, 0, k, java.nio.charset.StandardCharsets.ISO_8859_1);
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
