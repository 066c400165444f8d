package advisor.scoring;

import advisor.model.Precision;
import advisor.model.Profile;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights a command scores with: a base profile and the single weights overridden on top of it
 * ({@code --weight DIM=W}). A modified profile is named as what it is, "balanced + performance=10", never
 * as its base, and the base profile's rationale no longer describes it.
 */
public record ProfileWeights(Profile base, Map<String, Double> overrides, Weights weights) {

    public ProfileWeights {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /**
     * The base profile's raw weights with the overrides applied (the last one for a dimension wins),
     * normalised over {@code dimensionOrder}; overrides are kept in dimension order.
     *
     * @throws IllegalArgumentException when an override names an unknown dimension or the weights are invalid
     */
    public static ProfileWeights of(Profile base, Map<String, Double> overrides, List<String> dimensionOrder) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String dim : dimensionOrder) {
            if (overrides.containsKey(dim)) {
                ordered.put(dim, overrides.get(dim));
            }
        }
        if (ordered.size() != overrides.size()) {
            List<String> unknown = new ArrayList<>(overrides.keySet());
            unknown.removeAll(dimensionOrder);
            throw new IllegalArgumentException("unknown dimension " + String.join(", ", unknown));
        }
        Map<String, Double> raw = new LinkedHashMap<>(base.weights());
        raw.putAll(ordered);
        return new ProfileWeights(base, ordered, Weights.normalise(raw, dimensionOrder));
    }

    /** The base profile as it is. */
    public static ProfileWeights of(Profile base, List<String> dimensionOrder) {
        return of(base, Map.of(), dimensionOrder);
    }

    /** Whether any weight differs from the base profile's by request. */
    public boolean modified() {
        return !overrides.isEmpty();
    }

    /** "balanced", or "balanced + performance=10, stability=3" when modified. */
    public String name() {
        if (!modified()) {
            return base.id();
        }
        List<String> parts = new ArrayList<>();
        overrides.forEach((dim, w) -> parts.add(dim + "=" + Precision.figure(w).toPlainString()));
        return base.id() + " + " + String.join(", ", parts);
    }
}
