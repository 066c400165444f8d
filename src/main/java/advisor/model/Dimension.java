package advisor.model;

/** One of the maturity dimensions, scored 0-5. */
public record Dimension(String id, Text label, Text description, Loc loc) {
}
