package advisor.imports;

import advisor.catalog.Names;
import advisor.model.RingPlacement;
import advisor.model.Source;
import advisor.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the radar formats share: an edition's entries become ring placements of matched or new libraries. */
final class Radars {
    /**
     * One radar entry as read. {@code date}: the entry's own date (YYYY, YYYY-MM or YYYY-MM-DD), or null for
     * the edition's; {@code description} as written (HTML or Markdown allowed).
     */
    record Entry(String name, String ring, String quadrant, String description, String date,
                 ImportException.Where where) {
    }

    private Radars() {
    }

    /**
     * Adds an edition: each entry's ring as a placement from {@code source}, dated by the entry, else by
     * {@code editionDate} when the source has no full date. A name given twice in one edition is skipped.
     */
    static void add(ImportContext context, Source source, String editionDate, List<Entry> entries)
            throws ImportException {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry e : entries) {
            context.counted();
            if (e.name() == null || e.name().isBlank()) {
                context.skip(e.where(), "no name");
                continue;
            }
            Integer first = seen.putIfAbsent(Names.key(e.name()) + "@" + e.date(), e.where().line());
            if (first != null) {
                context.skip(e.where(), "duplicate name" + (e.date() != null ? " on " + e.date() : " in this edition")
                        + " (first at line " + first + ")");
                continue;
            }
            String ring = context.ring(e.ring(), e.where());
            String category = context.known(e.name()).isPresent() ? null : context.quadrantCategory(e.quadrant(), e.where());
            Overlay.Draft draft = context.library(e.name(), category);
            Text note = ImportContext.written(Html.text(e.description()));
            String date = e.date() != null ? e.date() : source.date() == null ? editionDate : null;
            draft.rings.add(new RingPlacement(ring, date, source.id(), note, null));
            if (!draft.extension && note != null) {
                draft.summary = ImportContext.written(note.any().lines().findFirst().orElse(note.any()));
            }
        }
    }
}
