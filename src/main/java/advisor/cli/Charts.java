package advisor.cli;

import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Library;
import advisor.model.Scenario;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.HtmlPage;
import advisor.render.svg.ScoreBars;
import advisor.render.svg.SpiderChart;
import advisor.scoring.Candidate;
import advisor.scoring.ProfileWeights;
import java.util.ArrayList;
import java.util.List;

/** The charts of compare, show and recommend ({@code --format svg}), and their pages ({@code --format html}). */
final class Charts {
    private final Views v;

    Charts(Views v) {
        this.v = v;
    }

    /** The seven dimensions of each library as a spider chart: compare draws several, show one. */
    String dimensions(List<Library> libs) {
        List<Dimension> dims = new ArrayList<>(v.catalog().dimensions());
        List<String> axes = dims.stream().map(d -> d.label().in(v.lang())).toList();
        List<SpiderChart.Series> series = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Library l : libs) {
            List<Double> values = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (Dimension d : dims) {
                DimensionScore s = l.evaluation() == null ? null : l.evaluation().dimensions().get(d.id());
                values.add(s == null ? null : s.score());
                parts.add(d.label().in(v.lang()) + " " + (s == null ? v.t("not scored", "未评分") : Views.fixed(s.score(), 1)));
            }
            series.add(new SpiderChart.Series(l.name(), values));
            described.add(l.name() + v.t(": ", "：") + String.join(v.t(", ", "，"), parts));
        }
        String names = String.join(" · ", libs.stream().map(Library::name).toList());
        String title = names + v.t(": maturity dimensions (0-5)", "：成熟度维度（0-5）");
        String desc = v.t("Radar chart of the seven maturity dimensions, each scored 0 to 5 by a source. ",
                "七个成熟度维度的雷达图，每项为来源给出的 0-5 分。") + String.join(v.t(". ", "。"), described) + v.t(".", "。");
        return SpiderChart.render(new SpiderChart.Spec(title, desc, lang(), axes, series, 5,
                v.t("not scored", "未评分")));
    }

    /** The decision scores of the ranked candidates as bars, each split into its fit part and its maturity part. */
    String decisionBars(Scenario sc, ProfileWeights profile, double fitWeight, List<Candidate> shown, boolean grouped) {
        List<ScoreBars.Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Candidate c : shown) {
            double fitPart = c.fit().fit() == null ? 0 : fitWeight * c.fit().fit();
            double maturityPart = c.decision() - fitPart;
            String total = Views.fixed(c.decision(), 2);
            String label = grouped ? c.library().name() + " · " + v.categoryLabel(c.library().category()) : c.library().name();
            bars.add(new ScoreBars.Bar(label, fitPart, maturityPart, total));
            described.add(c.library().name() + " " + total + v.t(" (fit part ", "（适配度部分 ") + Views.fixed(fitPart, 2)
                    + v.t(", maturity part ", "，成熟度部分 ") + Views.fixed(maturityPart, 2) + v.t(")", "）"));
        }
        String title = v.t("Recommendations for ", "场景推荐：") + sc.label().in(v.lang());
        String subtitle = v.t("decision = ", "决策评分 = ") + Views.fixed(fitWeight, 2) + v.t(" × fit + ", " × 适配度 + ")
                + Views.fixed(1 - fitWeight, 2) + v.t(" × maturity (0-5) · profile ", " × 成熟度（0-5）· 权重方案 ") + profile.name();
        String desc = v.t("Bar chart of decision scores, each split into the part scenario fit contributes and the part "
                        + "maturity contributes. ", "决策评分条形图，每条分为场景适配度贡献的部分和成熟度贡献的部分。")
                + String.join(v.t("; ", "；"), described) + v.t(".", "。");
        return ScoreBars.render(new ScoreBars.Spec(title, subtitle, desc, lang(), bars, 5,
                v.t("Scenario fit part", "场景适配度部分"), v.t("Maturity part", "成熟度部分")));
    }

    private String lang() {
        return v.lang().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A self-contained page of the report people read, with the chart after its title. */
    String page(Doc doc, String svg) {
        List<Block> blocks = doc.blocks();
        String title = blocks.isEmpty() ? "advisor" : blocks.get(0) instanceof Block.Title t ? t.text()
                : blocks.get(0) instanceof Block.Heading h ? h.text() : "advisor";
        return HtmlPage.render(title, lang(), svg, blocks);
    }
}
