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
    void aProposalsJsonAndYamlGiveEachLayerAsItsPickedColumnsAndKeepTheRest() throws Exception {
        JsonNode whole = json("stack", "--scenario", "rag", "--format", "json");
        JsonNode out = json("stack", "--scenario", "rag", "--fields", "layer,choice,weakest", "--format", "json");
        assertThat(out.get("layers")).hasSameSizeAs(whole.get("layers"));
        for (int i = 0; i < whole.get("layers").size(); i++) {
            JsonNode layer = whole.get("layers").get(i);
            JsonNode choice = layer.get("choice");
            assertThat(out.get("layers").get(i).toString()).isEqualTo("{\"layer\":\"" + layer.get("id").asText()
                    + "\",\"choice\":" + (choice.isNull() ? "null" : "\"" + choice.get("id").asText() + "\"")
                    + ",\"weakest\":" + whole.get("weakestLink").get("layer").asText().equals(layer.get("id").asText()) + "}");
        }
        // everything but the layers is as without --fields
        ((com.fasterxml.jackson.databind.node.ObjectNode) whole).remove("layers");
        ((com.fasterxml.jackson.databind.node.ObjectNode) out).remove("layers");
        assertThat(out).isEqualTo(whole);
        Cli.Result yaml = new Cli().run("stack", "--scenario", "rag", "--fields", "layer", "--format", "yaml");
        assertThat(yaml.exit()).isZero();
        assertThat(yaml.out()).contains("layers:\n  - layer: tokenizer\n  - layer: embedding\n");
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
