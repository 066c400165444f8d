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
        String s = (ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
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

    /** ASCII text is its own NFKC form: skip the normaliser (and loading its data) for it. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
