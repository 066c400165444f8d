package advisor.scoring;

import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Library;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision score for a scenario: {@code fitWeight x fit + (1 - fitWeight) x maturity}, both on the
 * 0-5 scale. A source's recommendation without stars has no fit value: then the maturity alone decides.
 */
public final class Decision {
    /** The default balance of fit against maturity. */
    public static final double DEFAULT_FIT_WEIGHT = 0.5;

    private Decision() {
    }

    public static double score(Evidence fit, MaturityScore maturity, double fitWeight) {
        if (fit.fit() == null) {
            return maturity.value();
        }
        return fitWeight * fit.fit() + (1 - fitWeight) * maturity.value();
    }

    /**
     * Each part's contribution to the decision score, in order: "fit", then one entry per weighted
     * dimension (or "reported" for a reported-only library). The values add up to {@link #score}.
     */
    public static Map<String, Double> contributions(Library library, Evidence fit, Weights weights, double fitWeight) {
        Map<String, Double> out = new LinkedHashMap<>();
        double maturityShare = fit.fit() == null ? 1.0 : 1 - fitWeight;
        out.put("fit", fit.fit() == null ? 0.0 : fitWeight * fit.fit());
        Evaluation e = library.evaluation();
        if (e.dimensions().isEmpty()) {
            out.put("reported", maturityShare * e.reported().score());
            return out;
        }
        double weightSum = 0;
        for (Map.Entry<String, Double> w : weights.asMap().entrySet()) {
            if (e.dimensions().containsKey(w.getKey())) {
                weightSum += w.getValue();
            }
        }
        for (Map.Entry<String, Double> w : weights.asMap().entrySet()) {
            DimensionScore s = e.dimensions().get(w.getKey());
            if (s != null) {
                out.put(w.getKey(), maturityShare * w.getValue() / weightSum * s.score());
            }
        }
        return out;
    }
}
