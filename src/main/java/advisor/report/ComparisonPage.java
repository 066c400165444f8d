package advisor.report;

import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Remark;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Messages;
import advisor.render.Rows;
import advisor.scoring.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a person reads of {@code compare}, and its CSV: the answer laid out one aspect per row, a column per library. */
final class ComparisonPage {
    private ComparisonPage() {
    }

    static Doc doc(LibraryComparison a, Messages m) {
        List<LibraryComparison.Side> sides = a.libraries();
        List<String> names = new ArrayList<>();
        for (LibraryComparison.Side s : sides) {
            names.add(s.lib().name());
        }
        Doc doc = new Doc().title(m.text("compare.title", String.join(" · ", names)), true);
        if (a.crossCategory()) {
            doc.paragraph(m.text("compare.crossCategory", String.join(", ", a.categories())));
        }
        Doc.TableBuilder facts = header(sides, m.text("compare.field.aspect"));
        for (LibraryComparison.Aspect x : a.facts()) {
            facts.row(row(x.label(), x.cells()));
        }
        doc.table(facts.build());

        Doc.TableBuilder dims = header(sides, m.text("dimensions.field.label"));
        dims.column(m.text("compare.field.leader")).numberColumn(m.text("compare.field.margin"));
        boolean scored = false;
        for (LibraryComparison.DimensionEntry d : a.dimensions()) {
            List<String> cells = new ArrayList<>();
            String leader = d.row().leader() == null ? (d.row().scores().size() >= 2 ? m.text("compare.tie") : Texts.NONE)
                    : null;
            for (LibraryComparison.Side s : sides) {
                Double x = d.row().scores().get(s.lib().id());
                String text = x == null ? Texts.NONE : Texts.fixed(x, 1);
                boolean leads = s.lib().id().equals(d.row().leader());
                cells.add(leads ? "▲ " + text : text);
                if (leads && leader == null) {
                    leader = s.lib().name();
                }
            }
            cells.add(leader == null ? d.row().leader() : leader);
            cells.add(d.row().leader() == null ? "" : Texts.fixed(d.row().margin(), 1));
            dims.row(row(d.label(), cells));
            scored |= !d.row().scores().isEmpty();
        }
        if (scored) {
            doc.heading(m.text("compare.dimensions"));
            doc.table(dims.build());
        }

        Doc.TableBuilder profiles = header(sides, m.text("compare.field.profile"));
        for (String id : a.profileIds()) {
            List<String> cells = new ArrayList<>();
            for (LibraryComparison.Side s : sides) {
                cells.add(Texts.shown(s.byProfile().get(id)));
            }
            profiles.row(row(id, cells));
        }
        doc.heading(m.text("compare.profiles"));
        doc.table(profiles.build());

        doc.heading(m.text("compare.verdict"));
        for (LibraryComparison.PairEntry p : a.pairs()) {
            doc.paragraph(p.summary());
        }
        if (!a.unscored().isEmpty()) {
            doc.paragraph(m.text(a.unscored().size() == 1 ? "compare.unscored.one" : "compare.unscored.many",
                    String.join(m.text("compare.list.separator"), a.unscored())));
        }

        if (!a.scenarios().isEmpty()) {
            Doc.TableBuilder scenarios = header(sides, m.text("scenarios.field.label"));
            scenarios.column(m.text("recommend.field.verdict"));
            for (LibraryComparison.ScenarioEntry s : a.scenarios()) {
                List<String> cells = new ArrayList<>(s.cells());
                cells.add(s.verdict());
                scenarios.row(row(s.label(), cells));
            }
            doc.heading(m.text("show.scenarios"));
            doc.table(scenarios.build());
        }
        for (LibraryComparison.Side s : sides) {
            remarks(s.lib(), m, doc);
        }
        if (!a.worksWith().isEmpty()) {
            Doc.TableBuilder table = new Doc.TableBuilder().column(m.text("compare.worksWith.between"))
                    .column(m.text("compare.worksWith.relation")).column(m.text("compare.worksWith.note"))
                    .column(m.text("compare.worksWith.source"));
            for (LibraryComparison.WorksWith w : a.worksWith()) {
                table.row(m.text(w.between() ? "compare.worksWith.compared" : "compare.worksWith.other"), w.text(),
                        w.note(), w.integration().source());
            }
            doc.heading(m.text("compare.worksWith"));
            doc.table(table.build());
        }
        return doc;
    }

