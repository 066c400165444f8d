package advisor.report;

import advisor.model.Measurement;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.model.MaturityScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a person reads of {@code show}: the library's card, then a section per kind of knowledge. */
final class LibraryPage {
    private LibraryPage() {
    }

    static Doc doc(LibraryReport.Details d, Messages m) {
        String title = d.lib().name() + " (" + d.lib().id() + ") · " + d.categoryLabel();
        Doc doc = new Doc().title(title, true).paragraph(d.summary());
        doc.fields(card(d, m));
        if (!d.dimensions().isEmpty()) {
            doc.heading(m.text("show.dimensions", d.evaluated().source()));
            doc.table(LibraryReport.DimensionEntry.FIELDS.table(d.dimensions(), m, null));
        }
        if (!d.facts().isEmpty()) {
            doc.heading(m.text("show.facts"));
            doc.table(LibraryReport.FactEntry.FIELDS.table(d.facts(), m, null));
        }
        if (!d.history().isEmpty()) {
            doc.heading(m.text("show.history"));
            doc.table(LibraryReport.FactEntry.FIELDS.table(d.history(), m, List.of("asOf", "key", "value", "source")));
        }
        conflicts(d, m, doc);
        if (!d.scenarios().isEmpty()) {
            doc.heading(m.text("show.scenarios"));
            doc.table(LibraryReport.ScenarioEntry.FIELDS.table(d.scenarios(), m, null));
        }
        remarks(doc, m.text("show.strengths"), d.strengths());
        remarks(doc, m.text("show.limitations"), d.limitations());
        measurements(d, m, doc);
        if (!d.trends().isEmpty()) {
            doc.heading(m.text("show.trends"));
            List<Block.Field> trends = new ArrayList<>();
            for (LibraryReport.TrendEntry t : d.trends()) {
                trends.add(new Block.Field(t.label(), Texts.stars(t.impact()) + " · " + t.advice()));
            }
            doc.fields(trends);
        }
        if (!d.worksWith().isEmpty()) {
            doc.heading(m.text("show.worksWith"));
            for (LibraryReport.WorksWithEntry w : d.worksWith()) {
                doc.bullet(w.text(m) + ": " + w.note() + "  (" + w.source() + ")");
            }
        }
        if (!d.stacks().isEmpty()) {
            doc.heading(m.text("show.stacks"));
            for (LibraryReport.StackEntry s : d.stacks()) {
                doc.bullet(s.text(m) + "  (" + s.source() + ")");
            }
        }
        remarks(doc, m.text("show.notes"), d.notes());
        d.rings().section(doc, m);
        if (!d.sources().isEmpty()) {
            doc.heading(m.text("show.sources"));
            List<Block.Field> sources = new ArrayList<>();
            for (References.SourceEntry s : d.sources()) {
                sources.add(new Block.Field(s.id(), s.title() + " (" + (s.date() == null
                        ? m.text("show.undatedSource") : s.date()) + "; " + s.file() + ")"));
            }
            doc.fields(sources);
        }
        return doc;
    }

    /** Aliases, repository, score and tier, the two composites when both exist, and the evaluation's date. */
    private static List<Block.Field> card(LibraryReport.Details d, Messages m) {
        List<Block.Field> fields = new ArrayList<>();
        if (!d.lib().aliases().isEmpty()) {
            fields.add(new Block.Field(m.text("show.aliases"), String.join(", ", d.lib().aliases())));
        }
        if (d.lib().repository() != null) {
            fields.add(new Block.Field(m.text("show.repository"), d.lib().repository()));
        }
        if (d.score() == null) {
            fields.add(new Block.Field(m.text("show.score"), m.text("show.notScored")));
        } else {
            String basis = d.score().basis() == MaturityScore.Basis.REPORTED ? m.text("show.basis.reported")
                    : m.text("show.basis.computed", d.profile());
            fields.add(new Block.Field(m.text("show.score"), Texts.shown(d.score()) + "  (" + basis + ")"));
            fields.add(new Block.Field(m.text("show.tier"), Texts.tier(d.tier(), m)));
        }
        if (d.reported() != null && d.computed() != null) {
            fields.add(new Block.Field(m.text("show.reported"), d.reported().score().toPlainString() + " · "
                    + Texts.tier(d.reported().known(), d.reported().tier(), m) + "  (" + d.reported().by() + ")"));
            fields.add(new Block.Field(m.text("show.computed"), d.computed().score().toPlainString() + " · "
                    + Texts.tier(d.computed().known(), d.computed().tier(), m) + "  (balanced)"));
        }
        d.rings().card(fields, m);
        for (String x : d.scoreDisagreements()) {
            fields.add(new Block.Field(m.text("show.disagreement"), x));
        }
        LibraryReport.Evaluated e = d.evaluated();
        if (e != null) {
            String text = e.date() + " (" + e.source() + ")";
            if (e.reviewDue() != null) {
                text += m.text(e.reviewOverdue() ? "show.review.overdue" : "show.review.due", e.reviewDue());
            }
            fields.add(new Block.Field(m.text("show.evaluated"), text));
        }
        return fields;
    }

