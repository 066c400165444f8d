package advisor.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The shapes of an id and of a partial date in catalog files, in one place: the loader checks files by them,
 * and {@code advisor add} checks each answer by them, so that it never writes a file the loader refuses.
 */
public final class CatalogSyntax {
    /** The longest id, in characters. */
    public static final int MAX_ID = 64;
    /** Lower-case letters, digits and hyphens, starting with a letter or digit, at most {@link #MAX_ID} characters. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_ID - 1) + "}");
    /** The shape of a full date, YYYY-MM-DD; {@link Fields} tells a wrong shape from a day that does not exist. */
    static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private CatalogSyntax() {
    }

    /** Whether {@code s} is a valid id. */
    public static boolean isId(String s) {
        return ID.matcher(s).matches();
    }

    /** Whether {@code s} is a date written as YYYY, YYYY-MM (a month 01 to 12) or YYYY-MM-DD (a calendar day). */
    public static boolean isPartialDate(String s) {
        if (!PARTIAL_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            if (s.length() == 10) {
                return fullDate(s) != null;
            } else if (s.length() == 7) {
                int month = Integer.parseInt(s.substring(5));
                return month >= 1 && month <= 12;
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The day {@code s} names when it is written YYYY-MM-DD (four digits of year, no sign) and is a calendar day;
     * null otherwise, and for null.
     */
    public static LocalDate fullDate(String s) {
        if (s == null || !FULL_DATE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
