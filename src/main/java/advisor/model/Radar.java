package advisor.model;

import java.util.List;
import java.util.Optional;

/** The radar reference data of a catalog: rings (innermost first), quadrants and the ring policy (or null). */
public record Radar(List<Ring> rings, List<Quadrant> quadrants, RingPolicy policy) {
    public static final Radar EMPTY = new Radar(List.of(), List.of(), null);

    public Optional<Ring> ring(String id) {
        return rings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The quadrant that holds a category, or empty. */
    public Optional<Quadrant> quadrantOf(String category) {
        return quadrants.stream().filter(q -> q.categories().contains(category)).findFirst();
    }
}
