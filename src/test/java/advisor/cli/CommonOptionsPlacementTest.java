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
    void onlyCommonOptionsMoveAndOnlyBeforeADataCommand() {
        assertThat(Main.hoistCommonOptions(new String[] {"--lang", "zh", "show", "x"}))
                .containsExactly("show", "--lang", "zh", "x");
        // not common, no command, or a command without the common options: left for picocli to judge
        assertThat(Main.hoistCommonOptions(new String[] {"--top", "3", "recommend"})).containsExactly("--top", "3", "recommend");
        assertThat(Main.hoistCommonOptions(new String[] {"--catalog", "x"})).containsExactly("--catalog", "x");
        assertThat(Main.hoistCommonOptions(new String[] {"--no-color", "man"})).containsExactly("--no-color", "man");
        assertThat(Main.hoistCommonOptions(new String[] {"--no-color", "shell"})).containsExactly("shell", "--no-color");
        assertThat(Main.hoistCommonOptions(new String[] {"--version"})).containsExactly("--version");
        Cli.Result bad = new Cli().run("--no-color", "completion", "bash");
        assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void completionSeesOptionsTypedBeforeTheCommand() {
        Cli.Result r = new Cli().run("__complete", "al", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "compare");
        assertThat(r.out().lines().map(l -> l.split("\t")[0])).contains("alpha");
    }
}
