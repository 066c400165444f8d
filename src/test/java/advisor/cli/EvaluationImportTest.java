package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.imports.Mojibake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advisor import} of the team's own evaluation documents: the overlay validates and {@code show}
 * carries every score, composite, tier, star rating and fact; a mangled copy imports to the same numbers.
 */
class EvaluationImportTest {
    private static final Path DOCS = Path.of("src/test/resources/evaluation");

    @TempDir
    Path temp;

    private static Cli.Result run(String... args) {
        return new Cli().run(args);
    }

    private static JsonNode show(Path catalog, String library) throws IOException {
        Cli.Result r = run("show", library, "--catalog", catalog.toString(), "--format", "json");
        assertThat(r.exit()).as("%s", r).isZero();
        return new ObjectMapper().readTree(r.out()).get("library");
    }

    /** What the Chinese document says, as show --format json gives it back: the numbers and ids only. */
    private static List<String> numbers(Path catalog) throws IOException {
        List<String> out = new ArrayList<>();
        for (String id : List.of("tantivy", "axum", "redb", "tokio")) {
            JsonNode lib = show(catalog, id);
            out.add(id + " " + lib.get("category").asText() + " " + lib.get("reported").get("score").asText() + " "
                    + lib.get("reported").get("tier").asText());
            lib.get("dimensions").forEach(d -> out.add(id + " " + d.get("id").asText() + "=" + d.get("score").asText()));
            lib.get("scenarios").forEach(s -> out.add(id + " " + s.get("id").asText() + "=" + s.get("stars").asText()));
        }
        return out;
    }

    @Test
    void theChineseDocumentImportsIntoAnOverlayThatValidatesAndShowsEveryNumber() throws IOException {
        Path to = temp.resolve("team");
        Cli.Result r = run("import", DOCS.resolve("team-zh.md").toString(), "--to", to.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).contains("(evaluation): 2 matched, 2 new").contains("code block (lines 40-43) is not imported");
        assertThat(run("validate", "--catalog", to.toString(), "--strict").exit()).isZero();

        JsonNode tantivy = show(to, "tantivy");
        assertThat(tantivy.get("name").asText()).isEqualTo("Tantivy");
        assertThat(tantivy.get("repository").asText()).isEqualTo("quickwit-oss/tantivy");
        TantivyEvaluation.assertScored(tantivy, "semantic-search=3", "embedded-apps=4");
        String json = run("show", "tantivy", "--catalog", to.toString(), "--format", "json").out();
        assertThat(json).contains("\"2016-05\"", "\"0.22.0\"", "\"2025-06\"", "\"12,000+\"", "多家公司的日志与搜索服务",
                "由公司团队持续维护", "检索速度快: 查询延迟低，适合实时搜索", "分布式: 本身不提供集群能力");
        // an unknown scenario label and category become entries of the overlay
        assertThat(Files.readString(to.resolve("scenarios.yaml"))).contains("日志检索");
        assertThat(Files.readString(to.resolve("categories.yaml"))).contains("搜索引擎");
        assertThat(Files.readString(to.resolve("sources.yaml"))).contains("团队 Rust 库评估矩阵 - 2025 下半年",
                "date: 2026-11-20", "reviewMonths: 6");

        // a known library is extended, and the matrix-only ones are reported-only
        JsonNode axum = show(to, "axum");
        assertThat(axum.get("reported").get("score").asDouble()).isEqualTo(4.7);
        JsonNode redb = show(to, "redb");
        assertThat(redb.get("dimensions")).isEmpty();
        assertThat(redb.get("reported").get("score").asDouble()).isEqualTo(3.9);
        assertThat(redb.get("reported").get("tier").asText()).isEqualTo("mature");
        assertThat(show(to, "tokio").get("reported").get("tier").asText()).isEqualTo("industry-standard");

        Cli.Result trends = run("trends", "--catalog", to.toString(), "--format", "json");
        assertThat(trends.out()).contains("嵌入式检索", "异步优先");
    }

    @Test
    void theMangledCopyImportsToTheSameNumbers() throws IOException {
        assertThat(run("import", DOCS.resolve("team-zh.md").toString(), "--to", temp.resolve("whole").toString()).exit())
                .isZero();
        Path mangled = Files.writeString(temp.resolve("team-zh.md"),
                Mojibake.mangle(Files.readString(DOCS.resolve("team-zh.md"))));
        Cli.Result r = run("import", mangled.toString(), "--to", temp.resolve("mangled").toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).contains("mangled text (UTF-8 read as Windows-1252 or Latin-1) repaired: ");
        assertThat(run("validate", "--catalog", temp.resolve("mangled").toString()).exit()).isZero();
        assertThat(numbers(temp.resolve("mangled"))).isEqualTo(numbers(temp.resolve("whole")));
    }

    @Test
    void theEnglishDocumentImportsInEnglish() throws IOException {
        Path to = temp.resolve("team");
        Cli.Result r = run("import", "--from", "evaluation", DOCS.resolve("team-en.md").toString(), "--to", to.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(run("validate", "--catalog", to.toString()).exit()).isZero();
        JsonNode tantivy = show(to, "tantivy");
        assertThat(tantivy.get("reported").get("score").asDouble()).isEqualTo(4.3);
        assertThat(Files.readString(to.resolve("libraries/tantivy.yaml"))).contains("{en: \"Fast indexing and queries\"}");
    }

    @Test
    void aBrokenDocumentWritesNothingAndNamesEveryLine() throws IOException {
        String text = Files.readString(DOCS.resolve("team-zh.md")).replace("| 性能表现 | ⭐ 5.0 |", "| 性能表现 | ⭐ 7 |")
                .replace("| 日志检索 | ⭐⭐⭐⭐⭐ |", "| 日志检索 |  |");
        Path broken = Files.writeString(temp.resolve("broken.md"), text);
        Path to = temp.resolve("team");
        Cli.Result r = run("import", broken.toString(), "--to", to.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).contains("broken.md:33: '性能表现' is scored 7; scores run from 0 to 5")
                .contains("broken.md:61: scenario '日志检索' has no stars").contains("nothing was written");
        assertThat(to).doesNotExist();
    }
}
