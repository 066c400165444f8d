package advisor.render;

import static advisor.render.MarkdownText.text;
import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@code --format markdown} is a page a person reads in a wiki: parsed by CommonMark with GFM tables, it has a
 * title, section headings, tables whose headers are labels in the chosen language, and the answer's sentences.
 */
class MarkdownPageTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The parts of a parsed page: headings by level, each table's header cells, and the paragraphs' text. */
    record Page(List<String> titles, List<String> sections, List<List<String>> tableHeads, List<String> paragraphs) {
        static Page of(String markdown) {
            Page page = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            PARSER.parse(markdown).accept(new AbstractVisitor() {
                @Override
                public void visit(Heading h) {
                    (h.getLevel() == 1 ? page.titles() : page.sections()).add(text(h));
                }

                @Override
                public void visit(Paragraph p) {
                    page.paragraphs().add(text(p));
                }

                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof TableBlock && block.getFirstChild() instanceof TableHead head) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells.add(text(cell));
                        }
                        page.tableHeads().add(cells);
                    }
                }
            });
            return page;
        }

        String prose() {
            return String.join("\n", paragraphs);
        }
    }

    private static Page page(String... args) {
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return Page.of(r.out());
    }

    @Test
    void aListIsAPageWithATitleALabelledTableAndItsFooter() {
        Page en = page("list", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "--format", "markdown");
        assertThat(en.titles()).containsExactly("Libraries (profile balanced)");
        assertThat(en.tableHeads()).containsExactly(List.of("ID", "NAME", "CATEGORY", "SCORE", "TIER", "GITHUB ★"));
        assertThat(en.prose()).contains("4 libraries, 3 scored (profile balanced)");

        Page zh = page("list", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "--format", "markdown",
                "--lang", "zh");
        assertThat(zh.titles()).containsExactly("库列表（权重方案 balanced）");
        assertThat(zh.tableHeads()).containsExactly(List.of("ID", "名称", "分类", "评分", "等级", "GITHUB ★"));
    }

    @Test
    void aRecommendationIsAPageWithItsContextRankingAndVerdictInEitherLanguage() {
        String md = new Cli().run("recommend", "--scenario", "rag", "--format", "markdown").out();
        Page en = Page.of(md);
        assertThat(en.titles()).containsExactly("Recommendations for RAG systems (rag)");
        assertThat(en.tableHeads()).first().isEqualTo(List.of("#", "LIBRARY", "CATEGORY", "FIT", "MATURITY", "SCORE",
                "TIER", "WHY"));
        assertThat(md).contains("- **Profile:** balanced", "- **Weights:** stability 0.14", "- **Formula:** decision = 0.5");
        assertThat(en.prose()).containsPattern("(Clear|No clear) winner: Qdrant ranks first in [0-9.]+% of 10000 weight");

        Page zh = page("recommend", "--scenario", "rag", "--format", "markdown", "--lang", "zh");
        assertThat(zh.titles()).containsExactly("场景推荐：RAG 系统 (rag)");
        assertThat(zh.tableHeads()).first().isEqualTo(List.of("#", "库", "分类", "适配度", "成熟度", "决策分", "等级", "依据"));
        assertThat(zh.prose()).containsPattern("明确首选：Qdrant 在围绕该权重方案的 10000 组随机权重中有 [0-9.]+% 排名第一");
    }

    @Test
    void alsoConsiderAndRelatedLibrariesAreSectionsWithTheirTables() {
        Page en = page("recommend", "--scenario", "restful-api", "--top", "3", "--format", "markdown");
        assertThat(en.sections()).contains("Also consider (not scored)", "Related, other categories (not ranked)");
        assertThat(en.tableHeads()).contains(List.of("LIBRARY", "CATEGORY", "FIT", "WHY"));
        Page zh = page("recommend", "--scenario", "restful-api", "--top", "3", "--format", "markdown", "--lang", "zh");
        assertThat(zh.sections()).contains("也可考虑（未评分）", "相关但属其他分类（不参与排名）");
    }

    @Test
    void explainAddsEachScoresPartsToThePage() {
        Page page = page("recommend", "--scenario", "rag", "--top", "2", "--explain", "--format", "markdown");
        assertThat(page.sections()).contains("Why Qdrant = 5.00");
        assertThat(page.tableHeads()).contains(List.of("PART", "HOW", "ADDS"));
    }

    @Test
    void aComparisonIsAPageWithLabelledTablesAndItsVerdictInEitherLanguage() {
        Page en = page("compare", "candle", "burn", "--format", "markdown");
        assertThat(en.titles()).containsExactly("Comparison: Candle · Burn");
        assertThat(en.tableHeads()).contains(List.of("FACT", "Candle", "Burn"),
                List.of("DIMENSION", "Candle", "Burn", "LEADER", "MARGIN"), List.of("PROFILE", "Candle", "Burn"));
        assertThat(en.sections()).contains("Verdict", "Maturity dimensions (▲ leader)", "Scenario fit");
        assertThat(en.prose()).contains("Candle leads on community activity");

        Page zh = page("compare", "candle", "burn", "--format", "markdown", "--lang", "zh");
        assertThat(zh.titles()).containsExactly("对比：Candle · Burn");
        assertThat(zh.tableHeads()).contains(List.of("项目", "Candle", "Burn"),
                List.of("维度", "Candle", "Burn", "领先", "差距"));
        assertThat(zh.sections()).contains("结论", "场景适配");
        assertThat(zh.prose()).contains("Candle 在社区活跃度");
    }

    @Test
    void textThatWouldOpenABlockStaysText() {
        Doc doc = new Doc().title("# not a heading").paragraph("- not a list").paragraph("1. not a list either")
                .paragraph("+ nor this").bullet("[a](http://x) *b* <i>c</i> | d");
        String md = MarkdownRenderer.page(doc);
        Node parsed = PARSER.parse(md);
        Page page = Page.of(md);
        assertThat(page.titles()).containsExactly("# not a heading");
        assertThat(page.prose()).contains("- not a list", "1. not a list either", "+ nor this");
        assertThat(PARSER.parse(md).getFirstChild()).isInstanceOf(Heading.class);
        assertThat(md).doesNotContain("<i>").contains("\\[a\\]\\(http://x\\) \\*b\\* \\<i\\>c\\</i\\> \\| d");
        assertThat(parsed).isNotNull();
    }
}
