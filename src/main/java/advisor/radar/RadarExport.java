package advisor.radar;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Quadrant;
import advisor.model.Ring;
import advisor.model.Tier;
import advisor.model.Maturity;
import advisor.scoring.RingHistory;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The catalog as a radar (issue 12): each library in the quadrant of its category, in its latest ring,
 * or, without one, in the ring the ring policy gives its tier (under the balanced profile); libraries with
 * neither are left out and counted. The format writers ({@link RadarWriters}) are views of this value.
 *
 * @param asOf the date the radar is drawn on (YYYY-MM-DD): the edition date of formats that need one
 */
public record RadarExport(String asOf, List<Ring> rings, List<String> quadrants, List<Item> items, int leftOut) {

    /** One step of an item's history: a ring from a date (YYYY, YYYY-MM or YYYY-MM-DD; null when undated). */
    public record Step(Ring ring, String date, RingHistory.Move move, String note) {
    }

    /**
     * One library on the radar. {@code steps}: its ring history, oldest first; for a ring from the policy, one
     * step dated {@code asOf}, and {@code byPolicy} is true.
     */
    public record Item(String id, String name, String quadrant, String description, String link, List<Step> steps,
                       boolean byPolicy) {
        public Step latest() {
            return steps.get(steps.size() - 1);
        }
    }

    public RadarExport {
        rings = List.copyOf(rings);
        quadrants = List.copyOf(quadrants);
        items = List.copyOf(items);
    }

    /** The libraries of {@code catalog} that {@code include} accepts, as a radar drawn on {@code asOf}, texts in English. */
    public static RadarExport of(Catalog catalog, Predicate<Library> include, String asOf) {
        Lang lang = Lang.EN;
        Profile balanced = catalog.profile("balanced").orElse(catalog.profiles().stream().findFirst().orElse(null));
        Weights weights = balanced == null ? null : Weights.of(catalog, balanced);
        Tiers tiers = new Tiers(catalog.tiers());
        List<Item> items = new ArrayList<>();
        List<String> quadrants = new ArrayList<>();
        int leftOut = 0;
        for (Library lib : catalog.libraries()) {
            if (!include.test(lib)) {
                continue;
            }
            List<Step> steps = new ArrayList<>(RingHistory.of(catalog, lib).stream().map(s -> new Step(s.ring(), s.date(),
                    s.move(), s.note() == null ? null : s.note().in(lang))).toList());
            boolean byPolicy = false;
            if (steps.isEmpty()) {
                Optional<String> tier = weights == null ? Optional.empty()
                        : Maturity.of(lib, weights).map(sc -> tiers.of(sc.value())).map(Tier::id);
                Optional<Ring> ring = RingHistory.shown(catalog, lib, tier);
                if (ring.isEmpty()) {
                    leftOut++;
                    continue;
                }
                steps.add(new Step(ring.get(), asOf, RingHistory.Move.NEW, null));
                byPolicy = true;
            }
            String quadrant = catalog.radar().quadrantOf(lib.category()).map(Quadrant::label).map(l -> l.in(lang))
                    .orElseGet(() -> catalog.categoryLabel(lib.category(), lang));
            if (!quadrants.contains(quadrant)) {
                quadrants.add(quadrant);
            }
            items.add(new Item(lib.id(), lib.name(), quadrant, lib.summary().in(lang), lib.repository(), List.copyOf(steps),
                    byPolicy));
        }
        // quadrants in the catalog's order, then those named after categories, by name
        List<String> order = new ArrayList<>();
        for (Quadrant q : catalog.radar().quadrants()) {
            if (quadrants.contains(q.label().in(lang))) {
                order.add(q.label().in(lang));
            }
        }
        quadrants.stream().filter(q -> !order.contains(q)).sorted().forEach(order::add);
        return new RadarExport(asOf, catalog.radar().rings(), order, items, leftOut);
    }
}
