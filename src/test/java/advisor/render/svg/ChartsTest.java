package advisor.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart renderers from plain inputs: well-formed, rendered to pixels by Batik, the expected shapes, stable bytes. */
class ChartsTest {
    private static final List<String> AXES_EN = List.of("Version stability", "Community activity", "Documentation",
            "Production usage", "Performance", "Ecosystem integration", "Maintenance");
    private static final List<String> AXES_ZH = List.of("版本稳定性", "社区活跃度", "文档完整度", "生产使用情况", "性能表现",
            "生态集成度", "维护状态");

    static SpiderChart.Spec spider(List<String> axes, String lang) {
        return new SpiderChart.Spec("Candle · Burn", "Seven dimensions, 0 to 5", lang, axes, List.of(
                new SpiderChart.Series("Candle", List.of(3.5, 5.0, 4.0, 4.0, 5.0, 4.5, 5.0)),
                new SpiderChart.Series("Burn", Arrays.asList(3.5, 4.5, 4.5, 3.0, 4.5, 4.0, null))), 5, "no score");
    }

    @Test
    void spiderChartHasOnePolygonPerSeriesOverItsGridAndRendersInBothLanguages() {
        for (String lang : List.of("en", "zh")) {
            String svg = SpiderChart.render(spider(lang.equals("en") ? AXES_EN : AXES_ZH, lang));
            Document doc = Pictures.xml(svg);
            // five grid rings and two series
            assertThat(Pictures.count(doc, "polygon")).isEqualTo(5 + 2);
            assertThat(Pictures.count(doc, "circle")).isEqualTo(2 * 7);
            assertThat(Pictures.count(doc, "line")).isEqualTo(7);
            assertThat(texts(doc)).containsAll(lang.equals("en") ? AXES_EN : AXES_ZH);
            assertThat(texts(doc)).anyMatch(t -> t.startsWith("Burn") && t.contains("no score"));
            accessibleAndSelfContained(doc, svg);
            BufferedImage img = Pictures.render(svg, "spider-" + lang);
            assertThat(img.getWidth()).isGreaterThanOrEqualTo(720);
            assertThat(Pictures.inked(img)).isGreaterThan(10_000);
            // the series' point markers are drawn in their own colours
            assertThat(Pictures.pixels(img, 0x0072B2)).isGreaterThan(100);
            assertThat(Pictures.pixels(img, 0xD55E00)).isGreaterThan(100);
            assertThat(SpiderChart.render(spider(lang.equals("en") ? AXES_EN : AXES_ZH, lang))).isEqualTo(svg);
        }
    }

    @Test
    void scoreBarsSplitEachBarIntoFitAndMaturity() {
        ScoreBars.Spec spec = new ScoreBars.Spec("Recommendations for RAG systems", "decision = 0.5 × fit + 0.5 × maturity",
                "Decision scores", "en", List.of(new ScoreBars.Bar("Qdrant", 2.5, 2.5, "5.00"),
                new ScoreBars.Bar("Turso", 1.6, 2.25, "3.85"), new ScoreBars.Bar("LanceDB", 1.5, 2.105, "3.61")),
                5, "Scenario fit part", "Maturity part");
        String svg = ScoreBars.render(spec);
        Document doc = Pictures.xml(svg);
        // background, two legend swatches, two parts per bar
        assertThat(Pictures.count(doc, "rect")).isEqualTo(1 + 2 + 2 * 3);
        accessibleAndSelfContained(doc, svg);
        BufferedImage img = Pictures.render(svg, "bars-en");
        long fit = Pictures.pixels(img, 0x0072B2);
        long maturity = Pictures.pixels(img, 0xE69F00);
        assertThat(fit).isGreaterThan(1000);
        assertThat(maturity).isGreaterThan(fit); // 6.855 maturity units drawn against 5.6 fit units
        assertThat(ScoreBars.render(spec)).isEqualTo(svg);
    }

    static RadarChart.Spec radar(int blips, String lang) {
        List<String> quadrants = lang.equals("zh") ? List.of("向量数据库", "机器学习框架", "Web 框架", "数据库", "异步运行时")
                : List.of("Vector database", "ML framework", "Web framework", "Database", "Async runtime");
        List<RadarChart.Blip> list = new ArrayList<>();
        for (int i = 0; i < blips; i++) {
            list.add(new RadarChart.Blip(i + 1, "Library " + (i + 1), i % quadrants.size(), (i / quadrants.size()) % 4));
        }
        return new RadarChart.Spec("Radar", "184 libraries", "Libraries by quadrant and ring", lang, quadrants,
                List.of(new RadarChart.Ring("Adopt", "#1a7f37"), new RadarChart.Ring("Trial", "#0969da"),
                        new RadarChart.Ring("Assess", "#9a6700"), new RadarChart.Ring("Hold", "#cf222e")), list);
    }

    @Test
    void radarDrawsEveryBlipNumberedWithItsLegendLine() {
        for (String lang : List.of("en", "zh")) {
            String svg = RadarChart.render(radar(120, lang));
            Document doc = Pictures.xml(svg);
            // four ring bands, four ring keys, one circle per blip
            assertThat(Pictures.count(doc, "circle")).isEqualTo(4 + 4 + 120);
            List<String> texts = texts(doc);
            for (int i = 1; i <= 120; i++) {
                assertThat(texts).contains(Integer.toString(i)).contains(i + "  Library " + i);
            }
            accessibleAndSelfContained(doc, svg);
            BufferedImage img = Pictures.render(svg, "radar-" + lang);
            assertThat(Pictures.pixels(img, 0xcf222e)).isGreaterThan(500);
            assertThat(RadarChart.render(radar(120, lang))).isEqualTo(svg);
        }
    }

    @Test
    void blipsOfOneCellNeverOverlapWhileTheyFit() {
        List<double[]> spots = RadarChart.place(12, 0, Math.PI / 2, 150, 212);
        assertThat(spots).hasSize(12);
        for (int i = 0; i < spots.size(); i++) {
            for (int j = i + 1; j < spots.size(); j++) {
                double dx = spots.get(i)[1] * Math.cos(spots.get(i)[0]) - spots.get(j)[1] * Math.cos(spots.get(j)[0]);
                double dy = spots.get(i)[1] * Math.sin(spots.get(i)[0]) - spots.get(j)[1] * Math.sin(spots.get(j)[0]);
                assertThat(Math.hypot(dx, dy)).as("blips %d and %d", i, j).isGreaterThanOrEqualTo(20);
            }
        }
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** A title and description for screen readers; no script, no link, nothing loaded from elsewhere. */
    static void accessibleAndSelfContained(Document doc, String svg) {
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Pictures.count(doc, "title")).isEqualTo(1);
        assertThat(Pictures.count(doc, "desc")).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent()).isNotBlank();
        assertThat(Pictures.count(doc, "script")).isZero();
        assertThat(Pictures.count(doc, "image")).isZero();
        assertThat(Pictures.count(doc, "use")).isZero();
        assertThat(svg).doesNotContain("href").doesNotContain("url(").doesNotContain("@import")
                .doesNotContainPattern("\\son[a-z]+\\s*=");
    }
}
