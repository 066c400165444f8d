package advisor.cli;

import static advisor.render.MarkdownText.text;
import static org.assertj.core.api.Assertions.assertThat;

import advisor.render.svg.Pictures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision record, the charts, the radar and the pages, end to end on the fixture catalog: the record
 * read by a CommonMark parser section by section, the SVG parsed as XML and rendered to pixels by Batik,
 * the HTML read by jsoup; the same command twice gives the same bytes.
 */
class PicturesTest {
    private static final String[] TEAM = {"--catalog", "src/test/resources/radar-team"};

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    // ---- decision records ----

    /** The record's front matter (read as YAML) and its body's sections: heading text to the nodes under it. */
    record Record(JsonNode front, String title, Map<String, List<Node>> sections) {
        List<String> items(String section) {
            List<String> out = new ArrayList<>();
            for (Node n : sections.get(section)) {
                if (n instanceof BulletList) {
                    for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                        out.add(text(item));
                    }
                }
            }
            return out;
        }

        String paragraphs(String section) {
            StringBuilder sb = new StringBuilder();
            sections.get(section).stream().filter(n -> n instanceof Paragraph).forEach(n -> sb.append(text(n)).append('\n'));
            return sb.toString();
        }
    }

    static Record parseRecord(String markdown) throws Exception {
        assertThat(markdown).startsWith("---\n");
        int end = markdown.indexOf("\n---\n", 4);
        assertThat(end).isPositive();
        JsonNode front = new ObjectMapper(new YAMLFactory()).readTree(markdown.substring(4, end + 1));
        Node doc = Parser.builder().build().parse(markdown.substring(end + 5));
        String title = null;
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        List<Node> current = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                assertThat(title).as("one title").isNull();
                title = text(h);
            } else if (n instanceof Heading h) {
                current = new ArrayList<>();
                sections.put(text(h), current);
            } else {
                assertThat(current).as("content before the first section: " + text(n)).isNotNull();
                current.add(n);
            }
        }
        return new Record(front, title, sections);
    }

    /** Every section has content, except the one that only holds a subsection per option. */
    static void filled(Record rec) {
        rec.sections().forEach((name, nodes) -> {
            if (!name.equals("Pros and Cons of the Options") && !name.equals("各方案的利弊")) {
                assertThat(nodes).as("section %s", name).isNotEmpty();
            }
        });
    }

    @Test
    void compareAsADecisionRecordFillsEveryMadrSection() throws Exception {
        Cli.Result r = ok(new Cli().mini("compare", "alpha", "beta", "--format", "adr", "--status", "accepted",
                "--decision-maker", "Ana Lima", "--decision-maker", "Wang \"Wei\"", "--as-of", "2026-03-01"));
        Record rec = parseRecord(r.out());
        assertThat(rec.front().get("status").asText()).isEqualTo("accepted");
        assertThat(rec.front().get("date").asText()).isEqualTo("2026-03-01");
        assertThat(rec.front().get("decision-makers")).extracting(JsonNode::asText).containsExactly("Ana Lima", "Wang \"Wei\"");
        assertThat(rec.title()).isEqualTo("Choose between Alpha and Beta");
        assertThat(rec.sections().keySet()).containsExactly("Context and Problem Statement", "Decision Drivers",
                "Considered Options", "Decision Outcome", "Consequences", "Confirmation", "Pros and Cons of the Options",
                "Alpha", "Beta", "More Information");
        filled(rec);

        assertThat(rec.paragraphs("Context and Problem Statement")).contains("Alpha and Beta").contains("balanced");
        assertThat(rec.items("Decision Drivers")).hasSize(7).allMatch(d -> d.contains("(weight 0.14)"));
        assertThat(rec.items("Considered Options")).containsExactly(
                "Alpha (Vector database; maturity 4.57, ✅ Production ready)", "Beta (Vector database; maturity 3.93, 🔷 Mature)");
        assertThat(rec.paragraphs("Decision Outcome")).startsWith("Chosen option: \"Alpha\", because it has the highest "
                + "maturity score under the profile balanced: 4.57 against Beta 3.93.").contains("weight samples");
        assertThat(rec.items("Consequences")).contains("Good, because it leads on version stability (5.0 against Beta 3.0)",
                "Bad, because it trails on maintenance (4.5 against Beta 5.0)");
        assertThat(rec.sections().get("Confirmation")).anyMatch(n -> n instanceof FencedCodeBlock c
                && c.getLiteral().equals("advisor compare alpha beta --profile balanced\n"));
        // Good first, then Neutral, then Bad, each from the answer
        List<String> alpha = rec.items("Alpha");
        assertThat(alpha).allMatch(a -> a.matches("(Good|Neutral|Bad), because .+"));
        assertThat(alpha).contains("Neutral, because it ties for the best on documentation (4.0)");
        assertThat(rec.items("Beta")).contains("Good, because it leads on maintenance (5.0 against Alpha 4.5)");
        assertThat(rec.items("More Information")).anyMatch(i -> i.startsWith("Alpha was evaluated on"))
                .anyMatch(i -> i.contains("Written by advisor on 2026-03-01"));
        // the same command twice: the same bytes
        assertThat(new Cli().mini("compare", "alpha", "beta", "--format", "adr", "--status", "accepted",
                "--decision-maker", "Ana Lima", "--decision-maker", "Wang \"Wei\"", "--as-of", "2026-03-01").out()).isEqualTo(r.out());
    }

    @Test
    void theDecisionRecordReadsInChinese() throws Exception {
        Record rec = parseRecord(ok(new Cli().mini("compare", "alpha", "beta", "--format", "adr", "--lang", "zh",
                "--title", "向量库选型")).out());
        assertThat(rec.front().get("status").asText()).isEqualTo("proposed");
        assertThat(rec.front().get("date").asText()).isEqualTo(Cli.TODAY.toString());
        assertThat(rec.front().get("decision-makers")).isEmpty();
        assertThat(rec.title()).isEqualTo("向量库选型");
        assertThat(rec.sections().keySet()).containsExactly("背景与问题", "决策驱动因素", "备选方案", "决策结果", "影响", "验证",
                "各方案的利弊", "Alpha", "Beta", "更多信息");
        filled(rec);
        assertThat(rec.paragraphs("决策结果")).startsWith("选定方案：\"Alpha\"，因为");
        assertThat(rec.items("Alpha")).allMatch(a -> a.matches("(好|中性|坏)，因为.+"));
        assertThat(rec.items("决策驱动因素")).contains("版本稳定性（权重 0.14）");
    }

    @Test
    void recommendAsADecisionRecordChoosesTheFirstByDecisionScore() throws Exception {
        Record rec = parseRecord(ok(new Cli().mini("recommend", "--scenario", "rag", "--format", "adr")).out());
        assertThat(rec.title()).isEqualTo("Choose a library for RAG systems");
        assertThat(rec.sections().keySet()).contains("Context and Problem Statement", "Decision Drivers",
                "Considered Options", "Decision Outcome", "Consequences", "Confirmation", "Pros and Cons of the Options",
                "More Information");
        filled(rec);
        assertThat(rec.items("Decision Drivers").get(0)).startsWith("Scenario fit counts 0.50 and maturity 0.50");
        assertThat(rec.paragraphs("Decision Outcome")).startsWith("Chosen option: \"Alpha\", because it has the highest decision score");
        assertThat(rec.items("Alpha").get(0)).startsWith("Good, because a source rates its fit ★★★★");
    }

    @Test
    void badDecisionOptionsAndFormatsACommandDoesNotOfferAreUsageErrors() {
        Cli.Result status = new Cli().mini("compare", "alpha", "beta", "--format", "adr", "--status", "line\nbreak");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("invalid value for --status").doesNotContain("\tat ");
        Cli.Result list = new Cli().mini("list", "--format", "svg");
        assertThat(list.exit()).isEqualTo(2);
        assertThat(list.err()).contains("--format svg is not available for this command")
                .contains("recommend, compare, show and radar");
        assertThat(new Cli().mini("show", "alpha", "--format", "adr").exit()).isEqualTo(2);
        Cli.Result fields = new Cli().mini("compare", "alpha", "beta", "--format", "svg", "--fields", "id");
        assertThat(fields.exit()).isEqualTo(2);
        assertThat(fields.err()).contains("--fields does not apply to --format svg");
        assertThat(fields.out()).isEmpty();
    }

    // ---- charts ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void compareDrawsOnePolygonPerLibraryAndBatikRendersIt(String lang) {
        String svg = ok(new Cli().mini("compare", "alpha", "beta", "gamma", "--format", "svg", "--lang", lang)).out();
        org.w3c.dom.Document doc = Pictures.xml(svg);
        // five grid rings and one polygon per library; Gamma has only a reported composite, so its polygon is at the centre
        assertThat(Pictures.count(doc, "polygon")).isEqualTo(5 + 3);
        assertThat(Pictures.count(doc, "script")).isZero();
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .startsWith("Alpha · Beta · Gamma");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent())
                .contains(lang.equals("en") ? "Version stability 5.0" : "版本稳定性 5.0");
        BufferedImage img = Pictures.render(svg, "compare-" + lang);
        assertThat(Pictures.inked(img)).isGreaterThan(20_000);
        assertThat(new Cli().mini("compare", "alpha", "beta", "gamma", "--format", "svg", "--lang", lang).out()).isEqualTo(svg);
    }

    @Test
    void showDrawsOneLibrarysChartAndRecommendItsSplitBars() {
        org.w3c.dom.Document show = Pictures.xml(ok(new Cli().mini("show", "alpha", "--format", "svg")).out());
        assertThat(Pictures.count(show, "polygon")).isEqualTo(5 + 1);
        assertThat(Pictures.count(show, "circle")).isEqualTo(7);

        String bars = ok(new Cli().mini("recommend", "--scenario", "rag", "--format", "svg")).out();
        String table = ok(new Cli().mini("recommend", "--scenario", "rag")).out();
        org.w3c.dom.Document doc = Pictures.xml(bars);
        long ranked = table.lines().filter(l -> l.matches("\\d+ +\\S.*")).count();
        assertThat(ranked).isPositive();
        // the background, two legend swatches, and a fit part and a maturity part for each ranked library
        assertThat(Pictures.count(doc, "rect")).isEqualTo(1 + 2 + 2 * (int) ranked);
        BufferedImage img = Pictures.render(bars, "recommend-rag");
        assertThat(Pictures.pixels(img, 0x0072B2)).isGreaterThan(500);
        assertThat(Pictures.pixels(img, 0xE69F00)).isGreaterThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void radarPlacesEveryLibraryWithARingAndNumbersIt(String lang) {
        String svg = ok(new Cli().mini("radar", add(TEAM, "--format", "svg", "--lang", lang))).out();
        org.w3c.dom.Document doc = Pictures.xml(svg);
        // four ring bands, four ring keys, five blips (three by the policy, Delta held and Omega in trial by the team)
        assertThat(Pictures.count(doc, "circle")).isEqualTo(4 + 4 + 5);
        List<String> texts = new ArrayList<>();
        var nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("1", "5", "4  Delta", "5  Omega", lang.equals("en") ? "Other" : "其他");
        BufferedImage img = Pictures.render(svg, "radar-mini-" + lang);
        assertThat(Pictures.pixels(img, 0xc62828)).as("the held blip in the hold colour").isGreaterThan(100);
        assertThat(new Cli().mini("radar", add(TEAM, "--format", "svg", "--lang", lang)).out()).isEqualTo(svg);
    }

    @Test
    void radarFiltersAsListDoes() {
        String json = ok(new Cli().mini("radar", add(TEAM, "--category", "vector-db", "--format", "json"))).out();
        assertThat(json).contains("\"id\" : \"alpha\"").contains("\"id\" : \"beta\"").doesNotContain("\"id\" : \"gamma\"");
        assertThat(new Cli().mini("radar", "--categroy", "x").exit()).isEqualTo(2);
        assertThat(new Cli().mini("radar", "--category", "nope").exit()).isEqualTo(4);
    }

    @Test
    void radarCountsWhatIsOffItOnlyWhenSomethingIs() {
        // the built-in catalog has libraries with neither a ring nor a score; --scored leaves them out first
        assertThat(ok(new Cli().run("radar")).out()).containsPattern("\\d+ more have neither a ring nor a score");
        String scored = ok(new Cli().run("radar", "--scored")).out();
        assertThat(scored).containsPattern("\\d+ libraries on the radar\\n").doesNotContain("more have neither");
        assertThat(ok(new Cli().run("radar", "--scored", "--lang", "zh")).out()).doesNotContain("另有");
    }

    // ---- pages ----

    @ParameterizedTest
    @ValueSource(strings = {"compare alpha beta", "recommend --scenario rag", "show alpha", "radar"})
    void pagesAreSelfContainedHtmlWithTheirChartAndTheReport(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", "html", "--lang", "zh"));
        args.addAll(List.of(TEAM));
        String html = ok(new Cli().mini(args.get(0), args.subList(1, args.size()).toArray(String[]::new))).out();
        Document page = Jsoup.parse(html);
        assertThat(page.documentType()).isNotNull();
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(page.title()).isNotBlank();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("figure > svg")).hasSize(1);
        assertThat(page.select("svg > title").text()).isNotBlank();
        assertThat(page.select("table")).isNotEmpty();
        // nothing to fetch and nothing to run
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src], [href]")).isEmpty();
        for (Element table : page.select("table")) {
            int columns = table.select("thead th").size();
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(columns));
        }
        // the page is the report people read, with the same headings as the Markdown page of the same answer
        if (!command.startsWith("radar")) {
            List<String> mdArgs = new ArrayList<>(args);
            mdArgs.set(mdArgs.indexOf("html"), "markdown");
            String md = new Cli().mini(mdArgs.get(0), mdArgs.subList(1, mdArgs.size()).toArray(String[]::new)).out();
            List<String> mdHeadings = md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).replace("\\", "")).toList();
            assertThat(page.select("h1, h2").eachText()).containsAll(mdHeadings);
        }
        assertThat(new Cli().mini(args.get(0), args.subList(1, args.size()).toArray(String[]::new)).out()).isEqualTo(html);
    }

    private static String[] add(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
