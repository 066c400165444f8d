package advisor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dimension weights normalised to sum to 1, in dimension order. */
public final class Weights {
    private final Map<String, Double> normalised;

    private Weights(Map<String, Double> normalised) {
        this.normalised = Collections.unmodifiableMap(normalised);
    }

    /**
     * Normalises raw weights over {@code dimensionOrder}; a dimension without a weight gets 0.
     *
     * @throws IllegalArgumentException when a weight is negative or not finite, or all are zero
     */
    public static Weights normalise(Map<String, Double> raw, List<String> dimensionOrder) {
        double sum = 0;
        for (String dim : dimensionOrder) {
            double w = raw.getOrDefault(dim, 0.0);
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of " + dim + " must be a finite number of at least 0");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String dim : dimensionOrder) {
            out.put(dim, raw.getOrDefault(dim, 0.0) / sum);
        }
        return new Weights(out);
    }

    /** A profile's weights normalised over the catalog's dimensions, in their order. */
    public static Weights of(Catalog catalog, Profile profile) {
        return normalise(profile.weights(), catalog.dimensionIds());
    }

    /** The normalised weight of a dimension (0 when unknown). */
    public double of(String dimension) {
        return normalised.getOrDefault(dimension, 0.0);
    }

    public Map<String, Double> asMap() {
        return normalised;
    }
}
