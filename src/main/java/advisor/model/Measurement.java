package advisor.model;

import java.util.Map;

/**
 * A measured figure from a source: value (with an optional upper bound for a range and a qualifier
 * such as "less-than"), unit, and the conditions it was measured under.
 */
public record Measurement(Text metric, double value, Double valueMax, String qualifier, String unit,
                          Map<String, String> conditions, Text note, String source, Loc loc) {
}
