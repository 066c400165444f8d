package advisor.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A source's evaluation of a library: dimension scores (in catalog order; empty for a reported-only
 * library) and the source's own composite and tier ({@code reported}, may be null).
 */
public record Evaluation(String source, LocalDate date, Map<String, DimensionScore> dimensions,
                         Reported reported, Loc loc) {

    public boolean reportedOnly() {
        return dimensions.isEmpty();
    }

    /** The composite score and tier exactly as the source reports them. */
    public record Reported(double score, String tier, Loc loc) {
        /** Reported composites carry one decimal: a difference up to half a step is rounding, not disagreement. */
        public static final double ROUNDING = 0.05 + 1e-9;

        /** Whether a composite computed from the dimension scores says the same as this one, up to its rounding. */
        public boolean agreesWith(double computed) {
            return Math.abs(computed - score) <= ROUNDING;
        }
    }
}
