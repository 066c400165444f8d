package advisor.imports;

import advisor.catalog.CatalogSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Zalando's tech radar {@code config.json}: {@code {"date": "YYYY.MM", "entries": [{label, quadrant: 0-3,
 * ring: 0-3, moved, active, link}]}}. The file holds no ring or quadrant names: {@code --rings} and
 * {@code --quadrants} give them in index order, by default Zalando's own. Several files are several
 * editions; inactive entries are skipped.
 */
final class Zalando extends NamedFormat {
    static final List<String> RINGS = List.of("adopt", "trial", "assess", "hold");
    static final List<String> QUADRANTS = List.of("Languages", "Infrastructure", "Datastores", "Data Management");

    Zalando() {
        super("zalando", "Zalando tech radar config.json ({date, entries: [{label, quadrant, ring}]})");
    }

    @Override
    public boolean detects(Input input) {
        return !input.directory() && input.tree(false) instanceof Tree.Obj o && o.get("entries") instanceof Tree.Arr a
                && !o.has("rings") && (a.items().isEmpty() || a.items().get(0) instanceof Tree.Obj e && e.has("label"));
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        List<String> rings = names(ImportContext.Options.positional(context.options.rings()), RINGS);
        List<String> quadrants = names(ImportContext.Options.positional(context.options.quadrants()), QUADRANTS);
        for (Input input : inputs) {
            if (!(input.parse(false) instanceof Tree.Obj root) || !(root.get("entries") instanceof Tree.Arr list)) {
                throw new ImportException(input.at(1, null), "a Zalando radar is {\"date\": \"YYYY.MM\", \"entries\": [...]}");
            }
            String date = Editions.find(root.text("date"));
            if (root.has("date") && date == null) {
                throw new ImportException(input.at(root.get("date").line(), null), "'date' must be YYYY.MM or"
                        + " YYYY-MM-DD, not " + root.text("date"));
            }
            List<Radars.Entry> entries = new ArrayList<>();
            for (Tree item : list.items()) {
                if (!(item instanceof Tree.Obj o)) {
                    throw new ImportException(input.at(item.line(), null), "an entry must be an object {label, quadrant, ring}");
                }
                String name = o.text("label");
                ImportException.Where where = input.at(o.line(), name);
                if (Boolean.FALSE.equals(o.get("active") instanceof Tree.Val v ? v.value() : null)) {
                    context.counted();
                    context.skip(where, "inactive");
                    continue;
                }
                String ring = rings.get(index(o, "ring", rings.size(), where));
                String quadrant = quadrants.get(index(o, "quadrant", quadrants.size(), where));
                entries.add(new Radars.Entry(name, ring, quadrant, o.text("link"), null, where));
            }
            Radars.add(context, context.source(input.path(), CatalogSyntax.fullDate(date)), date, entries);
        }
    }

    private static List<String> names(List<String> given, List<String> defaults) {
        return given.isEmpty() ? defaults : given;
    }

    private static int index(Tree.Obj o, String key, int count, ImportException.Where where) throws ImportException {
        Tree t = o.get(key);
        if (t instanceof Tree.Val v && v.value() instanceof Number n && n.doubleValue() == n.intValue()
                && n.intValue() >= 0 && n.intValue() < count) {
            return n.intValue();
        }
        throw new ImportException(where, "'" + key + "' must be a number from 0 to " + (count - 1) + ", not "
                + (t == null ? "missing" : o.text(key)) + " (--" + key + "s names " + key + "s by number, from 0)");
    }
}
