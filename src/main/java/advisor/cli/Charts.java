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
                parts.add(d.label().in(v.lang()) + " " + (s == null ? v.text("tier.notScored") : Views.fixed(s.score(), 1)));
            }
            series.add(new SpiderChart.Series(l.name(), values));
            described.add(v.text("charts.dimensions.library", l.name(), String.join(v.text("charts.dimensions.separator"), parts)));
        }
        String names = String.join(" · ", libs.stream().map(Library::name).toList());
        String title = v.text("charts.dimensions.title", names);
        String desc = v.text("charts.dimensions.description",
                String.join(v.text("charts.dimensions.librarySeparator"), described));
        return SpiderChart.render(new SpiderChart.Spec(title, desc, lang(), axes, series, 5,
                v.text("tier.notScored")));
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
            described.add(v.text("charts.bars.bar", c.library().name(), total, Views.fixed(fitPart, 2),
                    Views.fixed(maturityPart, 2)));
        }
        String title = v.text("charts.bars.title", sc.label().in(v.lang()));
        String subtitle = v.text("charts.bars.subtitle", Views.fixed(fitWeight, 2), Views.fixed(1 - fitWeight, 2),
                profile.name());
        String desc = v.text("charts.bars.description",
                String.join(v.text("charts.bars.separator"), described));
        return ScoreBars.render(new ScoreBars.Spec(title, subtitle, desc, lang(), bars, 5,
                v.text("charts.bars.fitPart"), v.text("charts.bars.maturityPart")));
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
