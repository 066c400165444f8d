package advisor.imports;

import advisor.model.Fact;
import advisor.model.Remark;
import advisor.model.Source;
import java.util.List;

/**
 * are-we-learning-yet's {@code crates.yaml} (or the same as JSON): {@code [{name, topics: [...], repository,
 * description, license}]}. The first topic is the category of a new library; the license is a fact and
 * the description a note.
 */
final class Awly extends NamedFormat {
    Awly() {
        super("awly", "are-we-learning-yet crates.yaml ([{name, topics, repository, description, license}])");
    }

    @Override
    public boolean detects(Input input) {
        if (input.directory()) {
            return false;
        }
        boolean yaml = input.name().endsWith(".yaml") || input.name().endsWith(".yml");
        return (yaml || input.name().endsWith(".json")) && input.tree(yaml) instanceof Tree.Arr a && !a.items().isEmpty()
                && a.items().get(0) instanceof Tree.Obj o && o.has("name") && o.has("topics") && !o.has("ring");
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            boolean yaml = !input.name().endsWith(".json");
            if (!(input.parse(yaml) instanceof Tree.Arr list)) {
                throw new ImportException(input.at(1, null), "an are-we-learning-yet list is [{name, topics, repository,"
                        + " description, license}]");
            }
            Source source = context.source(input.path(), null);
            for (Tree item : list.items()) {
                if (!(item instanceof Tree.Obj o)) {
                    throw new ImportException(input.at(item.line(), null), "an entry must be a mapping {name, topics, ...}");
                }
                String name = o.text("name");
                ImportException.Where where = input.at(o.line(), name);
                context.counted();
                if (name == null || name.isBlank()) {
                    throw new ImportException(where, "an entry needs a 'name'");
                }
                if (!(o.get("topics") instanceof Tree.Arr topics) || topics.items().isEmpty()
                        || !(topics.items().get(0) instanceof Tree.Val first) || first.value() == null) {
                    throw new ImportException(where, "'topics' must be a list of topic names");
                }
                String description = Html.text(o.text("description"));
                String license = o.text("license");
                if (description == null && license == null) {
                    context.skip(where, "nothing to import: no description and no license");
                    continue;
                }
                Overlay.Draft draft = context.library(name, context.known(name).isPresent() ? null
                        : context.category(first.value().toString()));
                if (!draft.extension && draft.repository == null) {
                    draft.repository = o.text("repository");
                }
                if (description != null) {
                    if (!draft.extension && draft.summary == null) {
                        draft.summary = ImportContext.written(description.lines().findFirst().orElse(description));
                    }
                    draft.notes.add(new Remark(ImportContext.written(description), source.id(), null));
                }
                if (license != null && draft.facts.stream().noneMatch(f -> f.key().equals("license"))) {
                    draft.facts.add(new Fact("license", license, null, null, source.id(), null));
                }
            }
        }
    }
}
