package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The common options work before the command as well as after it. */
class CommonOptionsPlacementTest {
    @Test
    void beforeTheCommandGivesTheSameAnswer() {
        String mini = Cli.MINI.toString();
        Cli.Result after = new Cli().run("list", "--no-builtin-catalog", "--catalog", mini, "-o", "json");
        Cli.Result before = new Cli().run("--no-builtin-catalog", "--catalog", mini, "-o", "json", "list");
        Cli.Result mixed = new Cli().run("--catalog=" + mini, "--no-builtin-catalog", "show", "alpha", "--format=yaml");
        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(before.out()).isEqualTo(after.out());
        assertThat(mixed.exit()).as(mixed.toString()).isZero();
        assertThat(mixed.out()).contains("  id: alpha\n");
    }

    @Test
    void everyCommandInheritsThemAndOtherOptionsStayWithTheirCommand() {
        assertThat(new Cli().run("--no-color", "completion", "bash").exit()).isZero();
        assertThat(new Cli().run("--lang", "zh", "help", "list").exit()).isZero();
        Cli.Result notCommon = new Cli().run("--top", "3", "recommend", "--scenario", "rag");
        assertThat(notCommon.exit()).isEqualTo(2);
        assertThat(notCommon.err()).startsWith("advisor: Unknown options: '--top', '3'");
        Cli.Result noCommand = new Cli().run("--catalog", "x");
        assertThat(noCommand.exit()).as(noCommand.toString()).isZero(); // the root's usage, as with no argument
        assertThat(noCommand.out()).startsWith("Usage: advisor");
    }

    @Test
    void theSameOptionAfterTheCommandWinsOverTheOneBefore() {
        String mini = Cli.MINI.toString();
        Cli.Result twice = new Cli().run("--no-builtin-catalog", "--catalog", mini, "-o", "csv", "list", "--format", "json");
        Cli.Result once = new Cli().run("--no-builtin-catalog", "--catalog", mini, "list", "--format", "json");
        assertThat(twice.exit()).as(twice.toString()).isZero();
        assertThat(twice.out()).isEqualTo(once.out());
    }

    @Test
    void aBadValueBeforeTheCommandIsAUsageError() {
        Cli.Result bad = new Cli().run("--format", "xml", "list");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("advisor: invalid value for --format: 'xml'; valid: table, json, yaml, csv, tsv, markdown, adr, svg, html, mermaid\n");
    }

    @Test
    void completionSeesOptionsTypedBeforeTheCommand() {
        Cli.Result r = new Cli().run("__complete", "al", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "compare");
        assertThat(r.out().lines().map(l -> l.split("\t")[0])).contains("alpha");
    }
}
