package advisor.report;

import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Messages;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a person reads of {@code recommend}: context, a ranked table and verdict per group, then the extras asked for. */
final class RecommendationPage {
    private static final List<String> RANKED = List.of("rank", "name", "category", "fit", "maturity", "decisionScore",
            "tier", "reason");

    private RecommendationPage() {
    }

    static Doc doc(Recommendation a, Messages m) {
        Recommendation.Request q = a.request();
        String title = m.text("recommend.title", a.scenario().label(), a.scenario().id());
        Doc doc = new Doc().title(title, true);
        Weights weights = q.profile().weights();
        List<String> w = new ArrayList<>();
        for (Map.Entry<String, Double> x : weights.asMap().entrySet()) {
            w.add(x.getKey() + " " + Texts.fixed(x.getValue(), 2));
        }
        String alpha = Texts.figure(q.fitWeight()).toPlainString();
        String rest = Texts.figure(BigDecimal.ONE.subtract(Texts.figure(q.fitWeight())).doubleValue()).toPlainString();
        doc.fields(List.of(new Block.Field(m.text("recommend.profile"), a.profileText()),
                new Block.Field(m.text("recommend.weights"), String.join(", ", w)),
                new Block.Field(m.text("recommend.formula"), m.text("recommend.formula.text", alpha, rest))));
        if (!q.excludeRings().isEmpty()) {
            doc.paragraph(m.text("recommend.excludedRings", String.join(", ", q.excludeRings().stream()
                    .map(r -> r.label().in(m.lang())).toList()), a.excludedByRing()));
        }
        if (a.recommendations().isEmpty()) {
            doc.paragraph(m.text("recommend.none"));
        } else if (a.grouped()) {
            doc.paragraph(m.text("recommend.quality", a.scenario().label()));
        }
        for (Recommendation.Group g : a.groups()) {
            if (g.shown().isEmpty()) {
                continue;
            }
            if (g.id() != null) {
                doc.heading(g.label() + " (" + g.id() + ")");
            }
            doc.table(Recommendation.Ranked.FIELDS.table(g.shown(), m, RANKED));
            doc.paragraph(g.robustness().verdict());
        }
        if (q.explain()) {
            for (Recommendation.Ranked r : a.recommendations()) {
                explanation(r, m, doc);
            }
        }
        if (!a.alsoConsider().isEmpty()) {
            doc.heading(m.text("recommend.also"));
            doc.table(Recommendation.Other.FIELDS.table(a.alsoConsider(), m, null));
        }
        if (!a.related().isEmpty()) {
            doc.heading(m.text("recommend.related"));
            doc.paragraph(m.text("recommend.related.text", a.scenario().label()));
            doc.table(Recommendation.Other.FIELDS.table(a.related(), m, null));
        }
        List<Recommendation.WhyNot> whyNots = a.whyNot() != null ? List.of(a.whyNot())
                : a.notRanked() != null ? a.notRanked() : List.of();
        for (Recommendation.WhyNot x : whyNots) {
            doc.heading(m.text("whyNot.heading", x.library().name()));
            for (String reason : x.reasons()) {
                doc.paragraph(reason);
            }
        }
        return doc;
    }

    /** A decision score in parts: what each part adds, what rounding misses, and the total. */
    private static void explanation(Recommendation.Ranked r, Messages m, Doc doc) {
        doc.heading(m.text("explain.heading", r.c().library().name(), Texts.fixed(r.c().decision(), 2)));
        Doc.TableBuilder t = new Doc.TableBuilder().column(m.text("explain.field.part"))
                .column(m.text("explain.field.how")).numberColumn(m.text("explain.field.adds"));
        for (Recommendation.Part p : r.explanation().parts()) {
            t.row(p.name(), p.how(), p.adds().toPlainString());
        }
        BigDecimal rounding = r.explanation().x().rounding();
        if (rounding.signum() != 0) {
            t.row(m.text("explain.rounding"), m.text("explain.rounding.how"),
                    (rounding.signum() > 0 ? "+" : "") + rounding.toPlainString());
        }
        t.row(m.text("explain.total"), m.text("explain.total.how", r.explanation().x().shown().toPlainString()),
                r.explanation().x().total().toPlainString());
        doc.table(t.build());
    }
}
