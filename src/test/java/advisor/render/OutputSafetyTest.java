package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import advisor.model.Invisible;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Catalog text that would be unsafe printed raw (src/test/resources/unsafe-text: a formula, bidirectional
 * overrides and isolates, zero-width characters, a byte-order mark, a line separator) comes out
 * neutralised in every format: no control, bidirectional or invisible character raw, no cell a
 * spreadsheet would run.
 */
class OutputSafetyTest {
    private static Cli.Result run(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "--catalog",
            "src/test/resources/unsafe-text"}, 0, all, args.length, 5);
        Cli.Result r = new Cli().run(all);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    // a Mermaid graph is drawn by the stack commands only; MermaidTest checks that catalog text stays in its label
    @ParameterizedTest
    @EnumSource(value = Format.class, mode = EnumSource.Mode.EXCLUDE, names = {"ADR", "SVG", "HTML", "MERMAID"}) // not views of every answer
    void noControlBidiOrInvisibleCharacterComesOutRaw(Format format) {
        for (List<String> command : List.of(List.of("show", "sneaky"), List.of("list"))) {
            // list offers the data formats; show also draws its chart and page (no decision record)
            if (!format.everywhere() && (command.get(0).equals("list") || format == Format.ADR)) {
                continue;
            }
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--format", format.id()));
            String out = run(args.toArray(String[]::new)).out();
            assertThat(out).contains("Sneaky");
            out.codePoints().forEach(cp -> assertThat(Character.isISOControl(cp) && cp != '\n' && cp != '\t'
                    && !(cp == '\r' && format == Format.CSV) || Invisible.is(cp))
                    .as("U+%04X raw in %s", cp, format).isFalse());
        }
    }

    @Test
    void textFormatsShowTheCharactersAsMarksAndDataFormatsEscapeThem() {
        assertThat(run("show", "sneaky").out()).contains("access <U+202E>resu<U+202C> level; zero<U+200B>width");
        assertThat(run("show", "sneaky", "-o", "tsv").out()).contains("<U+202E>resu<U+202C>").contains("line\\nbreak");
        assertThat(run("show", "sneaky", "-o", "markdown").out()).contains("\\<U+202E\\>resu");
        assertThat(run("show", "sneaky", "-o", "json").out()).contains("access \\u202Eresu\\u202C level; zero\\u200Bwidth")
                .contains("line\\u2028break; tag\\uDB40\\uDC41; beam\\uD834\\uDD73");
        assertThat(run("show", "sneaky", "-o", "yaml").out()).contains("\"access \\u202Eresu\\u202C level;");
    }

    @Test
    void formulaCellsAreNeutralisedInCsvAndTsv() throws Exception {
        String csv = run("list", "--format", "csv", "--fields", "id,summary").out();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build())) {
            assertThat(parser.getRecords().stream().filter(r -> r.get("id").equals("sneaky")).map(CSVRecord::toList))
                    .containsExactly(List.of("sneaky", "'=HYPERLINK(\"http://example.com\",\"click\")"));
        }
        String tsv = run("list", "--format", "tsv", "--fields", "id,summary", "--lang", "zh").out();
        assertThat(tsv.lines()).contains("sneaky\t'+1+2 公式");
        String notes = run("show", "sneaky", "--format", "tsv", "--lang", "zh").out();
        assertThat(notes.lines()).anySatisfy(l -> assertThat(l).startsWith("notes\t\t'-2+3\t"));
    }

    @Test
    void tsvNeutralisesEveryFormulaStartButLeavesNumbersAlone() {
        Rows rows = new Rows("r", List.of("text", "number"));
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            rows.add(s, new BigDecimal("-1.5"));
        }
        rows.add("plain", 2);
        assertThat(TabularRenderer.tsv(rows)).isEqualTo("text\tnumber\n'=1+1\t-1.5\n'+1\t-1.5\n'-1\t-1.5\n'@SUM(A1)\t-1.5\n"
                + "'\\t=1\t-1.5\n'\\r=1\t-1.5\nplain\t2\n");
        assertThat(TabularRenderer.csv(rows)).startsWith("text,number\r\n'=1+1,-1.5\r\n");
    }

    @Test
    void escapeSequencesInAnyTextBecomeMarks() {
        Rows rows = new Rows("r", List.of("text"));
        rows.add("\u001b[31mred\u009b");
        for (String out : List.of(TabularRenderer.csv(rows), TabularRenderer.tsv(rows), MarkdownRenderer.page(new Doc().table(new Doc.TableBuilder().column("text").row("\u001b[31mred\u009b").build())))) {
            assertThat(out).doesNotContain("\u001b").doesNotContain("\u009b").contains("U+001B").contains("U+009B");
        }
        assertThat(DataRenderer.json(Map.of("text", "\u001b\u009b\u202e"))).contains("\"\\u001B\\u009B\\u202E\"");
        // beyond the Basic Multilingual Plane: a tag is escaped as its surrogate pair, an emoji stays as it is
        assertThat(DataRenderer.json(Map.of("text", "a\uD83D\uDE00b\uDB40\uDC01"))).contains("\"a\uD83D\uDE00b\\uDB40\\uDC01\"");
        assertThat(DataRenderer.jsonLine(Map.of("text", "\uD834\uDD73"))).isEqualTo("{\"text\":\"\\uD834\\uDD73\"}\n");
    }
}
