package advisor.imports;

import advisor.catalog.CatalogSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Backstage tech-radar plugin's JSON: {@code {quadrants: [{id, name}], rings: [{id, name, color}],
 * entries: [{id, key, title, quadrant, description, timeline: [{date, ringId, moved, description}]}]}}.
 * Each timeline step is a dated placement (timelines may be newest first).
 */
final class Backstage extends NamedFormat {
    Backstage() {
        super("backstage", "Backstage tech-radar JSON ({quadrants, rings, entries with timeline})");
    }

    @Override
    public boolean detects(Input input) {
        return !input.directory() && input.tree(false) instanceof Tree.Obj o && o.get("entries") instanceof Tree.Arr
                && o.get("rings") instanceof Tree.Arr;
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            if (!(input.parse(false) instanceof Tree.Obj root) || !(root.get("entries") instanceof Tree.Arr list)) {
                throw new ImportException(input.at(1, null), "a Backstage radar is {quadrants, rings, entries}");
            }
            Map<String, String> rings = names(input, root, "rings");
            Map<String, String> quadrants = names(input, root, "quadrants");
            List<Radars.Entry> entries = new ArrayList<>();
            for (Tree item : list.items()) {
                if (!(item instanceof Tree.Obj o)) {
                    throw new ImportException(input.at(item.line(), null), "an entry must be an object");
                }
                String name = o.text("title") != null ? o.text("title") : o.text("key") != null ? o.text("key") : o.text("id");
                ImportException.Where where = input.at(o.line(), name);
                String quadrantId = o.text("quadrant");
                String quadrant = quadrants.getOrDefault(quadrantId, quadrantId);
                if (!(o.get("timeline") instanceof Tree.Arr timeline) || timeline.items().isEmpty()) {
                    throw new ImportException(where, "no 'timeline': each entry needs [{date, ringId}]");
                }
                for (Tree step : timeline.items()) {
                    if (!(step instanceof Tree.Obj s)) {
                        throw new ImportException(where.at(step.line(), name), "a timeline step must be {date, ringId}");
                    }
                    ImportException.Where at = where.at(s.line(), name);
                    String ringId = s.text("ringId");
                    if (ringId == null || !rings.containsKey(ringId)) {
                        throw new ImportException(at, "unknown ringId '" + ringId + "'; the file's rings are "
                                + String.join(", ", rings.keySet()));
                    }
                    String date = Editions.find(s.text("date"));
                    if (CatalogSyntax.fullDate(date) == null) {
                        throw new ImportException(at, "'date' must be a date YYYY-MM-DD, not " + s.text("date"));
                    }
                    String text = s.text("description") != null ? s.text("description") : o.text("description");
                    entries.add(new Radars.Entry(name, rings.get(ringId), quadrant, text, date, at));
                }
            }
            Radars.add(context, context.source(input.path(), null), null, entries);
        }
    }

    /** The file's {id: name} list under {@code key} (rings or quadrants). */
    private static Map<String, String> names(Input input, Tree.Obj root, String key) throws ImportException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (root.get(key) instanceof Tree.Arr list) {
            for (Tree t : list.items()) {
                if (t instanceof Tree.Obj o && o.text("id") != null) {
                    out.put(o.text("id"), o.text("name") != null ? o.text("name") : o.text("id"));
                } else {
                    throw new ImportException(input.at(t.line(), null), "each of '" + key + "' needs {id, name}");
                }
            }
        }
        return out;
    }
}
