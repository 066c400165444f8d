package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import advisor.model.Library;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz targets. In a normal test run each replays its committed seed corpus
 * ({@code src/test/resources/advisor/catalog/LoaderFuzzTestInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes (see the README). Nothing may escape but problems in the report.
 */
class LoaderFuzzTest {
    private static final List<String> NAMES = List.of("qdrant", "sea-orm", "turso", "libsql", "RAG 系统", "边缘 AI");

    @FuzzTest(maxDuration = "10m")
    void libraryFileNeverThrows(byte[] data) {
        Problems problems = new Problems();
        YNode root = new YamlReader("fuzz.yaml", problems).read(data);
        if (root != null) {
            Library library = new CatalogBinder(problems).library(root, "fuzz");
            if (library == null) {
                assertThat(problems.hasErrors()).as("a rejected library has a reason").isTrue();
            }
        } else {
            assertThat(problems.hasErrors()).as("an unreadable file has a reason").isTrue();
        }
        for (Problem p : problems.sorted()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.line()).isGreaterThanOrEqualTo(0);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void nameMatchingNeverThrows(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        String key = Names.key(typed);
        assertThat(key).doesNotContain(" ");
        List<String> close = Suggestions.closest(typed, NAMES);
        assertThat(close.size()).isLessThanOrEqualTo(3);
        assertThat(NAMES).containsAll(close);
    }

    @FuzzTest(maxDuration = "2m")
    void optionParsingNeverFailsInternally(FuzzedDataProvider data) {
        int n = data.consumeInt(0, 6);
        String[] args = new String[n + 4];
        args[0] = data.pickValue(new String[] {"list", "show", "recommend", "compare", "validate", "scenarios", "trends"});
        for (int i = 1; i <= n; i++) {
            String a = data.consumeString(24);
            // no file system walks from fuzzed paths; every other option is fair game
            args[i] = a.equals("--catalog") ? "--lang" : a;
        }
        args[n + 1] = "--no-builtin-catalog";
        args[n + 2] = "--catalog";
        args[n + 3] = Cli.MINI.toString();
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isNotEqualTo(1);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
