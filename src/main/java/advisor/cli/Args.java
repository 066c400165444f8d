package advisor.cli;

/** Parsing of numeric option values with ranges, so that absurd values exit 2 with a clear message. */
final class Args {
    private Args() {
    }

    static int intRange(String option, String value, int min, int max) {
        try {
            long v = Long.parseLong(value.trim());
            if (v >= min && v <= max) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw AdvisorException.usage("invalid value for " + option + ": '" + value + "'; expected a whole number from "
                + min + " to " + max);
    }

    static double doubleRange(String option, String value, double min, double max) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v) && v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw AdvisorException.usage("invalid value for " + option + ": '" + value + "'; expected a number from "
                + fmt(min) + " to " + fmt(max));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
