package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --as-of DATE} pins every answer that depends on the day, before or after the command, in the shell too. */
class AsOfTest {
    private static final String MINI = Cli.MINI.toString();

    @Test
    void aReviewIsOverdueOnlyAfterTheDayItWasDue() {
        // alpha's evaluation is due for review on 2026-01-23 (see the mini catalog); Cli's today is later
        Cli.Result today = new Cli().run("show", "alpha", "--no-builtin-catalog", "--catalog", MINI, "-o", "json");
        Cli.Result before = new Cli().run("show", "alpha", "--no-builtin-catalog", "--catalog", MINI, "-o", "json",
                "--as-of", "2026-01-22");
        Cli.Result beforeFirst = new Cli().run("--as-of", "2026-01-22", "show", "alpha", "--no-builtin-catalog",
                "--catalog", MINI, "-o", "json");
        assertThat(today.out()).contains("\"reviewOverdue\" : true");
        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(before.out()).contains("\"reviewOverdue\" : false");
        assertThat(beforeFirst.out()).isEqualTo(before.out());
    }

    @Test
    void validateReportsTheDayItCheckedAgainst() {
        Cli.Result r = new Cli().run("--as-of", "2025-11-01", "validate", "--no-builtin-catalog", "--catalog", MINI,
                "--format", "json");
        assertThat(r.out()).contains("\"asOf\" : \"2025-11-01\"");
    }

    @Test
    void theShellPinsEveryLineToTheDayItWasGiven() {
        Cli.Result r = new Cli().stdin("show alpha -o json\nvalidate -o json\n")
                .run("--as-of", "2026-01-22", "shell", "--no-builtin-catalog", "--catalog", MINI);
        // batch JSON answers are JSON Lines: compact, one per line
        assertThat(r.out()).contains("\"reviewOverdue\":false").contains("\"asOf\":\"2026-01-22\"");
    }

    @Test
    void aDateThatIsNotOneIsAUsageError() {
        Cli.Result r = new Cli().run("--as-of", "2026-02-30", "list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("advisor: invalid value for --as-of: '2026-02-30'; expected a date YYYY-MM-DD\n");
    }
}
