package advisor.scoring;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Ring;
import advisor.model.RingPlacement;
import advisor.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A library's ring timeline: its placements in date order, each with the move it makes from the one
 * before. Moves are derived here and nowhere stored: NEW for the first placement, IN towards adopt,
 * OUT towards hold, NONE for the same ring.
 */
public final class RingHistory {

    /** How a placement moves the library from the placement before it. */
    public enum Move {
        NEW("new"), IN("moved-in"), OUT("moved-out"), NONE("no-change");

        private final String id;

        Move(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One step of the timeline. {@code date}: the placement's own date, else its source's (YYYY, YYYY-MM
     * or YYYY-MM-DD), or null when neither has one.
     */
    public record Step(Ring ring, String date, String source, Text note, Move move) {
    }

    private RingHistory() {
    }

    /**
     * The library's placements, oldest first: undated ones first in the order written, then the dated
     * ones by date (a placement of the same date keeps the order written). Placements naming an unknown
     * ring are left out (the catalog check reports them).
     */
    public static List<Step> of(Catalog catalog, Library library) {
        record Dated(RingPlacement placement, Ring ring, String date, int index) {
        }
        List<Dated> dated = new ArrayList<>();
        for (int k = 0; k < library.rings().size(); k++) {
            RingPlacement p = library.rings().get(k);
            Optional<Ring> ring = catalog.radar().ring(p.ring());
            if (ring.isPresent()) {
                String date = p.date();
                if (date == null) {
                    java.time.LocalDate d = catalog.sourceDate(p.source());
                    date = d == null ? null : d.toString();
                }
                dated.add(new Dated(p, ring.get(), date, k));
            }
        }
        // by date, then as written (a class, not lambdas: linking them costs every cold recommend)
        dated.sort(new Comparator<>() {
            @Override
            public int compare(Dated a, Dated b) {
                int c = (a.date() == null ? "" : a.date()).compareTo(b.date() == null ? "" : b.date());
                return c != 0 ? c : Integer.compare(a.index(), b.index());
            }
        });
        List<Step> steps = new ArrayList<>();
        Ring before = null;
        for (Dated d : dated) {
            Move move = before == null ? Move.NEW : d.ring().order() < before.order() ? Move.IN
                    : d.ring().order() > before.order() ? Move.OUT : Move.NONE;
            steps.add(new Step(d.ring(), d.date(), d.placement().source(), d.placement().note(), move));
            before = d.ring();
        }
        return List.copyOf(steps);
    }

    /** The library's latest ring, or empty when it has none. */
    public static Optional<Step> latest(Catalog catalog, Library library) {
        List<Step> steps = of(catalog, library);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /**
     * The ring a radar shows the library in: its latest ring, else the one the ring policy gives its
     * tier (when it is scored and the policy names its tier), else empty.
     */
    public static Optional<Ring> shown(Catalog catalog, Library library, Optional<String> tier) {
        Optional<Step> latest = latest(catalog, library);
        if (latest.isPresent()) {
            return Optional.of(latest.get().ring());
        }
        if (catalog.radar().policy() == null || tier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(catalog.radar().policy().tiers().get(tier.get())).flatMap(catalog.radar()::ring);
    }
}
