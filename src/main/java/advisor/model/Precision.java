package advisor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How scores are rounded for display and compared: two scores that print the same are equal, so that a
 * ranking's documented tie rule, not the last bits of a double, decides between them. A value is first
 * cleaned of floating-point noise (rounded to {@link #CLEAN} decimals, far below any shown precision),
 * then rounded half up to the shown number of decimals.
 */
public final class Precision {
    /** Decimals of decision scores, maturity scores and fit, as shown and compared. */
    public static final int SCORE = 2;
    /** Decimals of dimension scores, as shown and compared. */
    public static final int DIMENSION = 1;
    /** Decimals below which a difference is floating-point noise. */
    public static final int CLEAN = 9;
    /** 10^0 to 10^CLEAN: units() runs hundreds of thousands of times per robustness analysis. */
    private static final long[] POW10 = new long[CLEAN + 1];
    /** Beyond this magnitude the long arithmetic of {@link #units} could overflow; BigDecimal takes over. */
    private static final double LONG_LIMIT = 1e8;
    /** Up to this many decimals, and for values from 0 below FAST_LIMIT, {@link #units} tries a shortcut. */
    private static final int FAST_DECIMALS = 4;
    private static final double FAST_LIMIT = 1e6;
    /**
     * How near a whole number the shortcut gives up: the cleaning (half a unit of 10^-CLEAN) and the
     * floating-point error of the multiplication add up to less than 10^-5 of a shown unit here.
     */
    private static final double FAST_MARGIN = 1e-5;
    /** 10^0 to 10^FAST_DECIMALS as doubles: the shortcut's one multiplication, without a conversion. */
    private static final double[] SCALE = new double[FAST_DECIMALS + 1];
    /** Per number of decimals, two shown units and a margin for the floating-point error of {@link #units}. */
    private static final double[] BELOW_MARGIN = new double[CLEAN + 1];

    static {
        long pow = 1;
        for (int d = 0; d <= CLEAN; d++, pow *= 10) {
            POW10[d] = pow;
            BELOW_MARGIN[d] = 2.0 / pow + 1e-7;
            if (d <= FAST_DECIMALS) {
                SCALE[d] = pow;
            }
        }
    }

    private Precision() {
    }

    /**
     * The value in units of 10^-decimals (3.746 at 2 decimals is 375): cleaned, then rounded half away
     * from zero. Cheap enough for the robustness sampling, and the one rule behind {@link #round}.
     */
    public static long units(double value, int decimals) {
        if (decimals < 0 || decimals > CLEAN) {
            throw new IllegalArgumentException("decimals must be 0 to " + CLEAN + ": " + decimals);
        }
        if (decimals <= FAST_DECIMALS && value >= 0 && value < FAST_LIMIT) {
            // one multiplication instead of two long divisions: its error is far below FAST_MARGIN, so where
            // the shifted value is not that close to a whole number it rounds the same as the exact path
            double shifted = value * SCALE[decimals] + 0.5;
            long whole = (long) shifted;
            double fraction = shifted - whole;
            if (fraction > FAST_MARGIN && fraction < 1 - FAST_MARGIN) {
                return whole;
            }
        }
        return exactUnits(value, decimals);
    }

    /** {@link #units} without its shortcut: cleaned to {@link #CLEAN} decimals, then rounded half away from zero. */
    public static long exactUnits(double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= LONG_LIMIT) {
            return big(value, decimals).unscaledValue().longValueExact();
        }
        long clean = Math.round(value * POW10[CLEAN]);
        long step = POW10[CLEAN - decimals];
        long magnitude = (Math.abs(clean) + step / 2) / step;
        return clean < 0 ? -magnitude : magnitude;
    }

    /** The value as shown with this many decimals (trailing zeros kept: 4.5 at 2 decimals is 4.50). */
    public static BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= LONG_LIMIT) {
            return big(value, decimals);
        }
        return BigDecimal.valueOf(units(value, decimals), decimals);
    }

    /** Compares two values at the given precision: 0 when they would print the same. */
    public static int compare(double a, double b, int decimals) {
        return Long.compare(units(a, decimals), units(b, decimals));
    }

    /** Orders two values as shown, higher first: negative when {@code a} shows higher, 0 when they print the same. */
    public static int higherFirst(double a, double b, int decimals) {
        return compare(b, a, decimals);
    }

    /**
     * A bound below which every finite value shows below {@code b} at this precision, decided without
     * rounding: two shown units under {@code b}, less any floating-point error of {@link #units}, so
     * {@code compare(a, b, decimals) < 0} for every finite {@code a < below(b, decimals)}; negative
     * infinity when {@code b} is too large or not a number. A value above the bound may show below
     * {@code b} too. The robustness sampling skips most rounding with it.
     */
    public static double below(double b, int decimals) {
        return b < LONG_LIMIT ? b - BELOW_MARGIN[decimals] : Double.NEGATIVE_INFINITY;
    }

    /** A figure as given, not rounded: 45 stays 45, 0.5 stays 0.5, 10.0 is 10. */
    public static BigDecimal figure(double value) {
        BigDecimal b = BigDecimal.valueOf(value).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    private static BigDecimal big(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(CLEAN, RoundingMode.HALF_EVEN).setScale(decimals, RoundingMode.HALF_UP);
    }
}
