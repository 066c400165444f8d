package advisor.model;

import java.util.Map;

/** A named weight profile for the maturity score; weights are relative, keyed by dimension id. */
public record Profile(String id, Text label, Text rationale, Map<String, Double> weights, Loc loc) {
}
