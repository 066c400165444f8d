package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.render.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in catalog in Chinese on a 60-column terminal: nothing wider than the terminal, and every
 * table's columns start at the same display column on every row (Chinese characters count two).
 * ({@code recommend} at this width lays its candidates out one block per row: golden
 * {@code width60-recommend-rag-zh}.)
 */
class NarrowTerminalTest {
    private static final int WIDTH = 60;

    @ParameterizedTest
    @ValueSource(strings = {"show candle", "compare candle burn", "show qdrant", "list --scenario rag"})
    void fitsSixtyColumnsWithAlignedTables(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--lang");
        args.add("zh");
        Cli.Result r = new Cli().env("COLUMNS", String.valueOf(WIDTH)).run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        int tables = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(DisplayWidth.of(line)).as("line %d is too wide: %s", i + 1, line).isLessThanOrEqualTo(WIDTH);
            List<Integer> starts = columnStarts(line);
            if (starts.size() < 2) {
                continue;
            }
            tables++;
            // the header above and the rows below the rule line up with its runs
            assertAligned(lines.get(i - 1), starts, line);
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && columnStarts(lines.get(j)).isEmpty(); j++) {
                assertAligned(lines.get(j), starts, line);
            }
        }
        assertThat(tables).as("tables in %s", command).isPositive();
    }

    /** Display columns where the runs of a rule line (only ─ and spaces, two runs or more) start. */
    private static List<Integer> columnStarts(String line) {
        if (line.isEmpty() || !line.chars().allMatch(c -> c == '─' || c == ' ') || !line.contains(" ")) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        for (int col = 0; col < line.length(); col++) {
            if (line.charAt(col) == '─' && (col == 0 || line.charAt(col - 1) == ' ')) {
                starts.add(col); // the rule is ASCII-width: one column per character
            }
        }
        return starts;
    }

    /** Each column of the row starts after a gap: the two display columns before each start are blank. */
    private static void assertAligned(String row, List<Integer> starts, String rule) {
        String cells = cellsByColumn(row);
        for (int start : starts.subList(1, starts.size())) {
            if (start - 2 < cells.length()) {
                assertThat(cells.substring(start - 2, Math.min(start, cells.length())).isBlank())
                        .as("row not aligned at column %d:%n%s%n%s", start, row, rule).isTrue();
            }
        }
    }

    /** The row with each wide character followed by a filler, so that string index = display column. */
    private static String cellsByColumn(String row) {
        StringBuilder sb = new StringBuilder();
        row.codePoints().forEach(cp -> {
            int w = DisplayWidth.of(cp);
            sb.append(w == 0 ? "" : "x");
            if (cp == ' ') {
                sb.setCharAt(sb.length() - 1, ' ');
            }
            for (int k = 1; k < w; k++) {
                sb.append('x');
            }
        });
        return sb.toString();
    }
}
