package advisor.model;

import java.util.Map;

/**
 * How a library without a ring of its own is shown on an exported radar: a ring for each tier.
 * It is editorial catalog data, documented by {@code rationale}; it never becomes a placement of
 * the library, so it never appears in a ring history.
 */
public record RingPolicy(Map<String, String> tiers, Text rationale, Loc loc) {
}
