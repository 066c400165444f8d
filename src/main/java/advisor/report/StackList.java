package advisor.report;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Stack;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Rows;
import java.util.List;

/** The answer of {@code advisor stacks}: the catalog's stacks, reference architectures and layouts, in catalog order. */
public record StackList(List<Entry> stacks) implements Answer {

    /** One stack as listed: its catalog texts in the asked language. */
    public record Entry(Stack stack, String label, String summary) implements advisor.render.Node {
        static final Fields<Entry> FIELDS = Fields.of(Entry.class, "stackView.column", () -> List.of(
                Field.column("id", "list.field.id", e -> e.stack().id()),
                Field.column("label", "stackView.column.stack", Entry::label),
                Field.column("kind", e -> kind(e.stack()), (e, m) -> kindText(e.stack(), m)),
                Field.column("scenarios", e -> e.stack().scenarios()),
                Field.numberColumn("layers", e -> e.stack().layers().stream().map(Stack.Layer::id).toList(),
                        (e, m) -> String.valueOf(e.stack().layers().size())),
                Field.numberColumn("figures", Entry::figures),
                SharedFields.source(e -> e.stack().source()),
                Field.data("summary", "stackList.field.summary", Entry::summary)));

        /** How many of the stack's own figures it measured (baselines not counted). */
        long figures() {
            return stack.measurements().stream().filter(x -> !x.isBaseline()).count();
        }
    }

    /** The fields CSV and TSV write without {@code --fields}: all but the summary. */
    private static final List<String> ROW_FIELDS = List.of("id", "label", "kind", "scenarios", "layers", "figures", "source");

    private static final Fields<StackList> FIELDS = Fields.of(StackList.class, () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("stacks", "stackView.list.heading", StackList::stacks)));

    public StackList {
        stacks = List.copyOf(stacks);
    }

    /** Every stack of {@code catalog}, with its texts in {@code lang}. */
    public static StackList of(Catalog catalog, Lang lang) {
        return new StackList(catalog.stacks().stream().map(s -> new Entry(s, Stacks.text(s.label(), lang),
                Stacks.text(s.summary(), lang))).toList());
    }

    /** A stack's kind for data: {@code reference} (an architecture with its choices) or {@code layout}. */
    static String kind(Stack s) {
        return s.reference() ? "reference" : "layout";
    }

    /** A stack's kind for a person. */
    static String kindText(Stack s, Messages m) {
        return m.text(s.reference() ? "stackView.kind.reference" : "stackView.kind.layers");
    }

    @Override
    public Listed<Entry> listed() {
        return new Listed<>("stacks", Entry.FIELDS, stacks);
    }

    @Override
    public Rows rows(Messages m) {
        return listed().rows(ROW_FIELDS);
    }

    @Override
    public Doc doc(Messages m) {
        Doc doc = new Doc().heading(m.text("stackView.list.heading"));
        return stacks.isEmpty() ? doc.paragraph(m.text("stackView.list.empty")) : doc.table(listed().table(m, null));
    }
}
