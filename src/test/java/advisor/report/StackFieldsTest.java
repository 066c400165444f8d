package advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code --fields} on the stack answers is checked against their declarations and narrows only their listed records. */
class StackFieldsTest {
    private static JsonNode json(String... args) throws Exception {
        return new Cli().json(args);
    }

    @Test
    void anUnknownFieldOfAProposalExitsTwoListingTheDeclaredRows() {
        Cli.Result r = new Cli().run("stack", "--scenario", "model-training", "--fields", "layer,weekest");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown field 'weekest'", "did you mean 'weakest'",
                "valid fields: " + String.join(", ", StackProposal.ProposedLayer.ROW.names()));
        assertThat(StackProposal.ProposedLayer.ROW.names()).containsExactly("layer", "label", "choice", "name", "category",
                "rankInLayer", "decisionScore", "fit", "maturity", "tier", "worksWith", "weakest", "why");
    }

    @Test
    void stacksNarrowsEachStackAndKeepsItsVersion() throws Exception {
        JsonNode out = json("stacks", "--fields", "id,kind", "--format", "json");
        assertThat(out.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(out.get("stacks").get(0).toString()).isEqualTo("{\"id\":\"edge-image-recognition\",\"kind\":\"reference\"}");
    }

    @Test
    void stacksRejectsAFieldItDoesNotDeclare() {
        Cli.Result r = new Cli().run("stacks", "--fields", "id,layer");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown field 'layer'",
                "valid fields: id, label, kind, scenarios, layers, figures, source, summary");
    }

    @Test
    void stackShowNarrowsItsLayersAndKeepsTheRestOfTheStack() throws Exception {
        JsonNode out = json("stack", "show", "rag-service", "--fields", "id,choice", "--format", "json");
        assertThat(out.get("stack").get("id").asText()).isEqualTo("rag-service");
        assertThat(out.get("stack").has("edges")).isTrue();
        JsonNode layer = out.get("stack").get("layers").get(0);
        assertThat(layer.size()).isEqualTo(2);
        assertThat(layer.has("id") && layer.has("choice")).isTrue();
    }

    @Test
    void aProposalCsvWithFieldsHasJustThoseColumns() {
        Cli.Result r = new Cli().run("stack", "--scenario", "edge-ai", "--fields", "layer,choice", "--format", "csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("layer,choice\r\n");
        assertThat(r.out().lines().skip(1)).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(2));
    }
}
