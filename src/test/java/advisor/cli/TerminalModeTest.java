package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Terminal mode through the harness's terminal variant: bold headings only when stdout is a terminal,
 * {@code NO_COLOR} and {@code --no-color} turn it off, {@code CLICOLOR_FORCE} turns it on in a pipe, and
 * tables wrap to {@code COLUMNS}. The width is always given: without it a terminal asks the real one.
 */
class TerminalModeTest {
    private static final String BOLD = "\u001b[1m";
    private static final String ESC = "\u001b";

    private static Cli.Result terminal(String... args) {
        return new Cli().terminal().env("COLUMNS", "100").run(args);
    }

    @Test
    void aTerminalGetsBoldHeadingsAndHeaderRowsAndEveryBoldIsReset() {
        Cli.Result r = terminal("recommend", "--scenario", "rag");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).startsWith(BOLD + "Recommendations for RAG systems (rag)\u001b[0m\n");
        assertThat(r.out()).as(r.toString()).contains(BOLD + "#  LIBRARY");
        assertThat(r.out().split(ESC + "\\[1m", -1).length).as(r.toString())
                .isEqualTo(r.out().split(ESC + "\\[0m", -1).length);
    }

    @Test
    void withoutColourATerminalGetsWhatAPipeGets() {
        String piped = new Cli().env("COLUMNS", "100").run("recommend", "--scenario", "rag").out();
        assertThat(piped).doesNotContain(ESC);
        Cli.Result noColor = new Cli().terminal().env("COLUMNS", "100").env("NO_COLOR", "1")
                .run("recommend", "--scenario", "rag");
        assertThat(noColor.out()).isEqualTo(piped);
        assertThat(terminal("recommend", "--scenario", "rag", "--no-color").out()).isEqualTo(piped);
        // NO_COLOR wins over CLICOLOR_FORCE
        Cli.Result both = new Cli().env("COLUMNS", "100").env("NO_COLOR", "1").env("CLICOLOR_FORCE", "1")
                .run("recommend", "--scenario", "rag");
        assertThat(both.out()).isEqualTo(piped);
    }

    @Test
    void anEmptyNoColorCountsAsUnsetAsNoColorOrgSays() {
        Cli.Result r = new Cli().terminal().env("COLUMNS", "100").env("NO_COLOR", "").run("recommend", "--scenario", "rag");
        assertThat(r.out()).isEqualTo(terminal("recommend", "--scenario", "rag").out()).contains(BOLD);
    }

    @Test
    void cliColorForceColoursAPipeAndZeroDoesNot() {
        Cli.Result forced = new Cli().env("COLUMNS", "100").env("CLICOLOR_FORCE", "1").run("recommend", "--scenario", "rag");
        assertThat(forced.out()).isEqualTo(terminal("recommend", "--scenario", "rag").out());
        Cli.Result zero = new Cli().env("COLUMNS", "100").env("CLICOLOR_FORCE", "0").run("recommend", "--scenario", "rag");
        assertThat(zero.out()).doesNotContain(ESC);
    }

    @Test
    void machineFormatsNeverCarryColourOnATerminal() {
        for (String format : new String[] {"json", "yaml", "csv", "tsv", "markdown"}) {
            Cli.Result r = terminal("recommend", "--scenario", "rag", "--format", format);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).as(format).doesNotContain(ESC);
        }
    }

    @Test
    void tablesWrapToColumnsOnATerminal() {
        for (int width : new int[] {60, 100, 140}) {
            Cli.Result r = new Cli().terminal().env("COLUMNS", String.valueOf(width)).env("NO_COLOR", "1")
                    .run("recommend", "--scenario", "rag");
            int widest = r.out().lines().mapToInt(advisor.render.DisplayWidth::of).max().orElseThrow();
            assertThat(widest).as("COLUMNS=%d%n%s", width, r.out()).isLessThanOrEqualTo(width);
            assertThat(widest).as("COLUMNS=%d uses the room it has%n%s", width, r.out()).isGreaterThan(width - 25);
        }
        // an unusable COLUMNS is ignored: a pipe then gets 80 columns
        String fallback = new Cli().env("COLUMNS", "abc").run("recommend", "--scenario", "rag").out();
        assertThat(fallback).isEqualTo(new Cli().env("COLUMNS", "80").run("recommend", "--scenario", "rag").out());
    }
}
