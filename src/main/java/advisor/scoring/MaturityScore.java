package advisor.scoring;

/** A library's maturity score: computed from dimension scores, or the source's composite for a reported-only library. */
public record MaturityScore(double value, Basis basis) {

    /** Where a maturity score comes from. */
    public enum Basis {
        COMPUTED, REPORTED;

        public String id() {
            return this == COMPUTED ? "computed" : "reported";
        }
    }
}
