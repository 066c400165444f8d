package advisor.report;

import advisor.render.Rows;
import java.util.List;

/** {@code show}'s CSV and TSV: the library as one row per item (section, item, value, detail, source). */
final class LibraryItems {
    /** The detail of the score row when the library has no score: a fixed word, for scripts. */
    private static final String NOT_SCORED = "not scored";

    private LibraryItems() {
    }

    static Rows rows(LibraryReport.Details d) {
        Rows rows = new Rows("items", List.of("section", "item", "value", "detail", "source"));
        rows.add("library", "id", d.lib().id(), null, null);
        rows.add("library", "name", d.lib().name(), null, null);
        rows.add("library", "category", d.lib().category(), d.categoryLabel(), null);
        rows.add("library", "summary", d.summary(), null, null);
        String evaluationSource = d.evaluated() == null ? null : d.evaluated().source();
        rows.add("score", "score", Texts.score(d.score()), d.score() == null ? NOT_SCORED : d.score().basis().id(),
                evaluationSource);
        rows.add("score", "tier", Texts.id(d.tier()), null, null);
        if (d.reported() != null) {
            rows.add("score", "reported", d.reported().score(), d.reported().tier(), d.reported().by());
        }
        for (LibraryReport.DimensionEntry x : d.dimensions()) {
            rows.add("dimension", x.id(), x.score(), x.note(), evaluationSource);
        }
        for (LibraryReport.FactEntry f : d.facts()) {
            rows.add("fact", f.key(), f.value(), f.asOf(), f.source());
        }
        for (LibraryReport.ScenarioEntry s : d.scenarios()) {
            rows.add("scenario", s.id(), s.stars(), s.note(), s.source());
        }
        remarks(rows, "strengths", d.strengths());
        remarks(rows, "limitations", d.limitations());
        for (LibraryReport.MeasurementEntry x : d.measurements()) {
            rows.add(x.x().isBaseline() ? "baseline" : "measurement", x.metric(), x.figure(), x.conditions(), x.x().source());
        }
        for (LibraryReport.TrendEntry t : d.trends()) {
            rows.add("trend", t.id(), t.impact(), t.advice(), t.source());
        }
        for (LibraryReport.WorksWithEntry w : d.worksWith()) {
            rows.add("works-with", w.id(), w.relation() + " " + w.direction(), w.note(), w.source());
        }
        for (LibraryReport.StackEntry s : d.stacks()) {
            rows.add("stack", s.id(), s.layer(), s.chosen() ? "chosen" : "named", s.source());
        }
        remarks(rows, "notes", d.notes());
        for (RingSteps.Step r : d.rings().steps()) {
            rows.add("ring", r.ring(), r.date(), r.move(), r.source());
        }
        return rows;
    }

    private static void remarks(Rows rows, String section, List<LibraryReport.RemarkEntry> remarks) {
        for (LibraryReport.RemarkEntry r : remarks) {
            rows.add(section, null, r.text(), null, r.source());
        }
    }
}
