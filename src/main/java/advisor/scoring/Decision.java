package advisor.scoring;

import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Library;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision score for a scenario: {@code fitWeight x fit + (1 - fitWeight) x maturity}, both on the
 * 0-5 scale. A source's recommendation without stars has no fit value: then the maturity alone decides.
 * No evidence at all (a stack's layer can make a library relevant without any) counts as fit 0.
 */
public final class Decision {
    /** The default balance of fit against maturity. */
    public static final double DEFAULT_FIT_WEIGHT = 0.5;

    private Decision() {
    }

    /** The decision score; with no evidence at all ({@code fit} null) never above a candidate tied to the scenario. */
    public static double score(Evidence fit, MaturityScore maturity, double fitWeight) {
        if (fit == null) {
            return (1 - fitWeight) * maturity.value();
        }
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

    /**
     * The contributions as {@code --explain} shows them: each part rounded on its own to
     * {@link Explanation#DECIMALS} decimals (more when needed, see {@link #explain}), so that equal parts
     * print equal; {@code rounding} is what the rounded parts miss of the total, and {@code total} rounds to
     * {@code shown}, the decision score as ranked and printed.
     */
    public record Explanation(Map<String, BigDecimal> parts, BigDecimal rounding, BigDecimal total, BigDecimal shown) {
        /** Decimals of each part: enough to tell a weight of 1/7 from 1/14 at a glance. */
        public static final int DECIMALS = 4;
    }

    /**
     * Explains a decision score. The parts and total have {@link Explanation#DECIMALS} decimals, or more
     * in the rare case where the total at that precision would round to another shown score (4.624951
     * is 4.6250 at four decimals, but shown as 4.62): then as many as it takes, so the lines never
     * contradict the score.
     */
    public static Explanation explain(Library library, Evidence fit, Weights weights, double fitWeight, double decision) {
        Map<String, Double> raw = contributions(library, fit, weights, fitWeight);
        BigDecimal shown = Precision.round(decision, Precision.SCORE);
        int decimals = Explanation.DECIMALS;
        BigDecimal total = Precision.round(decision, decimals);
        while (decimals < Precision.CLEAN && total.setScale(Precision.SCORE, RoundingMode.HALF_UP).compareTo(shown) != 0) {
            total = Precision.round(decision, ++decimals);
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(decimals);
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            BigDecimal part = Precision.round(e.getValue(), decimals);
            parts.put(e.getKey(), part);
            sum = sum.add(part);
        }
        return new Explanation(Collections.unmodifiableMap(parts), total.subtract(sum), total, shown);
    }
}
