package advisor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.imports.EvaluationDocument.Entry;
import advisor.model.Catalog;
import advisor.model.Lang;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the team's own evaluation documents, whole, mangled and broken. */
class EvaluationReaderTest {
    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24)).catalog();
    }

    static EvaluationDocument read(String name, String text, List<Problem> problems) {
        EvaluationReader reader = new EvaluationReader(catalog);
        EvaluationDocument doc = reader.read(name, text);
        problems.addAll(reader.problems());
        return doc;
    }

    static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    /** Reads a fixture document, which must have no errors and be read as written in the given language. */
    static EvaluationDocument readWhole(String fixture, Lang language, List<Problem> problems) throws IOException {
        EvaluationDocument doc = read(fixture, MojibakeTest.read(fixture), problems);
        assertThat(errors(problems)).isEmpty();
        assertThat(doc.language()).isEqualTo(language);
        return doc;
    }

    @Test
    void readsEveryNumberOfTheChineseDocument() throws IOException {
        List<Problem> problems = new java.util.ArrayList<>();
        EvaluationDocument doc = readWhole("team-zh.md", Lang.ZH, problems);
        assertThat(doc.title()).isEqualTo("团队 Rust 库评估矩阵 - 2025 下半年");
        assertThat(doc.date()).isEqualTo("2026-11-20");
        assertThat(doc.nextReview()).isEqualTo("2027-05-20");
        assertThat(doc.libraries()).extracting(Entry::name).containsExactly("Tantivy", "Axum");
        Entry tantivy = doc.libraries().get(0);
        assertThat(tantivy.description()).isEqualTo("全文检索引擎");
        assertThat(tantivy.facts()).extracting("key", "value", "asOf").containsExactly(
                tuple("repository", "quickwit-oss/tantivy", null), tuple("first-release", "2016-05", null),
                tuple("version", "0.22.0", "2025-06"), tuple("stars", "12,000+", null),
                tuple("production-use", "多家公司的日志与搜索服务", null));
        assertThat(tantivy.dimensions()).hasSize(7);
        assertThat(tantivy.dimensions().get("stability")).extracting("icon", "score", "note", "line")
                .containsExactly("🟡", "3.5", "0.x 版本，索引格式偶有变化", 29);
        assertThat(tantivy.dimensions().get("performance").score()).isEqualTo("5.0");
        assertThat(tantivy.dimensions().get("maintenance").note()).isEqualTo("由公司团队持续维护");
        assertThat(tantivy.composite()).extracting("score", "tier", "line").containsExactly("4.3", "production-ready", 36);
        assertThat(tantivy.strengths()).extracting("text").containsExactly("检索速度快: 查询延迟低，适合实时搜索",
                "嵌入式: 作为库直接使用，无需独立服务", "功能完整: 分词、排序、聚合都已支持");
        assertThat(tantivy.limitations()).extracting("text").containsExactly("中文分词: 需要额外的分词器",
                "分布式: 本身不提供集群能力");
        assertThat(tantivy.scenarios()).extracting("label", "stars").containsExactly(tuple("语义搜索", 3),
                tuple("日志检索", 5), tuple("嵌入式应用", 4));
        assertThat(doc.matrix()).extracting("name", "category", "score", "tier", "recommended").containsExactly(
                tuple("Tantivy", "搜索引擎", "4.3", "production-ready", "日志检索"),
                tuple("Axum", "Web 框架", "4.7", "production-ready", "API 开发"),
                tuple("Redb", "数据库", "3.9", "mature", "嵌入式存储"),
                tuple("Tokio", "异步运行时", "4.9", "industry-standard", "高并发服务"));
        assertThat(doc.trends()).extracting("label", "libraries", "impact", "advice").containsExactly(
                tuple("嵌入式检索", List.of("Tantivy", "Redb"), 4, "值得尝试"),
                tuple("异步优先", List.of("Tokio", "Axum"), 5, "默认采用"));
        // what is not imported is said, with its line
        assertThat(problems).extracting(Problem::line, Problem::message)
                .contains(tuple(40, "code block (lines 40-43) is not imported"));
    }

    @Test
    void readsTheEnglishDocumentByItsEnglishLabels() throws IOException {
        List<Problem> problems = new java.util.ArrayList<>();
        EvaluationDocument doc = readWhole("team-en.md", Lang.EN, problems);
        Entry tantivy = doc.libraries().get(0);
        assertThat(tantivy.dimensions().keySet()).containsExactlyInAnyOrder("stability", "community", "documentation",
                "production", "performance", "ecosystem", "maintenance");
        assertThat(tantivy.dimensions().get("documentation").score()).isEqualTo("4.0");
        assertThat(tantivy.composite()).extracting("score", "tier").containsExactly("4.3", "production-ready");
        assertThat(tantivy.scenarios()).extracting("label", "stars").containsExactly(tuple("Semantic search", 3),
                tuple("Log search", 5));
        assertThat(tantivy.strengths()).hasSize(2);
        assertThat(tantivy.limitations()).extracting("text").containsExactly("Chinese text: needs an extra tokenizer");
        assertThat(doc.matrix()).extracting("name", "score", "tier").containsExactly(
                tuple("Tantivy", "4.3", "production-ready"), tuple("Redb", "3.9", "mature"));
        assertThat(doc.trends()).extracting("label", "impact").containsExactly(tuple("Embedded search", 4));
    }

    @Test
    void theMangledCopyReadsToTheSameNumbers() throws IOException {
        String original = MojibakeTest.read("team-zh.md");
        List<Problem> problems = new java.util.ArrayList<>();
        EvaluationDocument whole = read("team-zh.md", original, problems);
        String repaired = Mojibake.repair(Mojibake.mangle(original), MojibakeTest.evidence()).text();
        EvaluationDocument again = read("team-zh.md", repaired, problems);
        assertThat(errors(problems)).isEmpty();
        assertThat(numbers(again)).isEqualTo(numbers(whole));
    }

    /** Every number and id of a document: scores, composites, tiers, stars, facts. */
    static List<String> numbers(EvaluationDocument doc) {
        List<String> out = new java.util.ArrayList<>();
        for (Entry e : doc.libraries()) {
            out.add(e.name());
            e.facts().forEach(f -> out.add(f.key() + "=" + (f.key().equals("production-use") ? "" : f.value()) + "@" + f.asOf()));
            e.dimensions().values().stream().sorted(java.util.Comparator.comparing(d -> d.dimension()))
                    .forEach(d -> out.add(d.dimension() + "=" + d.score()));
            out.add(e.composite().score() + " " + e.composite().tier());
            e.scenarios().forEach(s -> out.add(s.stars() + "*"));
        }
        doc.matrix().forEach(m -> out.add(m.name() + " " + m.score() + " " + m.tier()));
        doc.trends().forEach(t -> out.add(t.libraries() + " " + t.impact()));
        return out;
    }

    @Test
    void aMissingDimensionIsAnErrorAtItsTable() throws IOException {
        String text = MojibakeTest.read("team-zh.md").replace("| 社区活跃度 | ✅ 4.5 | 贡献者众多，问题响应及时 |\n", "");
        List<Problem> problems = new java.util.ArrayList<>();
        read("team-zh.md", text, problems);
        assertThat(errors(problems)).extracting(Problem::code, Problem::line, Problem::message).containsExactly(
                tuple("missing-dimension", 27, "Tantivy: dimension 社区活跃度 / Community activity is missing; "
                        + "an evaluation scores all seven"));
    }

    @Test
    void aScoreOfSevenIsAnErrorOnItsLine() throws IOException {
        String text = MojibakeTest.read("team-zh.md").replace("| 性能表现 | ⭐ 5.0 |", "| 性能表现 | ⭐ 7 |");
        List<Problem> problems = new java.util.ArrayList<>();
        read("team-zh.md", text, problems);
        assertThat(errors(problems)).extracting(Problem::code, Problem::line).contains(tuple("out-of-range", 33));
        assertThat(errors(problems).get(0).message()).isEqualTo("'性能表现' is scored 7; scores run from 0 to 5");
    }

    @Test
    void aVersionDateThatIsNoMonthIsKeptAsARemarkNotAsADate() throws IOException {
        String text = MojibakeTest.read("team-zh.md").replace("0.22.0 (2025-06)", "0.22.0 (2025-13)");
        List<Problem> problems = new java.util.ArrayList<>();
        EvaluationDocument doc = read("team-zh.md", text, problems);
        assertThat(doc.libraries().get(0).facts()).extracting("key", "value", "asOf", "remark")
                .contains(tuple("version", "0.22.0", null, "2025-13"));
    }

    @Test
    void aScenarioRowWithoutStarsIsAnError() throws IOException {
        String text = MojibakeTest.read("team-zh.md").replace("| 日志检索 | ⭐⭐⭐⭐⭐ |", "| 日志检索 |  |");
        List<Problem> problems = new java.util.ArrayList<>();
        EvaluationDocument doc = read("team-zh.md", text, problems);
        assertThat(errors(problems)).extracting(Problem::code, Problem::line, Problem::message).containsExactly(
                tuple("no-stars", 61, "scenario '日志检索' has no stars: the rating column takes 1-5 ⭐"));
        assertThat(doc.libraries().get(0).scenarios()).extracting("label").containsExactly("语义搜索", "嵌入式应用");
    }

    @Test
    void aTableCutOffIsAnErrorNamingTheLine() throws IOException {
        String whole = MojibakeTest.read("team-zh.md");
        String text = whole.substring(0, whole.indexOf("| 性能表现 | ⭐ 5.0") + "| 性能表现 | ⭐ 5".length());
        List<Problem> problems = new java.util.ArrayList<>();
        read("team-zh.md", text, problems);
        assertThat(errors(problems)).extracting(Problem::code, Problem::line).containsExactly(
                tuple("table-cut-off", 33), tuple("missing-dimension", 27), tuple("missing-dimension", 27),
                tuple("missing-dimension", 27), tuple("missing-composite", 27));
    }

    @Test
    void aDocumentWithoutEvaluationsSaysWhatItExpected() {
        List<Problem> problems = new java.util.ArrayList<>();
        read("notes.md", "# Notes\n\nSome text.\n", problems);
        assertThat(errors(problems)).extracting(Problem::code).containsExactly("no-evaluation");
    }
}
