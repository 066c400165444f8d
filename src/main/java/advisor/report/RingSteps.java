package advisor.report;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.scoring.RingHistory;
import java.util.List;

/**
 * A library's ring timeline as answers show it (issue 12): one step per placement, oldest first, with
 * the move derived from the step before. Kept apart from the answers that use it ({@code show}).
 */
public record RingSteps(List<Step> steps) {

    /** One placement: ring id and label, date as written (or the source's), derived move, source, note. */
    public record Step(String ring, String label, String date, String move, String source, String note) implements Node {
        static final Fields<Step> FIELDS = Fields.of(Step.class, "ring.field", () -> List.of(
                Field.column("ring", Step::ring, (s, m) -> s.label()),
                Field.column("date", Step::date, (s, m) -> s.date() == null ? "—" : s.date()),
                Field.column("move", Step::move, (s, m) -> m.text("ring.move." + s.move())),
                Field.column("source", "reference.source", Step::source),
                Field.column("note", "show.field.note", Step::note)));
    }

    public RingSteps {
        steps = List.copyOf(steps);
    }

    public static RingSteps of(Catalog catalog, Library lib, Lang lang) {
        return new RingSteps(RingHistory.of(catalog, lib).stream().map(s -> new Step(s.ring().id(),
                s.ring().label().in(lang), s.date(), s.move().id(), s.source(),
                s.note() == null ? null : s.note().in(lang))).toList());
    }

    /** The latest ring's id, or null when the library has none. */
    public String latest() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).ring();
    }

    /** The latest ring's label and date ("Trial (2025-01)"), or null. */
    String latestText() {
        if (steps.isEmpty()) {
            return null;
        }
        Step s = steps.get(steps.size() - 1);
        return s.label() + (s.date() == null ? "" : " (" + s.date() + ")");
    }

    /** The card line and, with more than nothing, the timeline section of a page. */
    void card(List<Block.Field> fields, Messages m) {
        if (!steps.isEmpty()) {
            fields.add(new Block.Field(m.text("show.ring"), latestText()));
        }
    }

    void section(Doc doc, Messages m) {
        if (!steps.isEmpty()) {
            doc.heading(m.text("show.rings"));
            doc.table(Step.FIELDS.table(steps, m, null));
        }
    }
}
