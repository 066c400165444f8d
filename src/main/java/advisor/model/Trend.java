package advisor.model;

import java.util.List;

/** A technology trend with the libraries that represent it, its impact (1-5) and advice. */
public record Trend(String id, Text label, List<String> libraries, List<String> scenarios, int impact,
                    Text advice, String source, Loc loc) {
}
