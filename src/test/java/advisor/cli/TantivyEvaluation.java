package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The evaluation of tantivy that the {@code add} and {@code import} tests write (from options, at a prompt or from the
 * team's document): the numbers {@code show --format json} must give back.
 */
final class TantivyEvaluation {
    private TantivyEvaluation() {
    }

    /** Asserts the seven dimension scores, the reported composite and tier, and the given scenario ratings (id=stars). */
    static void assertScored(JsonNode library, String... scenarios) {
        assertThat(library.get("dimensions")).extracting(d -> d.get("id").asText() + "=" + d.get("score").asDouble())
                .containsExactly("stability=3.5", "community=4.5", "documentation=4.0", "production=4.5",
                        "performance=5.0", "ecosystem=3.5", "maintenance=5.0");
        assertThat(library.get("reported").get("score").asDouble()).isEqualTo(4.3);
        assertThat(library.get("reported").get("tier").asText()).isEqualTo("production-ready");
        assertThat(library.get("scenarios")).extracting(s -> s.get("id").asText() + "=" + s.get("stars").asText())
                .contains(scenarios);
    }
}
