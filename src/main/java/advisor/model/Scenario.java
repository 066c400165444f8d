package advisor.model;

import java.util.List;

/**
 * A usage scenario of the taxonomy, with aliases and related scenarios. A domain scenario names the
 * categories that serve it, best first; a quality scenario names none and applies within any category.
 */
public record Scenario(String id, Text label, List<String> aliases, List<Related> related, Kind kind,
                       List<String> categories, Loc loc) {

    /** Evidence for {@code scenario} counts for the owning scenario at {@code strength} (0-1). */
    public record Related(String scenario, double strength, Loc loc) {
    }

    /** What a scenario is about: a domain served by some categories, or a quality within any category. */
    public enum Kind {
        DOMAIN, QUALITY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean domain() {
        return kind == Kind.DOMAIN;
    }

    /** Whether libraries of {@code category} serve this scenario: any category for a quality scenario. */
    public boolean servedBy(String category) {
        return kind == Kind.QUALITY || categories.contains(category);
    }
}
