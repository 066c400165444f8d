package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stack --format mermaid} and {@code stack show --format mermaid} read by Mermaid's own parser (the npm
 * package, run by Node with jsdom), as a wiki would render them. The parser lives outside the repository, in
 * {@code $ADVISOR_MERMAID_DIR} or {@code ~/.cache/advisor-test/mermaid-11.17.2} (where {@code .ci/run} installs
 * it with npm); without Node or that directory the tests are skipped, and say so loudly on stderr.
 */
class MermaidTest {
    private static final String VERSION_DIR = "mermaid-11.17.2";
    private static Path dir;
    private static String skipped;

    @TempDir
    Path temp;

    @BeforeAll
    static void findParser() {
        String configured = System.getenv("ADVISOR_MERMAID_DIR");
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        dir = configured != null && !configured.isBlank() ? Path.of(configured) : base.resolve("advisor-test").resolve(VERSION_DIR);
        if (!Files.isDirectory(dir.resolve("node_modules/mermaid")) || !Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
            skipped = "Mermaid and jsdom are not installed in " + dir + " (npm install --prefix " + dir
                    + " mermaid@11.17.2 jsdom@25.0.1, as .ci/run does)";
        } else if (!nodeRuns()) {
            skipped = "Node is not installed";
        }
        if (skipped != null) {
            System.err.println("WARNING: SKIPPING MermaidTest: " + skipped
                    + "; the Mermaid graphs are NOT checked by Mermaid's parser");
        }
    }

    private static boolean nodeRuns() {
        return advisor.Tools.succeeds("node", "--version");
    }

    /** Mermaid's verdict on each document: "ok <type>" or "error <message>". */
    private static List<String> parse(List<String> documents) throws IOException, InterruptedException {
        Assumptions.assumeTrue(skipped == null, () -> "SKIPPED: " + skipped);
        Path script = dir.resolve("advisor-check.mjs");
        try (InputStream in = MermaidTest.class.getResourceAsStream("/mermaid/check.mjs")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("node", script.toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ObjectMapper json = new ObjectMapper();
        p.getOutputStream().write(json.writeValueAsBytes(documents));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Mermaid check finished").isTrue();
        assertThat(p.exitValue()).as("Mermaid check ran: %s", out).isZero();
        return List.of(json.readValue(out, String[].class));
    }

    private static String mermaid(String... args) {
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out();
    }

    @Test
    void everyBuiltInGraphParses() throws Exception {
        List<String> docs = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            for (String scenario : List.of("rag", "edge-ai", "model-training", "semantic-search")) {
                docs.add(mermaid("stack", "--scenario", scenario, "--format", "mermaid", "--lang", lang));
            }
            for (String stack : List.of("edge-image-recognition", "rag-service", "ml-service")) {
                docs.add(mermaid("stack", "show", stack, "--format", "mermaid", "--lang", lang));
            }
        }
        assertThat(docs.get(0)).startsWith("graph TD\n");
        assertThat(parse(docs)).allSatisfy(r -> assertThat(r).isEqualTo("ok flowchart-v2"));
    }

    @Test
    void catalogTextCannotBreakOutOfItsLabel() throws Exception {
        Path overlay = temp.resolve("overlay");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("stacks.yaml"), """
                stacks:
                  - id: hostile
                    label: {en: Hostile, zh: 恶意}
                    summary: {en: Labels that try to end the node., zh: 试图结束节点的标签。}
                    scenarios: [rag]
                    layers:
                      - {id: a, label: {en: 'Store"] --> X["#quot; <b>bold</b> | pipe', zh: 存储}, categories: [vector-db]}
                      - {id: b, label: {en: "Web %% comment", zh: Web}, categories: [web-framework]}
                    edges:
                      - {from: a, to: b, label: {en: '|"]]> ;; end \u202E', zh: 边}}
                    source: fixture
                """);
        String graph = new Cli().mini("stack", "--scenario", "rag", "--catalog", overlay.toString(), "--format", "mermaid").out();
        assertThat(graph).contains("Store#quot;] --#gt; X[#quot;#35;quot; #lt;b#gt;bold#lt;/b#gt; #124; pipe")
                .doesNotContain("<b>").contains("<U+202E>").doesNotContain("\u202E");
        assertThat(parse(List.of(graph))).containsExactly("ok flowchart-v2");
    }

    @Test
    void theParserRejectsABrokenGraph() throws Exception {
        // the check can fail: an unclosed label is an error
        assertThat(parse(List.of("graph TD\n    L0[\"open\n    L0 --> L1\n"))).singleElement()
                .satisfies(r -> assertThat(r).startsWith("error "));
    }
}
