package advisor.model;

import java.util.List;
import java.util.Optional;

/**
 * A stack: the layers a kind of application is built from, which categories or libraries can fill
 * each, and how the layers feed each other. A reference architecture also names the library a source
 * chose for every layer and the figures measured for the whole stack.
 */
public record Stack(String id, Text label, Text summary, List<String> scenarios, List<Layer> layers, List<Edge> edges,
                    String source, List<Measurement> measurements, List<Remark> notes, Loc loc) {

    /** One layer: the categories and named libraries that can fill it, and the source's choice (or null). */
    public record Layer(String id, Text label, List<String> categories, List<String> libraries, String choice, Loc loc) {
    }

    /** How one layer feeds another, as the source's graph draws it; {@code label} may be null. */
    public record Edge(String from, String to, Text label, Loc loc) {
    }

    /** Whether the source chose a library for every layer: a reference architecture. */
    public boolean reference() {
        return !layers.isEmpty() && layers.stream().allMatch(l -> l.choice() != null);
    }

    public Optional<Layer> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
