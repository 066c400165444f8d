package advisor.report;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Measurement;
import advisor.model.Remark;
import advisor.model.Stack;
import advisor.render.Answer;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.render.Rows;
import advisor.report.LibraryReport.MeasurementEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The answer of {@code advisor stack show ID}: one stack's layers, links, choices, figures and notes. */
public record StackReport(Shown stack) implements Answer {

    private static final Fields<StackReport> FIELDS = Fields.of(StackReport.class, () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("stack", "stackView.column.stack", StackReport::stack)));

    /**
     * One stack as data and as a document: its catalog texts in {@code lang}; inside a proposal,
     * {@code sharedChoices} are the proposal's choices this reference architecture also made (null elsewhere,
     * where the key is left out).
     */
    public record Shown(Catalog catalog, Stack stack, Lang lang, List<LayerEntry> layers, List<MeasurementEntry> measurements,
            List<String> sharedChoices) implements Node {
        static final Fields<Shown> PLAIN = Fields.of(
                SharedFields.id(s -> s.stack().id()),
                Field.data("label", "stackView.column.stack", s -> s.text(s.stack().label())),
                Field.data("kind", "stackView.column.kind", s -> StackList.kind(s.stack())),
                Field.data("summary", "stackList.field.summary", s -> s.text(s.stack().summary())),
                Field.data("scenarios", "stackView.column.scenarios", s -> s.stack().scenarios()),
                Field.data("layers", "stackView.column.layers", Shown::layers),
                Field.data("edges", "stackView.heading.edges", s -> s.stack().edges().stream()
                        .map(e -> new EdgeEntry(e.from(), e.to(), s.text(e.label()))).toList()),
                Field.data("measurements", "stackView.heading.figures", Shown::measurements),
                Field.data("notes", "stackView.heading.notes", s -> s.stack().notes().stream()
                        .map(r -> new NoteEntry(s.text(r.text()), r.source())).toList()),
                SharedFields.source(s -> s.stack().source()));
        static final Fields<Shown> SHARED = PLAIN.and(Field.data("sharedChoices", "stackReport.field.sharedChoices",
                Shown::sharedChoices));

        public Shown {
            layers = List.copyOf(layers);
            measurements = List.copyOf(measurements);
            sharedChoices = sharedChoices == null ? null : List.copyOf(sharedChoices);
        }

        /** {@code s} with its texts in {@code lang}; {@code sharedChoices} null outside a proposal. */
        public static Shown of(Catalog catalog, Stack s, Lang lang, List<String> sharedChoices) {
            List<MeasurementEntry> figures = new ArrayList<>();
            for (Measurement x : s.measurements()) {
                figures.add(new MeasurementEntry(x, x.metric().in(lang), Stacks.text(x.note(), lang), x.isBaseline() ? null
                        : baselines(s, x).stream().map(b -> MeasurementEntry.plain(b, lang)).toList(), false));
            }
            return new Shown(catalog, s, lang, s.layers().stream().map(l -> new LayerEntry(s.id(), l, Stacks.text(l.label(), lang)))
                    .toList(), figures, sharedChoices);
        }

        @Override
        public Fields<Shown> declaration() {
            return sharedChoices == null ? PLAIN : SHARED;
        }

        private String text(advisor.model.Text t) {
            return Stacks.text(t, lang);
        }

        /** Layers, edges, figures and notes; with {@code title}, under a heading naming the stack. */
        public void sections(Doc doc, Messages m, boolean title) {
            Stack s = stack;
            if (title) {
                doc.heading(text(s.label()) + " (" + s.id() + ")");
            }
            doc.paragraph(text(s.summary()));
            doc.fields(List.of(new Block.Field(m.text("stackView.field.kind"), StackList.kindText(s, m)),
                    new Block.Field(m.text("stackView.field.scenarios"), String.join(", ", s.scenarios().stream()
                            .map(id -> catalog.scenario(id).map(x -> x.label().in(lang)).orElse(id) + " (" + id + ")").toList())),
                    new Block.Field(m.text("stackView.field.source"), catalog.source(s.source())
                            .map(x -> s.source() + (x.date() == null ? "" : ", " + x.date())).orElse(s.source()))));
            Doc.TableBuilder layerTable = new Doc.TableBuilder().column(m.text("stackView.column.layer"))
                    .column(m.text("stackView.column.filledBy"));
            if (s.reference()) {
                layerTable.column(m.text("stackView.column.choice"));
            }
            for (Stack.Layer l : s.layers()) {
                List<String> cells = new ArrayList<>(List.of(text(l.label()) + " (" + l.id() + ")", fillers(catalog, l, lang)));
                if (s.reference()) {
                    cells.add(catalog.nameOf(l.choice()));
                }
                layerTable.row(cells.toArray(String[]::new));
            }
            doc.heading(m.text("stackView.heading.layers"));
            doc.table(layerTable.build());
            if (!s.edges().isEmpty()) {
                Doc.TableBuilder edges = new Doc.TableBuilder().column(m.text("stackView.column.from"))
                        .column(m.text("stackView.column.to")).column(m.text("stackView.column.whatFlows"));
                for (Stack.Edge e : s.edges()) {
                    edges.row(e.from(), e.to(), e.label() == null ? "" : text(e.label()));
                }
                doc.heading(m.text("stackView.heading.edges"));
                doc.table(edges.build());
            }
            figures(doc, m);
            if (!s.notes().isEmpty()) {
                doc.heading(m.text("stackView.heading.notes"));
                s.notes().forEach((Remark r) -> doc.bullet(text(r.text()) + "  (" + r.source() + ")"));
            }
        }

        /** The stack's own figures, each beside its baseline, as {@code show} lays out a library's. */
        private void figures(Doc doc, Messages m) {
            Doc.TableBuilder table = new Doc.TableBuilder().column(m.text("stackView.column.metric"))
                    .numberColumn(m.text("stackView.column.value")).numberColumn(m.text("stackView.column.baseline"))
                    .column(m.text("stackView.column.conditions")).column(m.text("stackView.column.source"));
            for (Measurement x : stack.measurements()) {
                if (x.isBaseline() && stack.measurements().stream().anyMatch(f -> f.comparesWith(x))) {
                    continue;
                }
                List<String> conditions = new ArrayList<>();
                x.conditions().forEach((k, val) -> conditions.add(k + ": " + val));
                if (x.note() != null) {
                    conditions.add(text(x.note()));
                }
                List<String> beside = baselines(stack, x).stream().map(Texts::measured).toList();
                table.row(text(x.metric()), Texts.measured(x), String.join("; ", beside), String.join("; ", conditions),
                        x.source());
            }
            if (!table.isEmpty()) {
                doc.heading(m.text("stackView.heading.figures"));
                doc.table(table.build());
            }
        }
    }

    /** One layer of a stack: what may fill it and the source's choice; CSV also names its stack. */
    public record LayerEntry(String stackId, Stack.Layer layer, String label) implements Node {
        static final Fields<LayerEntry> FIELDS = Fields.of(LayerEntry.class, () -> List.of(
                Field.column("id", "list.field.id", e -> e.layer().id()),
                Field.column("label", "stackView.column.layer", LayerEntry::label),
                Field.column("categories", "stackReport.field.categories", e -> e.layer().categories()),
                Field.column("libraries", "stackReport.field.libraries", e -> e.layer().libraries()),
                Field.column("choice", "stackView.column.choice", e -> e.layer().choice())));
    }

    /** How one layer feeds another. */
    public record EdgeEntry(String from, String to, String label) implements Node {
        static final Fields<EdgeEntry> FIELDS = Fields.of(EdgeEntry.class, "stackView.column", () -> List.of(
                Field.data("from", EdgeEntry::from),
                Field.data("to", EdgeEntry::to),
                Field.data("label", "stackView.column.whatFlows", EdgeEntry::label)));
    }

    /** A note on a stack, with its source. */
    public record NoteEntry(String text, String source) implements Node {
        static final Fields<NoteEntry> FIELDS = Fields.of(NoteEntry.class, () -> List.of(
                SharedFields.text(NoteEntry::text),
                SharedFields.source(NoteEntry::source)));
    }

    /** Stack {@code s} of {@code catalog}, its texts in {@code lang}. */
    public static StackReport of(Catalog catalog, Stack s, Lang lang) {
        return new StackReport(Shown.of(catalog, s, lang, null));
    }

    /** What may fill a layer: its categories' labels and its named libraries' names, each once. */
    public static String fillers(Catalog catalog, Stack.Layer l, Lang lang) {
        List<String> parts = new ArrayList<>();
        l.categories().forEach(c -> parts.add(catalog.categoryLabel(c, lang)));
        l.libraries().forEach(id -> parts.add(catalog.nameOf(id)));
        return String.join(", ", new LinkedHashSet<>(parts));
    }

    /** The baselines a stack's figure is compared against, in the order it names them. */
    static List<Measurement> baselines(Stack s, Measurement figure) {
        List<Measurement> out = new ArrayList<>();
        for (String name : figure.baselineNames()) {
            s.measurements().stream().filter(figure::comparesWith)
                    .filter(b -> b.conditions().get("baseline").trim().equals(name)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Listed<LayerEntry> listed() {
        return new Listed<>("layers", LayerEntry.FIELDS, stack.layers());
    }

    /** CSV and TSV: a row per layer, naming its stack, lists joined with ";". */
    @Override
    public Rows rows(Messages m) {
        Rows rows = new Rows("layers", List.of("stack", "layer", "label", "categories", "libraries", "choice"));
        for (LayerEntry e : stack.layers()) {
            Stack.Layer l = e.layer();
            rows.add(e.stackId(), l.id(), e.label(), String.join(";", l.categories()), String.join(";", l.libraries()), l.choice());
        }
        return rows;
    }

    @Override
    public Doc doc(Messages m) {
        Doc doc = new Doc();
        stack.sections(doc, m, true);
        return doc;
    }
}
