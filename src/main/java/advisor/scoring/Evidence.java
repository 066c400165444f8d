package advisor.scoring;

import advisor.model.Text;

/**
 * One piece of evidence for how well a library fits a scenario. {@code fit} is on the 1-5 star scale
 * (fractional when inferred), or null for a source's recommendation without stars. For inferred
 * evidence, {@code via} names the related scenario, trend or category and {@code factor} how much it counts.
 */
public record Evidence(Kind kind, Double fit, Integer stars, String via, double factor, String source, Text note) {

    /** Where the evidence comes from; only DIRECT is a source's own rating for the scenario. */
    public enum Kind {
        DIRECT, RELATED, TREND, CATEGORY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean direct() {
        return kind == Kind.DIRECT;
    }
}
