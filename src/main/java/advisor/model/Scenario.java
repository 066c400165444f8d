package advisor.model;

import java.util.List;

/** A usage scenario of the taxonomy, with aliases and related scenarios. */
public record Scenario(String id, Text label, List<String> aliases, List<Related> related, Loc loc) {

    /** Evidence for {@code scenario} counts for the owning scenario at {@code strength} (0-1). */
    public record Related(String scenario, double strength, Loc loc) {
    }
}
