package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisor add} from options and at a scripted terminal: the file it writes validates and shows what was given. */
class AddCommandTest {
    @TempDir
    Path temp;

    private static final String[] SCORES = {"--score", "stability=3.5:Still 0.x", "--score", "community=4.5",
        "--score", "documentation=4.0", "--score", "production=4.5", "--score", "performance=5.0",
        "--score", "ecosystem=3.5", "--score", "maintenance=5.0"};

    private String[] add(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("add", "--lang", "en", "--to", temp.resolve("team").toString(),
                "--id", "tantivy", "--name", "Tantivy", "--category", "Vector database", "--summary",
                "Full-text search library.", "--source", "eval-2025", "--date", "2026-11-20",
                "--fact", "version=0.22.0 (2025-06)", "--fact", "stars=12,000+", "--composite", "4.3", "--tier",
                "production ready", "--scenario", "semantic-search=3:Pair it with vectors", "--strength", "Fast queries"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void fromOptionsWritesOneValidFileAndPrintsIt() throws Exception {
        Cli.Result r = new Cli().run(add(SCORES));
        assertThat(r.exit()).as("%s", r).isZero();
        Path file = temp.resolve("team/libraries/tantivy.yaml");
        assertThat(r.out()).isEqualTo(Files.readString(file));
        assertThat(r.err()).contains("wrote " + file + ": 0 errors, 0 warnings");
        assertThat(Files.list(temp.resolve("team"))).containsExactly(temp.resolve("team/libraries"));
        assertShown(temp.resolve("team"));
        assertThat(new Cli().run("validate", "--catalog", temp.resolve("team").toString()).exit()).isZero();
    }

    /** A value not in its option's form is a usage error, in the language of the run, before anything is read or written. */
    @Test
    void aValueNotInItsFormIsRefusedInTheLanguageOfTheRun() {
        Cli.Result en = new Cli().run(add("--score", "stability"));
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("advisor: --score takes DIM=N[:NOTE], not 'stability'\n");
        Cli.Result zh = new Cli().run("add", "--lang", "zh", "--scenario", "rag");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("advisor: --scenario 的格式是 S=STARS[:NOTE]，而不是“rag”\n");
        assertThat(temp.resolve("team")).doesNotExist();
    }

    /** Everything given comes back through {@code show --format json}. */
    private static void assertShown(Path catalog) throws Exception {
        Cli.Result show = new Cli().run("show", "tantivy", "--catalog", catalog.toString(), "--format", "json");
        assertThat(show.exit()).as("%s", show).isZero();
        JsonNode lib = new ObjectMapper().readTree(show.out()).get("library");
        assertThat(lib.get("category").asText()).isEqualTo("vector-db");
        TantivyEvaluation.assertScored(lib, "semantic-search=3");
        assertThat(show.out()).contains("\"0.22.0\"", "\"2025-06\"", "\"12,000+\"", "Fast queries", "Still 0.x");
    }

    @Test
    void neverReplacesAFileWithoutForce() throws Exception {
        assertThat(new Cli().run(add(SCORES)).exit()).isZero();
        Path file = temp.resolve("team/libraries/tantivy.yaml");
        String first = Files.readString(file);
        Cli.Result again = new Cli().run(add(SCORES));
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(file + " exists; --force replaces it");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(new Cli().run(add(concat(SCORES, "--force", "--strength", "Small"))).exit()).isZero();
        assertThat(Files.readString(file)).contains("Small");
    }

    @Test
    void refusesBadAnswersNamingTheOptionAndWritesNothing() {
        for (String[] bad : List.of(concat(SCORES, "--score", "stability=7"), new String[] {"--score", "stability=4"},
                concat(SCORES, "--scenario", "rag=6"), concat(SCORES, "--category", "nosuch"))) {
            Cli.Result r = new Cli().run(add(bad));
            assertThat(r.exit()).as("%s", r).isEqualTo(2);
            assertThat(temp.resolve("team/libraries/tantivy.yaml")).doesNotExist();
        }
        assertThat(new Cli().run(add(concat(SCORES, "--score", "stability=7"))).err())
                .contains("--score: '7' is not a score: a number from 0 to 5 (4.5)");
        assertThat(new Cli().run(add("--score", "stability=4")).err())
                .contains("an evaluation scores all seven dimensions or none; missing: community, documentation");
    }

    @Test
    void refusesWhatTheLoaderWouldRefuseAnIdTooLongAndAMonthThatIsNone() {
        String[] longId = add(SCORES);
        longId[List.of(longId).indexOf("--id") + 1] = "t".repeat(65);
        Cli.Result r = new Cli().run(longId);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("is not an id: lower-case letters, digits and hyphens, starting with a letter or digit,"
                + " at most 64 characters");
        String[] badMonth = add(concat(SCORES, "--fact", "downloads=1,000 (2025-13)"));
        r = new Cli().run(badMonth);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("'2025-13' is not a date");
        assertThat(temp.resolve("team/libraries")).doesNotExist();
        String[] farYear = add(SCORES);
        farYear[List.of(farYear).indexOf("--date") + 1] = "+10000-01-01";
        r = new Cli().run(farYear);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(temp.resolve("team/libraries")).doesNotExist();
        String[] longest = add(SCORES);
        longest[List.of(longest).indexOf("--id") + 1] = "t".repeat(64);
        assertThat(new Cli().run(longest).exit()).isZero();
    }

    @Test
    void atATerminalPromptsCompleteNamesAndAskAgainAfterABadAnswer() throws Exception {
        List<String> typed = List.of("tantivy\r", "Tantivy\r", "\r", "vecto\t\r", "quickwit-oss/tantivy\r",
                "Full-text search library.\r", "eval-\t\r", "2026-11-20\r", "0.22.0 (2025-06)\r", "\r", "12,000+\r", "\r",
                "7\r", "3.5\r", "Still 0.x\r", "4.5\r", "\r", "4.0\r", "\r", "4.5\r", "\r", "5.0\r", "\r", "3.5\r", "\r",
                "5.0\r", "\r", "4.3\r", "production-r\t\r", "semantic-s\t\r", "3\r", "Pair it with vectors\r", "\r",
                "Fast queries\r", "\r", "\r");
        String screen = interact(typed, 0, "add", "--lang", "en", "--to", temp.resolve("team").toString());
        assertThat(screen).contains("Category (Tab completes): vector-db", "Source of everything below (Tab completes): eval-2025",
                "'7' is not a score: a number from 0 to 5 (4.5)", "production-ready");
        Path file = temp.resolve("team/libraries/tantivy.yaml");
        assertThat(file).exists();
        assertShown(temp.resolve("team"));
    }

    @Test
    void ctrlDAtAPromptWritesNothing() throws Exception {
        interact(List.of("tantivy\r", "Tantivy\r", "\u0004"), 2, "add", "--lang", "en", "--to", temp.resolve("team").toString());
        assertThat(temp.resolve("team/libraries/tantivy.yaml")).doesNotExist();
    }

    /** Runs advisor on a scripted terminal: each line is typed once the screen shows a new prompt (ending ": "). */
    private String interact(List<String> typed, int exit, String... args) throws Exception {
        ScriptedTerminal.Run run = ScriptedTerminal.run(Map.of(), typed,
                (screen, line) -> screen.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").endsWith(": "), Map.of(), "add",
                (add, terminal) -> ((AddCommand) add).terminal = terminal, args);
        assertThat(run.exit()).as("stderr: %s\nscreen: %s", run.err(), run.screen()).isEqualTo(exit);
        return run.screen();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
