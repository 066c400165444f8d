package advisor.model;

/** A maturity tier: scores at or above {@code minScore} (and below the next tier up) belong to it. */
public record Tier(String id, Text label, String icon, double minScore, Loc loc) {
}
