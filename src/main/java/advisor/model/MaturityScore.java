package advisor.model;

import java.math.BigDecimal;

/** A library's maturity score: computed from dimension scores, or the source's composite for a reported-only library. */
public record MaturityScore(double value, Basis basis) {

    /** Where a maturity score comes from. */
    public enum Basis {
        COMPUTED, REPORTED;

        public String id() {
            return this == COMPUTED ? "computed" : "reported";
        }
    }

    /** Decimals it is shown with: two when computed, one (as sources give composites) when reported. */
    public int decimals() {
        return basis == Basis.COMPUTED ? Precision.SCORE : 1;
    }

    /** The score as shown. */
    public BigDecimal shown() {
        return Precision.round(value, decimals());
    }

    /** The score as compared, in units of 10^-{@link Precision#SCORE}: scores that print the same compare equal. */
    public long key() {
        long units = Precision.units(value, decimals());
        for (int d = decimals(); d < Precision.SCORE; d++) {
            units *= 10;
        }
        return units;
    }
}
