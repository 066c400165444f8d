package advisor.imports;

import advisor.model.Remark;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import java.util.List;

/**
 * blessed.rs's {@code crates.json}: {@code {crate_groups: [{slug, name, description, subgroups | purposes}]}},
 * a purpose {@code {name, notes, recommendations: [{name, notes, link, docs}], see_also}}. A recommendation
 * is direct scenario evidence without stars ("recommended for" the purpose, a scenario of that name); a
 * see-also entry is weaker: a note naming the purpose, no rating. A group is the category of its new libraries.
 */
final class Blessed extends NamedFormat {
    Blessed() {
        super("blessed", "blessed.rs crates.json ({crate_groups: [...]})");
    }

    @Override
    public boolean detects(Input input) {
        return !input.directory() && input.tree(false) instanceof Tree.Obj o && o.has("crate_groups");
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            if (!(input.parse(false) instanceof Tree.Obj root) || !(root.get("crate_groups") instanceof Tree.Arr groups)) {
                throw new ImportException(input.at(1, null), "'crate_groups' must be a list of groups");
            }
            Source source = context.source(input.path(), null);
            for (Tree g : groups.items()) {
                group(input, context, source, g, null);
            }
        }
    }

    private void group(Input input, ImportContext context, Source source, Tree node, String category)
            throws ImportException {
        if (!(node instanceof Tree.Obj g) || g.text("name") == null) {
            throw new ImportException(input.at(node.line(), null), "a crate group needs a 'name'");
        }
        String here = category != null ? category : context.category(g.text("name"));
        if (g.get("subgroups") instanceof Tree.Arr subgroups) {
            for (Tree s : subgroups.items()) {
                group(input, context, source, s, here);
            }
        }
        if (g.get("purposes") instanceof Tree.Arr purposes) {
            for (Tree p : purposes.items()) {
                purpose(input, context, source, p, here);
            }
        } else if (!g.has("subgroups")) {
            throw new ImportException(input.at(g.line(), g.text("name")), "a crate group needs 'purposes' or 'subgroups'");
        }
    }

    private void purpose(Input input, ImportContext context, Source source, Tree node, String category)
            throws ImportException {
        if (!(node instanceof Tree.Obj p) || p.text("name") == null) {
            throw new ImportException(input.at(node.line(), null), "a purpose needs a 'name'");
        }
        String purpose = p.text("name");
        String scenario = context.scenario(purpose);
        if (p.get("recommendations") instanceof Tree.Arr recs) {
            for (Tree r : recs.items()) {
                crate(input, context, source, r, category, purpose, scenario, true);
            }
        }
        if (p.get("see_also") instanceof Tree.Arr also) {
            for (Tree r : also.items()) {
                crate(input, context, source, r, category, purpose, scenario, false);
            }
        }
    }

    private void crate(Input input, ImportContext context, Source source, Tree node, String category, String purpose,
                       String scenario, boolean recommended) throws ImportException {
        String name = node instanceof Tree.Val v && v.value() != null ? v.value().toString()
                : node instanceof Tree.Obj o ? o.text("name") : null;
        ImportException.Where where = input.at(node.line(), name);
        context.counted();
        if (name == null || name.isBlank()) {
            throw new ImportException(where, "a crate needs a 'name'");
        }
        Overlay.Draft draft = context.library(name, category);
        String notes = node instanceof Tree.Obj o ? Html.text(o.text("notes")) : null;
        if (!draft.extension && draft.repository == null && node instanceof Tree.Obj o && o.text("link") != null) {
            draft.repository = o.text("link");
        }
        if (recommended) {
            if (draft.scenarios.stream().anyMatch(r -> r.scenario().equals(scenario) && r.source().equals(source.id()))) {
                context.skip(where, "recommended for '" + purpose + "' already");
                return;
            }
            draft.scenarios.add(new ScenarioRating(scenario, null, source.id(), ImportContext.written(notes), null));
        } else {
            Text note = notes != null ? ImportContext.written(notes)
                    : new Text("See also for " + purpose + ".", "亦可用于：" + purpose + "。");
            draft.notes.add(new Remark(note, source.id(), null));
        }
        if (!draft.extension && draft.summary == null && notes != null) {
            draft.summary = ImportContext.written(notes.lines().findFirst().orElse(notes));
        }
    }
}
