package advisor.imports;

import advisor.catalog.CatalogSyntax;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edition dates as radars write them ("2024-03-01", "2023.02", a file named radar-2024-03.csv). */
final class Editions {
    private static final Pattern DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[-._/](0[1-9]|1[0-2])(?:[-._/](0[1-9]|[12]\\d|3[01]))?(?![0-9])");

    private Editions() {
    }

    /** The first date in {@code s} as YYYY-MM-DD or YYYY-MM, or null. */
    static String find(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String date = m.group(1) + "-" + m.group(2) + (m.group(3) != null ? "-" + m.group(3) : "");
        return CatalogSyntax.fullDate(date) != null || date.length() == 7 ? date : null;
    }
}
