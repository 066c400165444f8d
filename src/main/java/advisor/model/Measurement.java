package advisor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A measured figure from a source: value (with an optional upper bound for a range and a qualifier
 * such as "less-than"), unit, the conditions it was measured under, and its role: a figure of the library
 * itself (role null), or a baseline that figures of the library are compared against.
 */
public record Measurement(Text metric, double value, Double valueMax, String qualifier, String unit,
                          Map<String, String> conditions, String role, Text note, String source, Loc loc) {
    /** The role of a measurement that is not the library's own figure but what it is compared against. */
    public static final String BASELINE = "baseline";

    public boolean isBaseline() {
        return BASELINE.equals(role);
    }

    /** The baselines named by {@code conditions.baseline}; several are separated by "; ". */
    public List<String> baselineNames() {
        String b = conditions.get("baseline");
        List<String> names = new ArrayList<>();
        if (b != null) {
            for (String name : b.split(";")) {
                if (!name.trim().isEmpty()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    /**
     * Whether {@code baseline} is a baseline of this figure: same source and metric, and the baseline's
     * {@code conditions.baseline} is one of the baselines this figure names.
     */
    public boolean comparesWith(Measurement baseline) {
        return !isBaseline() && baseline.isBaseline() && source.equals(baseline.source())
                && metric.en().equalsIgnoreCase(baseline.metric().en())
                && baseline.conditions().containsKey("baseline")
                && baselineNames().contains(baseline.conditions().get("baseline").trim());
    }
}
