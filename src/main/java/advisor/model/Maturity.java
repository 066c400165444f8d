package advisor.model;

import java.util.Map;
import java.util.Optional;

/** The maturity score of a library under a set of weights. */
public final class Maturity {
    private Maturity() {
    }

    /**
     * The weighted mean of the library's dimension scores; for a reported-only library its reported
     * composite, never re-weighted; empty for a library that is not scored.
     */
    public static Optional<MaturityScore> of(Library library, Weights weights) {
        Evaluation evaluation = library.evaluation();
        if (evaluation == null) {
            return Optional.empty();
        }
        if (evaluation.dimensions().isEmpty()) {
            return evaluation.reported() == null ? Optional.empty()
                    : Optional.of(new MaturityScore(evaluation.reported().score(), MaturityScore.Basis.REPORTED));
        }
        return Optional.of(new MaturityScore(weightedMean(evaluation.dimensions(), weights), MaturityScore.Basis.COMPUTED));
    }

    /** Sum of weight x score over the weighted dimensions, renormalised over the dimensions present. */
    static double weightedMean(Map<String, DimensionScore> scores, Weights weights) {
        double sum = 0;
        double weightSum = 0;
        for (Map.Entry<String, Double> w : weights.asMap().entrySet()) {
            DimensionScore s = scores.get(w.getKey());
            if (s != null) {
                sum += w.getValue() * s.score();
                weightSum += w.getValue();
            }
        }
        return weightSum == 0 ? 0 : sum / weightSum;
    }
}
