package advisor.imports;

import java.util.ArrayList;
import java.util.List;

/** Build-Your-Own-Radar JSON: a list of {@code {name, ring, quadrant, isNew, description}} (keys in any case). */
final class ByorJson extends NamedFormat {
    ByorJson() {
        super("byor-json", "Build-Your-Own-Radar JSON ([{name, ring, quadrant, isNew, description}])");
    }

    @Override
    public boolean detects(Input input) {
        return !input.directory() && input.name().endsWith(".json") && input.tree(false) instanceof Tree.Arr a
                && !a.items().isEmpty() && a.items().get(0) instanceof Tree.Obj o && o.has("name")
                && (o.has("ring") || o.has("quadrant"));
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            if (!(input.parse(false) instanceof Tree.Arr list)) {
                throw new ImportException(input.at(1, null), "a BYOR JSON file is a list of entries"
                        + " [{name, ring, quadrant, isNew, description}]");
            }
            List<Radars.Entry> entries = new ArrayList<>();
            for (Tree item : list.items()) {
                if (!(item instanceof Tree.Obj o)) {
                    throw new ImportException(input.at(item.line(), null), "an entry must be an object"
                            + " {name, ring, quadrant, isNew, description}");
                }
                String name = o.text("name");
                ImportException.Where where = input.at(o.line(), name);
                ByorCsv.check(o.text("isNew"), ByorCsv.IS_NEW, "isNew", where);
                ByorCsv.check(o.text("status"), ByorCsv.STATUS, "status", where);
                entries.add(new Radars.Entry(name, o.text("ring"), o.text("quadrant"), o.text("description"), null,
                        where));
            }
            ByorCsv.edition(context, input, entries);
        }
    }
}
