package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.catalog.CatalogLoader;
import advisor.model.Catalog;
import advisor.render.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in command at every width from 40 to 160 columns, in English and Chinese: no id of the
 * catalog is split across lines (each appears whole as often as on an unlimited line), and no line is
 * wider than the terminal unless one word that cannot be broken (an id, a number) forces it.
 */
class TableWrappingTest {
    private static final Catalog CATALOG = CatalogLoader.load(List.of(), true, Cli.TODAY).catalog();

    private static final List<String> COMMANDS = List.of("list", "list --scored", "show qdrant", "show candle",
            "show tauri", "show turso", "compare candle burn", "compare qdrant lancedb turso", "recommend --scenario rag",
            "recommend --scenario llm-inference --explain", "recommend --scenario edge-ai --weight stability=3",
            "scenarios", "categories", "dimensions", "profiles", "trends", "sources");

    /** Each language runs every command through one batch shell per width, so the catalog loads once per width. */
    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"en", "zh"})
    void idsStayWholeAndLinesFitFromFortyToOneHundredSixtyColumns(String lang) {
        List<String> ids = ids();
        int[] expected = count(ids, run(lang, 1000));
        for (int width = 40; width <= 160; width++) {
            String out = run(lang, width);
            int[] actual = count(ids, out);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(actual[i]).as("--lang %s at %d columns: id %s split (run %s with COLUMNS=%d)", lang, width,
                        ids.get(i), COMMANDS, width).isGreaterThanOrEqualTo(expected[i]);
            }
            for (String line : out.lines().toList()) {
                if (DisplayWidth.of(line) > width) {
                    assertThat(forcedByOneWord(line, width)).as("--lang %s at %d columns, line too wide:%n%s",
                            lang, width, line).isTrue();
                }
            }
        }
    }

    /**
     * A line may run over only when its last word alone overflows and nothing but indentation or a
     * field label stands before it: the word had to start there and cannot be broken.
     */
    private static boolean forcedByOneWord(String line, int width) {
        int cut = line.lastIndexOf(' ') + 1;
        String before = line.substring(0, cut);
        String content = before.strip();
        boolean onlyLabel = content.isEmpty() || !content.contains("  ") && before.endsWith("  ");
        return onlyLabel && DisplayWidth.of(before) < width;
    }

    private static String run(String lang, int width) {
        StringBuilder script = new StringBuilder();
        for (String command : COMMANDS) {
            script.append(command).append(" --lang ").append(lang).append('\n');
        }
        Cli.Result r = new Cli().env("COLUMNS", String.valueOf(width)).stdin(script.toString()).run("shell");
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out();
    }

    /** Every id of the catalog: libraries, scenarios, categories, profiles, dimensions, sources, trends. */
    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        CATALOG.libraries().forEach(l -> ids.add(l.id()));
        CATALOG.scenarios().forEach(s -> ids.add(s.id()));
        CATALOG.categories().forEach(c -> ids.add(c.id()));
        CATALOG.profiles().forEach(p -> ids.add(p.id()));
        CATALOG.dimensions().forEach(d -> ids.add(d.id()));
        CATALOG.sources().forEach(s -> ids.add(s.id()));
        CATALOG.trends().forEach(t -> ids.add(t.id()));
        return ids.stream().distinct().toList();
    }

    /** How often each id appears as a whole word (not inside a longer name such as {@code burn} in {@code burn-ndarray}). */
    private static int[] count(List<String> ids, String text) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : WORD_BREAK.split(text)) {
            words.merge(word, 1, Integer::sum);
        }
        return ids.stream().mapToInt(id -> words.getOrDefault(id, 0)).toArray();
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}_-]+");
}
