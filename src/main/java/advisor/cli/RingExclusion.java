package advisor.cli;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Ring;
import advisor.render.Doc;
import advisor.render.Messages;
import advisor.scoring.Candidate;
import advisor.scoring.Recommender;
import advisor.scoring.RingHistory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code recommend --exclude-ring} (issue 12): the rings left out, and how many candidates with evidence for
 * the scenario they left out; also each candidate's ring, shown as evidence (a ring is never a score).
 */
record RingExclusion(Catalog catalog, List<Ring> rings, int dropped) {
    static final RingExclusion NONE = new RingExclusion(null, List.of(), 0);

    static RingExclusion of(Views v, List<String> typed) {
        Set<Ring> rings = new LinkedHashSet<>();
        typed.forEach(t -> rings.add(v.ring(t)));
        return new RingExclusion(v.catalog(), List.copyOf(rings), 0);
    }

    /** The same, counting the candidates of {@code unfiltered} (ranked, unscored and related) it leaves out. */
    RingExclusion counted(Recommender.Result unfiltered) {
        int n = (int) Stream.of(unfiltered.ranked(), unfiltered.unscored(), unfiltered.related()).flatMap(List::stream)
                .map(Candidate::library).distinct().filter(l -> !keeps(l)).count();
        return new RingExclusion(catalog, rings, n);
    }

    boolean keeps(Library lib) {
        if (rings.isEmpty()) {
            return true;
        }
        String ring = ringOf(lib);
        return rings.stream().noneMatch(r -> r.id().equals(ring));
    }

    /** The library's latest ring id, or null. */
    String ringOf(Library lib) {
        Catalog c = catalog;
        if (c == null) {
            return lib.rings().isEmpty() ? null : lib.rings().get(lib.rings().size() - 1).ring();
        }
        return RingHistory.latest(c, lib).map(s -> s.ring().id()).orElse(null);
    }

    /** "Ring: Trial (2025-01). " before a candidate's reasons, or nothing when it has no ring. */
    String evidence(Library lib, Messages m) {
        if (catalog == null) {
            return "";
        }
        return RingHistory.latest(catalog, lib).map(s -> m.text("recommend.ring", s.ring().label().in(m.lang()),
                s.date() == null ? "—" : s.date())).orElse("");
    }

    /** Says what --exclude-ring left out. */
    void describe(Doc doc, Messages m) {
        if (!rings.isEmpty()) {
            doc.paragraph(m.text("recommend.excludedRings", String.join(", ", rings.stream()
                    .map(r -> r.label().in(m.lang())).toList()), dropped));
        }
    }
}