    /** A library's strengths (+), limitations (−) and measured figures (#), each with its source. */
    private static void remarks(Library l, Messages m, Doc doc) {
        List<Block.Field> fields = new ArrayList<>();
        for (Remark r : l.strengths()) {
            fields.add(new Block.Field("+", r.text().in(m.lang()) + " (" + r.source() + ")"));
        }
        for (Remark r : l.limitations()) {
            fields.add(new Block.Field("−", r.text().in(m.lang()) + " (" + r.source() + ")"));
        }
        for (Measurement x : l.measurements()) {
            if (Figures.besideAFigure(l, x)) {
                continue;
            }
            List<String> baselines = new ArrayList<>();
            for (Measurement b : Figures.baselinesOf(l, x)) {
                baselines.add(Texts.measured(b));
            }
            fields.add(new Block.Field("#", x.metric().in(m.lang()) + ": " + Texts.measured(x)
                    + (baselines.isEmpty() ? "" : m.text("compare.baseline", String.join("; ", baselines)))
                    + (x.isBaseline() ? m.text("compare.aBaseline") : "")
                    + (x.conditions().isEmpty() ? "" : " [" + Texts.conditions(x) + "]") + " (" + x.source() + ")"));
        }
        if (!fields.isEmpty()) {
            doc.heading(m.text("compare.remarks", l.name()));
            doc.fields(fields);
        }
    }

    /** One row per aspect: the facts, each dimension (scores as numbers, the leader's id), each scenario. */
    static Rows rows(LibraryComparison a, Messages m) {
        List<String> fields = new ArrayList<>();
        fields.add("aspect");
        a.libraries().forEach(s -> fields.add(s.lib().id()));
        fields.add("leader");
        Rows rows = new Rows("rows", fields);
        for (LibraryComparison.Aspect x : a.facts()) {
            rows.add(values(x.label(), a, s -> x.cells().get(a.libraries().indexOf(s)), null));
        }
        for (LibraryComparison.DimensionEntry d : a.dimensions()) {
            String leader = d.row().leader() != null ? d.row().leader()
                    : d.row().scores().size() >= 2 ? m.text("compare.tie") : null;
            rows.add(values(d.label(), a, s -> d.scores().get(s.lib().id()), leader));
        }
        for (LibraryComparison.ScenarioEntry x : a.scenarios()) {
            rows.add(values(x.label(), a, s -> x.cells().get(a.libraries().indexOf(s)), x.verdict()));
        }
        return rows;
    }

    private static Object[] values(String aspect, LibraryComparison a, Function<LibraryComparison.Side, Object> cell,
            Object leader) {
        Object[] values = new Object[a.libraries().size() + 2];
        values[0] = aspect;
        for (int i = 0; i < a.libraries().size(); i++) {
            values[i + 1] = cell.apply(a.libraries().get(i));
        }
        values[values.length - 1] = leader;
        return values;
    }

    private static Doc.TableBuilder header(List<LibraryComparison.Side> sides, String first) {
        Doc.TableBuilder t = new Doc.TableBuilder().column(first);
        for (LibraryComparison.Side s : sides) {
            t.column(s.lib().name());
        }
        return t;
    }

    private static String[] row(String label, List<String> cells) {
        String[] all = new String[cells.size() + 1];
        all[0] = label;
        for (int i = 0; i < cells.size(); i++) {
            all[i + 1] = cells.get(i);
        }
        return all;
    }
}
