package advisor.model;

/** A library's score (0-5) on one dimension, with the evaluator's note (may be null). */
public record DimensionScore(double score, Text note, Loc loc) {
}
