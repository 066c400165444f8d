package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped catalog says only what its sources say: claims an audit found without a source stay
 * out (in both languages), categories name what a library is, and scenario relations do not pass a
 * rating on to an unrelated scenario. The phrases are copied by hand from the audit into
 * {@code claims/unsourced.csv}, so the test needs no access to the source documents.
 */
class ShippedClaimsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    /** Every text of the library's {@code show} page in one language, lower-cased. */
    private static String shown(String id, String lang) throws Exception {
        return json("show", id, "--format", "json", "--lang", lang).get("library").toString().toLowerCase();
    }

    @ParameterizedTest(name = "{0} never says \"{1}\" / \"{2}\"")
    @CsvFileSource(files = "src/test/resources/claims/unsourced.csv", delimiter = '|', numLinesToSkip = 1)
    void claimsWithoutASourceStayOut(String id, String en, String zh) throws Exception {
        assertThat(shown(id, "en")).doesNotContain(en.trim());
        assertThat(shown(id, "zh")).doesNotContain(zh.trim());
    }

    @Test
    void polarsOnlyTriesToBeThreadSafeAsTheSurveySays() throws Exception {
        assertThat(shown("polars", "en")).contains("tries to read, write");
        assertThat(shown("polars", "zh")).contains("力求");
    }

    @Test
    void lanceIsNotAnAliasOfLancedb() {
        Cli.Result r = new Cli().run("show", "lance");
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).contains("lancedb");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"rbpf, virtual-machine", "redbpf, operating-system", "koto, graphics"})
    void categoryNamesWhatTheLibraryIs(String id, String category) throws Exception {
        assertThat(json("show", id, "--format", "json").get("library").get("category").asText()).isEqualTo(category);
    }

    /** A web framework's "learning" rating is no deep-learning evidence; edge AI is not "many back ends". */
    @ParameterizedTest(name = "{0} leaves out {1}")
    @CsvSource({"dl-research, pavex", "learning-research, burn", "cross-platform, lancedb"})
    void noRatingPassesToAnUnrelatedScenario(String scenario, String id) throws Exception {
        List<String> related = new ArrayList<>();
        json("recommend", "--scenario", scenario, "--top", "1000", "--format", "json").get("recommendations")
                .forEach(r -> {
                    if (r.get("fitKind").asText().equals("related")) {
                        related.add(r.get("id").asText());
                    }
                });
        assertThat(related).doesNotContain(id);
    }

    /** Issue 19's claims: a domain scenario ranks only the categories that serve it. */
    @Test
    void llmInferenceRanksOnlyMlFrameworks() throws Exception {
        JsonNode data = json("recommend", "--scenario", "llm-inference", "--top", "1000", "--format", "json");
        List<String> categories = new ArrayList<>();
        data.get("recommendations").forEach(r -> categories.add(r.get("category").asText()));
        data.get("alsoConsider").forEach(r -> categories.add(r.get("category").asText()));
        assertThat(categories).isNotEmpty().containsOnly("ml-framework");
        List<String> related = new ArrayList<>();
        data.get("related").forEach(r -> related.add(r.get("id").asText()));
        assertThat(related).contains("lancedb");
    }

    @Test
    void restfulApiRanksWebFrameworksAboveEdgePlatforms() throws Exception {
        JsonNode data = json("recommend", "--scenario", "restful-api", "--top", "1000", "--format", "json");
        List<String> categories = new ArrayList<>();
        data.get("recommendations").forEach(r -> categories.add(r.get("category").asText()));
        assertThat(categories).isNotEmpty().containsOnly("web-framework");
    }

    @Test
    void everyShippedScenarioSaysItsKind() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("catalog/scenarios.yaml"));
        assertThat(text.split("\\n  - id: ", -1).length - 1).isEqualTo(text.split("\\n    kind: ", -1).length - 1);
    }
}
