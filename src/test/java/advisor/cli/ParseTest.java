package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import advisor.model.Lang;
import advisor.report.LibraryList;
import advisor.render.Format;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Parsing alone, per command: arguments in, typed option values out (what the command will see, given or
 * default), and bad values refused with the message the user gets. Nothing runs: the behaviour of the
 * commands is tested elsewhere. Values are read through picocli's model by option name.
 */
class ParseTest {
    private static ParseResult parse(String... args) {
        Env env = Env.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                () -> Cli.TODAY, InputStream.nullInputStream());
        return new Main(env).parse(args);
    }

    /** The value the command gets for an option (or a positional, by its index), given or default. */
    private static Object value(ParseResult r, String option) {
        CommandLine.Model.CommandSpec spec = r.subcommand().commandSpec();
        return option.startsWith("-") ? spec.findOption(option).getValue()
                : spec.positionalParameters().get(Integer.parseInt(option)).getValue();
    }

    /** The message of the usage error an option value gets, as the user reads it (after "advisor: "). */
    private static String refused(String... args) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> parse(args)).isInstanceOf(ParameterException.class).satisfies(e -> caught[0] = e);
        Throwable cause = caught[0].getCause();
        return cause instanceof AdvisorException a ? a.getMessage() : caught[0].getMessage();
    }

    @Test
    void commonOptionsHaveTheirDefaultsEverywhere() {
        ParseResult r = parse("list");
        assertThat(value(r, "--format")).isEqualTo(Format.TABLE);
        assertThat(value(r, "--lang")).isNull(); // from the environment
        assertThat(value(r, "--as-of")).isNull(); // today
        assertThat(value(r, "--catalog")).isEqualTo(List.of());
        assertThat(value(r, "--no-builtin-catalog")).isEqualTo(false);
        assertThat(value(r, "--fields")).isNull();
    }

    @Test
    void commonOptionsBeforeAndAfterTheCommandReachIt() {
        ParseResult before = parse("--lang", "ZH", "-o", "json", "--as-of", "2025-01-31", "--catalog", "a", "show", "x");
        ParseResult after = parse("show", "x", "--lang=zh", "-ojson", "--as-of=2025-01-31", "--catalog=a");
        for (ParseResult r : List.of(before, after)) {
            assertThat(value(r, "--lang")).isEqualTo(Lang.ZH);
            assertThat(value(r, "--format")).isEqualTo(Format.JSON);
            assertThat(value(r, "--as-of")).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(value(r, "--catalog")).isEqualTo(List.of(Path.of("a")));
        }
        ParseResult both = parse("--catalog", "a", "list", "--catalog", "b", "--fields", "id,score");
        assertThat(value(both, "--catalog")).isEqualTo(List.of(Path.of("a"), Path.of("b")));
        assertThat(value(both, "--fields")).isEqualTo(List.of("id", "score"));
        ParseResult more = parse("--catalog", "a", "--catalog=c", "--fields", "id,name", "list", "--catalog", "b", "--fields", "score");
        assertThat(value(more, "--catalog")).isEqualTo(List.of(Path.of("a"), Path.of("c"), Path.of("b")));
        assertThat(value(more, "--fields")).isEqualTo(List.of("id", "name", "score"));
    }

    @Test
    void commonOptionValuesAreChecked() {
        assertThat(refused("list", "--format", "xml")).isEqualTo("invalid value for --format: 'xml'; valid: table, json, yaml, csv, tsv, markdown, adr, svg, html, mermaid");
        assertThat(refused("--lang", "fr", "list")).isEqualTo("invalid value for --lang: 'fr'; valid: en, zh");
        assertThat(refused("list", "--as-of", "24/11/2026")).isEqualTo("invalid value for --as-of: '24/11/2026'; expected a date YYYY-MM-DD");
        assertThat(refused("list", "--format")).contains("Missing required parameter for option '--format'");
    }

    @Test
    void list() {
        ParseResult r = parse("list", "--category", "vector-db", "--scenario", "rag", "--tier", "mature", "--trend", "t",
                "--scored", "--profile", "production", "--sort", "First-Release");
        assertThat(value(r, "--category")).isEqualTo("vector-db");
        assertThat(value(r, "--scenario")).isEqualTo("rag");
        assertThat(value(r, "--tier")).isEqualTo("mature");
        assertThat(value(r, "--trend")).isEqualTo("t");
        assertThat(value(r, "--scored")).isEqualTo(true);
        assertThat(value(r, "--profile")).isEqualTo("production");
        assertThat(value(r, "--sort")).isEqualTo(LibraryList.Sort.FIRST_RELEASE);
        assertThat(value(parse("list"), "--sort")).isEqualTo(LibraryList.Sort.SCORE);
        assertThat(value(parse("list"), "--profile")).isEqualTo("balanced");
        assertThat(refused("list", "--sort", "age")).isEqualTo("invalid value for --sort: 'age'; valid: score, name, stars, first-release");
    }

    @Test
    void show() {
        ParseResult r = parse("show", "Qdrant", "--profile", "production");
        assertThat(value(r, "0")).isEqualTo("Qdrant");
        assertThat(value(r, "--profile")).isEqualTo("production");
        assertThat(refused("show")).contains("Missing required parameter: 'LIB'");
        assertThat(refused("show", "a", "b")).contains("Unmatched argument");
    }

    @Test
    void recommend() {
        ParseResult r = parse("recommend", "-s", "rag", "--top", " 3", "--category", "vector-db", "--min-tier", "mature",
                "--fit-weight", "0.25", "--explain", "--why-not", "chroma", "--profile", "production",
                "--weight", "stability=3", "--weight", "community=0");
        assertThat(value(r, "--scenario")).isEqualTo("rag");
        assertThat(value(r, "--top")).isEqualTo(3);
        assertThat(value(r, "--category")).isEqualTo("vector-db");
        assertThat(value(r, "--min-tier")).isEqualTo("mature");
        assertThat(value(r, "--fit-weight")).isEqualTo(0.25);
        assertThat(value(r, "--explain")).isEqualTo(true);
        assertThat(value(r, "--why-not")).isEqualTo("chroma");
        assertThat(value(r, "--profile")).isEqualTo("production");
        assertThat(value(r, "--weight")).isEqualTo(List.of("stability=3", "community=0"));
        ParseResult defaults = parse("recommend", "--scenario", "rag");
        assertThat(value(defaults, "--top")).isEqualTo(10);
        assertThat(value(defaults, "--fit-weight")).isEqualTo(0.5);
        assertThat(value(defaults, "--explain")).isEqualTo(false);
    }

    @Test
    void recommendRangesAreChecked() {
        assertThat(refused("recommend", "-s", "rag", "--top", "0")).isEqualTo("invalid value for --top: '0'; expected a whole number from 1 to 10000");
        assertThat(refused("recommend", "-s", "rag", "--top", "10001")).isEqualTo("invalid value for --top: '10001'; expected a whole number from 1 to 10000");
        assertThat(refused("recommend", "-s", "rag", "--top", "2.5")).isEqualTo("invalid value for --top: '2.5'; expected a whole number from 1 to 10000");
        assertThat(refused("recommend", "-s", "rag", "--fit-weight", "1.01")).isEqualTo("invalid value for --fit-weight: '1.01'; expected a number from 0 to 1");
        assertThat(refused("recommend", "-s", "rag", "--fit-weight", "NaN")).isEqualTo("invalid value for --fit-weight: 'NaN'; expected a number from 0 to 1");
        assertThat(value(parse("recommend", "-s", "rag", "--top", "10000", "--fit-weight", "0"), "--top")).isEqualTo(10_000);
        assertThat(refused("recommend")).contains("Missing required option: '--scenario=SCENARIO'");
    }

    @Test
    void compare() {
        ParseResult r = parse("compare", "candle", "burn", "tract", "--profile", "research", "--weight", "stability=2");
        assertThat(value(r, "0")).isEqualTo(List.of("candle", "burn", "tract"));
        assertThat(value(r, "--profile")).isEqualTo("research");
        assertThat(value(r, "--weight")).isEqualTo(List.of("stability=2"));
        assertThat(refused("compare", "candle")).contains("LIB");
    }

    @Test
    void validate() {
        ParseResult r = parse("validate", "--strict", "--all", "--as-of", "2025-11-01");
        assertThat(value(r, "--strict")).isEqualTo(true);
        assertThat(value(r, "--all")).isEqualTo(true);
        assertThat(value(r, "--as-of")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(value(parse("validate"), "--strict")).isEqualTo(false);
    }

    @Test
    void add() {
        ParseResult r = parse("add", "--id", "x", "--fact", " version = 0.3.0 (2025-10)", "--fact", "homepage=https://x.dev",
                "--score", "stability=3.5:Still 0.x: young", "--score", "community=4", "--scenario", "rag=4:Good fit",
                "--composite", "4.1", "--tier", "production ready", "--strength", "Fast", "--strength", "Small");
        assertThat(value(r, "--fact")).isEqualTo(List.of(new Args.Pair("version", " 0.3.0 (2025-10)", null),
                new Args.Pair("homepage", "https://x.dev", null)));
        assertThat(value(r, "--score")).isEqualTo(List.of(new Args.Pair("stability", "3.5", "Still 0.x: young"),
                new Args.Pair("community", "4", null)));
        assertThat(value(r, "--scenario")).isEqualTo(List.of(new Args.Pair("rag", "4", "Good fit")));
        assertThat(value(r, "--composite")).isEqualTo("4.1");
        assertThat(value(r, "--strength")).isEqualTo(List.of("Fast", "Small"));
        assertThat(value(parse("add"), "--fact")).isEqualTo(List.of());
        assertThat(refused("add", "--fact", "version")).isEqualTo("--fact takes KEY=VALUE, not 'version'");
        assertThat(refused("add", "--score", "=4")).isEqualTo("--score takes DIM=N[:NOTE], not '=4'");
        assertThat(refused("add", "--scenario", "rag:4")).isEqualTo("--scenario takes S=STARS[:NOTE], not 'rag:4'");
    }

    @Test
    void referenceListings() {
        for (String name : List.of("scenarios", "categories", "dimensions", "profiles", "trends", "sources")) {
            ParseResult r = parse(name, "-o", "yaml", "--lang", "en");
            assertThat(r.subcommand().commandSpec().name()).isEqualTo(name);
            assertThat(value(r, "--format")).isEqualTo(Format.YAML);
            assertThat(refused(name, "extra")).as(name).contains("Unmatched argument");
        }
    }

    @Test
    void shellCompletionManAndHelp() {
        assertThat(value(parse("shell", "--lang", "zh"), "--lang")).isEqualTo(Lang.ZH);
        assertThat(value(parse("completion", "zsh"), "0")).isEqualTo("zsh");
        assertThat(refused("completion")).contains("SHELL");
        assertThat(parse("man").subcommand().commandSpec().name()).isEqualTo("man");
        assertThat(value(parse("help", "recommend"), "0")).isEqualTo("recommend");
    }

    @Test
    void unknownOptionsAndCommandsAreRefused() {
        assertThat(refused("list", "--colour")).contains("Unknown option: '--colour'");
        assertThat(refused("lst")).contains("Unmatched argument at index 0: 'lst'");
        assertThat(refused("--top", "3", "recommend", "-s", "rag")).contains("Unknown options: '--top', '3'");
    }
}
