package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every machine format read back by a real parser: JSON against its JSON Schema, YAML by SnakeYAML
 * (equal to the JSON), CSV by Commons CSV (one record per item), Markdown by CommonMark with GFM
 * tables (a page: a title, and tables whose every line parses as a row). Runs on the built-in catalog and on the fixture catalog.
 */
class FormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String schema, String array, String[] args) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String[] catalog : List.of(new String[0],
                new String[] {"--no-builtin-catalog", "--catalog", Cli.MINI.toString()})) {
            boolean builtin = catalog.length == 0;
            String lib = builtin ? "qdrant" : "alpha";
            String other = builtin ? "lancedb" : "beta";
            cases.add(new Case("list", "libraries", join(catalog, "list")));
            cases.add(new Case("radar", "blips", join(catalog, "radar")));
            cases.add(new Case("show", "items", join(catalog, "show", lib)));
            if (builtin) {
                // spin has figures on which sources disagree, and baselines
                cases.add(new Case("show", "items", join(catalog, "show", "spin")));
                // a quality scenario answered per category, and a library of a category that does not serve it
                cases.add(new Case("recommend", "recommendations", join(catalog, "recommend", "--scenario",
                        "performance-critical", "--why-not", "poem", "--top", "1")));
                cases.add(new Case("recommend", "recommendations", join(catalog, "recommend", "--scenario",
                        "llm-inference", "--why-not", "lancedb")));
                // --explain says why the libraries kept apart are not ranked (notRanked)
                cases.add(new Case("recommend", "recommendations", join(catalog, "recommend", "--scenario",
                        "llm-inference", "--explain")));
                // the stack answers: the list, proposals (one under changed weights, one on a stack that does not
                // serve the scenario), a layout and a reference architecture with figures
                cases.add(new Case("stacks", "stacks", join(catalog, "stacks")));
                cases.add(new Case("stack", "layers", join(catalog, "stack", "--scenario", "edge-ai")));
                cases.add(new Case("stack", "layers", join(catalog, "stack", "--scenario", "rag", "--weight",
                        "performance=3", "--fit-weight", "0.3")));
                cases.add(new Case("stack", "layers", join(catalog, "stack", "--scenario", "semantic-search", "--stack",
                        "edge-image-recognition")));
                cases.add(new Case("stack", "layers", join(catalog, "stack", "--scenario", "model-training")));
                cases.add(new Case("stack-show", "layers", join(catalog, "stack", "show", "rag-service")));
                cases.add(new Case("stack-show", "layers", join(catalog, "stack", "show", "ml-service")));
            }
            cases.add(new Case("recommend", "recommendations", join(catalog, "recommend", "--scenario", "rag", "--explain")));
            cases.add(new Case("compare", "rows", join(catalog, "compare", lib, other)));
            cases.add(new Case("recommend", "recommendations",
                    join(catalog, "recommend", "--scenario", "rag", "--weight", "performance=10", "--explain")));
            cases.add(new Case("compare", "rows", join(catalog, "compare", lib, other, "--weight", "performance=10")));
            cases.add(new Case("validate", "problems", join(catalog, "validate", "--as-of", "2026-11-24")));
            for (String ref : List.of("dimensions", "scenarios", "categories", "profiles", "trends", "sources")) {
                cases.add(new Case(ref, ref, join(catalog, ref)));
            }
        }
        // a team's placements beside the ring policy, and a category that no quadrant holds
        cases.add(new Case("radar", "blips", new String[] {"radar", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(),
            "--catalog", "src/test/resources/radar-team"}));
        // diff: every kind of change (ring, score, tier, fact from a later review; added and removed between radar editions)
        String[] mini = {"--no-builtin-catalog", "--catalog", Cli.MINI.toString()};
        cases.add(new Case("diff", "changes", join(mini, "diff", Cli.MINI.toString(), "src/test/resources/diff-next")));
        cases.add(new Case("diff", "changes", join(mini, "diff", "src/test/resources/radar-team", Cli.MINI.toString())));
        cases.add(new Case("diff", "changes", new String[] {"diff", "src/test/resources/radar/byor/radar-2025-01.csv",
            "src/test/resources/radar/byor/radar-2024-03.csv"}));
        cases.add(new Case("validate", "problems", new String[] {"validate", "--catalog", "src/test/resources/team-stale",
            "--as-of", "2026-11-24"}));
        cases.add(new Case("validate", "problems", new String[] {"validate", "--all", "--catalog",
            "src/test/resources/team-stale", "--as-of", "2026-11-24"}));
        return cases.stream();
    }

    private static String[] join(String[] catalog, String... args) {
        String[] all = Arrays.copyOf(args, args.length + catalog.length);
        System.arraycopy(catalog, 0, all, args.length, catalog.length);
        return all;
    }

    private static Cli.Result run(Case c, String format) {
        String[] args = Arrays.copyOf(c.args(), c.args().length + 2);
        args[args.length - 2] = "--format";
        args[args.length - 1] = format;
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isIn(0, 3);
        assertThat(r.out()).as("no escape codes in %s", format).doesNotContain("\u001b");
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonMatchesItsSchemaAndYamlSaysTheSame(Case c) throws Exception {
        JsonNode json = JSON.readTree(run(c, "json").out());
        try (InputStream in = FormatsTest.class.getResourceAsStream("/schemas/" + c.schema() + ".schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<ValidationMessage> errors = schema.validate(json);
            assertThat(errors).as("schema errors").isEmpty();
        }
        // read by SnakeYAML's YAML 1.1 resolver, the strictest common reader: dates, yes/no and numbers-as-text stay text
        JsonNode yaml = JSON.valueToTree(new Yaml().load(run(c, "yaml").out()));
        assertThat(yaml).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void csvReadsBackAsOneRecordPerRow(Case c) throws Exception {
        String csv = run(c, "csv").out();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> records = parser.getRecords();
            String tsv = run(c, "tsv").out();
            assertThat(tsv.split("\n", -1)).hasSize(records.size() + 2);
            if (c.schema().equals("list")) {
                JsonNode json = JSON.readTree(run(c, "json").out());
                assertThat(records).hasSize(json.get("libraries").size());
                for (int i = 0; i < records.size(); i++) {
                    assertThat(records.get(i).get("id")).isEqualTo(json.get("libraries").get(i).get("id").asText());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdownIsAPageWhoseTableLinesAllParseAsTables(Case c) {
        String md = run(c, "markdown").out();
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(parser.parse(md));
        int tables = html.split("<table>", -1).length - 1;
        assertThat(html.split("<thead>", -1)).hasSize(tables + 1);
        // every line that starts with a pipe is a row of a table: the rows plus one delimiter line per table
        long pipeLines = md.lines().filter(l -> l.startsWith("|")).count();
        assertThat(html.split("<tr>", -1).length - 1 + tables).as(md).isEqualTo((int) pipeLines);
    }
}