    private static void conflicts(LibraryReport.Details d, Messages m, Doc doc) {
        List<Block.Field> fields = new ArrayList<>();
        String vs = m.text("show.versus");
        for (Node n : d.sourceDisagreements()) {
            if (n instanceof LibraryReport.FactConflict c) {
                fields.add(new Block.Field(m.text("fact." + c.key()), String.join(vs,
                        c.facts().stream().map(LibraryReport.FactEntry::cited).toList())));
            } else if (n instanceof LibraryReport.FigureConflict c) {
                fields.add(new Block.Field(c.key(), String.join(vs, c.measurements().stream().map(x -> x.figure() + " ("
                        + x.x().source() + (x.x().conditions().isEmpty() ? "" : "; " + x.conditions()) + ")").toList())));
            }
        }
        if (!fields.isEmpty()) {
            doc.heading(m.text("show.conflicts"));
            doc.fields(fields);
        }
    }

    private static void remarks(Doc doc, String heading, List<LibraryReport.RemarkEntry> remarks) {
        if (!remarks.isEmpty()) {
            doc.heading(heading);
        }
        for (LibraryReport.RemarkEntry r : remarks) {
            doc.bullet(r.text() + "  (" + r.source() + ")");
        }
    }

    /** The figures a person reads: a baseline shown beside the figure it belongs to is not repeated. */
    private static void measurements(LibraryReport.Details d, Messages m, Doc doc) {
        List<LibraryReport.MeasurementEntry> all = d.measurements();
        boolean anyBaseline = false;
        for (LibraryReport.MeasurementEntry x : all) {
            anyBaseline |= x.baselines() != null && !x.baselines().isEmpty();
        }
        Doc.TableBuilder table = new Doc.TableBuilder().column(m.text("show.field.metric"))
                .numberColumn(m.text("show.field.figure"));
        if (anyBaseline) {
            table.numberColumn(m.text("show.field.baseline"));
        }
        table.column(m.text("show.field.conditions")).column(m.text("reference.source"));
        for (LibraryReport.MeasurementEntry x : all) {
            if (x.besideAFigure()) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            for (Map.Entry<String, String> c : x.x().conditions().entrySet()) {
                conditions.add(c.getKey() + ": " + c.getValue());
            }
            if (x.note() != null) {
                conditions.add(x.note());
            }
            List<String> cells = new ArrayList<>(List.of(x.metric(), x.figure()));
            if (anyBaseline) {
                List<String> beside = new ArrayList<>();
                List<LibraryReport.MeasurementEntry> baselines = x.baselines() == null ? List.of() : x.baselines();
                for (LibraryReport.MeasurementEntry b : baselines) {
                    String text = b.figure();
                    if (baselines.size() > 1) {
                        text += " (" + b.x().conditions().get(Measurement.BASELINE) + ")";
                    }
                    if (b.note() != null) {
                        conditions.add(b.note());
                    }
                    beside.add(text);
                }
                cells.add(x.x().isBaseline() ? m.text("show.aBaseline") : String.join("; ", beside));
            }
            cells.add(String.join("; ", conditions));
            cells.add(x.x().source());
            table.row(cells.toArray(String[]::new));
        }
        if (!table.isEmpty()) {
            doc.heading(m.text("show.measurements"));
            doc.table(table.build());
        }
    }
}
