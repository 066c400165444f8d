package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code --fields} picks from an answer's declared records and keeps the rest of its shape in every data format. */
class FieldsSelectionTest {
    private static JsonNode json(String... args) throws Exception {
        return new Cli().json(args);
    }

    @Test
    void showKeepsTheLibraryObjectWithThePickedFieldsInOrder() {
        Cli.Result r = new Cli().run("show", "qdrant", "--fields", "id,score,tier", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                {
                  "schemaVersion" : 1,
                  "library" : {
                    "id" : "qdrant",
                    "score" : 5.00,
                    "tier" : "industry-standard"
                  }
                }
                """);
    }

    @Test
    void showAcceptsAScoreAlone() {
        Cli.Result r = new Cli().run("show", "qdrant", "--fields", "score", "--format", "csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("score\r\n5.00\r\n");
    }

    @Test
    void listKeepsItsContextAndNarrowsEachLibrary() throws Exception {
        JsonNode out = json("list", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "--fields", "id,tier",
                "--format", "json");
        assertThat(out.get("profile").asText()).isEqualTo("balanced");
        assertThat(out.get("count").asInt()).isEqualTo(4);
        assertThat(out.get("libraries").get(0).toString()).isEqualTo("{\"id\":\"alpha\",\"tier\":\"production-ready\"}");
    }

    @Test
    void compareNarrowsItsLibrariesAndKeepsItsOtherParts() throws Exception {
        JsonNode out = json("compare", "candle", "burn", "--fields", "id,score", "--format", "json");
        assertThat(out.get("libraries").toString()).isEqualTo("[{\"id\":\"candle\",\"score\":4.43},{\"id\":\"burn\",\"score\":4.14}]");
        assertThat(out.get("pairs").get(0).get("summary").asText()).startsWith("Candle leads on");
    }

    @Test
    void anUnknownFieldExitsTwoListingTheValidOnes() {
        Cli.Result r = new Cli().run("recommend", "--scenario", "rag", "--fields", "rank,nme");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown field 'nme'", "did you mean 'name'", "valid fields: rank, group, groupRank, id, name");
    }

    @Test
    void theTableLabelsThePickedColumnsInTheChosenLanguage() {
        Cli.Result r = new Cli().run("list", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "--fields",
                "id,score", "--lang", "zh");
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("评分");
    }
}
