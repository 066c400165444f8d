package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.shell.CompletionScripts;
import advisor.shell.InteractiveShell;
import advisor.shell.Words;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell: batch mode on standard input, the interactive shell on a scripted terminal, completion. */
class ShellTest {
    private static final String MINI = "--no-builtin-catalog --catalog " + Cli.MINI;

    @TempDir
    Path temp;

    @Test
    void batchRunsEveryLineReportsFailuresByNumberAndExitsWithTheWorst() {
        Cli.Result r = new Cli().stdin("""
                # a comment, then a blank line

                show alpha %1$s -o json
                show nosuch %1$s
                list %1$s --fields id -o csv
                recommend --scenario rag --top 1 %1$s -o csv
                list --colour
                """.formatted(MINI)).run("shell");
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        // a JSON answer in batch is one line (JSON Lines); a failing line that did not ask for JSON stays on stderr only
        assertThat(r.out()).startsWith("{\"schemaVersion\":1,\"library\":{\"id\":\"alpha\"").contains("id\r\nalpha\r\ngamma\r\nbeta\r\ndelta\r\n")
                .contains("1,alpha,Alpha,vector-db,5.00,direct");
        assertThat(r.err()).contains("advisor: line 4: unknown library 'nosuch'")
                .contains("advisor: line 7: Unknown option: '--colour'")
                .doesNotContain("line 3:").doesNotContain("line 5:");
    }

    @Test
    void batchRejectsUnclosedQuotesAndNestedShells() {
        Cli.Result r = new Cli().stdin("show \"alpha\nshell\n").run("shell");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 1: unclosed double quote").contains("line 2: 'shell' cannot run inside the shell");
    }

    @Test
    void batchAppliesTheShellsCommonOptionsToEveryLineUnlessTheLineGivesItsOwn() {
        String lines = "show alpha\nlist --fields id -o csv\nshow alpha --format=yaml\nscenarios --lang zh\ncompletion bash\n";
        for (String[] args : List.of(new String[] {"shell", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(), "-o", "json"},
                new String[] {"--no-builtin-catalog", "--catalog=" + Cli.MINI, "--format", "json", "shell"})) {
            Cli.Result r = new Cli().stdin(lines).run(args);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).as(r.toString()).contains("{\"schemaVersion\":1,\"library\":{\"id\":\"alpha\"").contains("id\r\nalpha\r\ngamma\r\n")
                    .contains("  id: alpha\n").contains("\"label\":\"RAG 系统\"").contains("complete -o default");
        }
        Cli.Result bad = new Cli().stdin("show alpha\nshow beta\n").run("shell", "--lang", "xx");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("advisor: invalid value for --lang: 'xx'; valid: en, zh\n");
    }

    @Test
    void batchStopsAtExitOrQuitAndTakesLinesThatStartWithAdvisor() {
        for (String stop : List.of("exit", "quit", "  advisor exit")) {
            Cli.Result r = new Cli().stdin("advisor show alpha " + MINI + " -o json\nadvisor help recommend\n" + stop
                    + "\nshow nosuch " + MINI + "\n").run("shell");
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains("{\"schemaVersion\":1,\"library\":{\"id\":\"alpha\"").contains("Usage: advisor recommend");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void batchReadsEditedCatalogFilesAgainAndReloadForcesIt() throws Exception {
        Path catalog = temp.resolve("team");
        copy(Cli.MINI, catalog);
        Path alpha = catalog.resolve("libraries/alpha.yaml");
        String original = Files.readString(alpha);
        String show = "list --fields id,summary -o tsv";
        Lines stdin = new Lines(List.of(show, show, show, "reload", show), Map.of(
                1, () -> write(alpha, original.replace("A fixture vector store.", "An edited vector store and longer.")),
                2, () -> {
                    // the same size, the same time, the same file: the inode change time still moves
                    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(alpha);
                    write(alpha, original.replace("A fixture vector store.", "A STEALTH vector store and longer."));
                    Files.setLastModifiedTime(alpha, time);
                }));
        Cli.Result r = new Cli().stdin(stdin).run("shell", "--no-builtin-catalog", "--catalog", catalog.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("alpha\t"))).containsExactly("alpha\tA fixture vector store.",
                "alpha\tAn edited vector store and longer.", "alpha\tA STEALTH vector store and longer.",
                "alpha\tA STEALTH vector store and longer.");
    }

    /** Standard input that gives one line per read, running an action before it gives line n (from 0). */
    private static final class Lines extends java.io.InputStream {
        interface Action extends ScriptedTerminal.Action {
        }

        private final List<String> lines;
        private final Map<Integer, Action> before;
        private int next;
        private byte[] current = new byte[0];
        private int pos;

        Lines(List<String> lines, Map<Integer, Action> before) {
            this.lines = lines;
            this.before = before;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == current.length) {
                if (next == lines.size()) {
                    return -1;
                }
                try {
                    before.getOrDefault(next, () -> { }).run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                current = (lines.get(next++) + "\n").getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void wordsSplitLikeAShell() {
        assertThat(Words.split("recommend --scenario \"LLM 推理\" --weight 'a b'  x\\ y"))
                .containsExactly("recommend", "--scenario", "LLM 推理", "--weight", "a b", "x y");
    }

    @Test
    void completionScriptsInTheRepositoryAreTheGeneratedOnes() throws Exception {
        for (String shell : CompletionScripts.SHELLS) {
            Cli.Result r = new Cli().run("completion", shell);
            assertThat(r.exit()).isZero();
            Path file = Path.of("completions", CompletionScripts.fileName(shell));
            assertThat(Files.readString(file)).as("%s differs from 'advisor completion %s'; regenerate it", file, shell)
                    .isEqualTo(r.out());
        }
    }

    @Test
    void hiddenCompleteCommandOffersNamesFromTheCatalogInUse() {
        assertThat(new Cli().run("__complete", "", "compare", "--no-builtin-catalog", "--catalog", Cli.MINI.toString()).out())
                .isEqualTo("alpha\tAlpha · Vector database\nbeta\tBeta · Vector database\n"
                        + "delta\tDelta · Web framework\ngamma\tGamma · Web framework\n");
        assertThat(new Cli().run("__complete", "se", "recommend", "--no-builtin-catalog", "--catalog", Cli.MINI.toString(),
                "--scenario").out()).isEqualTo("semantic-search\tSemantic search\n");
        assertThat(new Cli().run("__complete", "--sc", "recommend").out())
                .isEqualTo("--scenario\tScenario id, alias, English or Chinese label (see 'advisor scenarios')\n");
        assertThat(new Cli().run("__complete", "j", "list", "--format").out()).isEqualTo("json\tJSON\n");
        assertThat(new Cli().run("__complete", "", "list", "--catalog").out()).isEqualTo("__files__\n");
        assertThat(new Cli().run("__complete", "rec", "help").out())
                .isEqualTo("recommend\tRank libraries for a scenario by a blend of scenario fit and maturity\n");
    }

    @Test
    void completionDescribesCommandsOptionsAndValuesInTheSessionsLanguage() {
        assertThat(new Cli().run("__complete", "rec").out())
                .isEqualTo("recommend\tRank libraries for a scenario by a blend of scenario fit and maturity\n");
        assertThat(new Cli().run("__complete", "--top", "recommend").out()).isEqualTo("--top\tShow the first N (default: 10)\n");
        assertThat(new Cli().run("__complete", "ra", "recommend", "--lang", "zh", "--scenario").out())
                .startsWith("rag\tRAG 系统\n");
        assertThat(new Cli().env("LANG", "zh_CN.UTF-8").run("__complete", "t", "list", "--format").out())
                .isEqualTo("table\t对齐的表格（默认）\ntsv\t制表符分隔\n");
    }

    @Test
    void aWeightCompletesToItsEqualsSignAndAValueCompletesInsideOptionEqualsValue() {
        assertThat(new Cli().run("__complete", "stab", "recommend", "--weight").out()).isEqualTo("stability=\tVersion stability\n");
        assertThat(new Cli().run("__complete", "--weight=stab", "recommend").out())
                .isEqualTo("--weight=stability=\tVersion stability\n");
        assertThat(new Cli().run("__complete", "--scenario=ra", "recommend").out()).startsWith(
                "--scenario=rag\tRAG systems\n--scenario=rapid-development\tRapid development\n");
        assertThat(new Cli().run("__complete", "--format=j", "list").out()).isEqualTo("--format=json\tJSON\n");
        // a short option with its value in the same word, as zsh and fish pass it
        assertThat(new Cli().run("__complete", "-o=j", "list").out()).isEqualTo("-o=json\tJSON\n");
        assertThat(new Cli().run("__complete", "-s=ra", "recommend").out()).startsWith("-s=rag\tRAG systems\n");
        // bash splits "--scenario=ra" at the "=" into three words and replaces only what follows the "="
        assertThat(new Cli().run("__complete", "ra", "recommend", "--scenario", "=").out()).startsWith("rag\tRAG systems\n");
        assertThat(new Cli().run("__complete", "=", "recommend", "--scenario").out()).contains("rag\tRAG systems\n");
        assertThat(new Cli().run("__complete", "=", "recommend", "--explain").out()).isEmpty();
    }

    @Test
    void jlineCompleterDescribesAndLeavesNoSpaceAfterAWeightsEqualsSign() {
        // built by picocli, as in a real run, so that its common options are there
        ShellCommand shell = new Main(Env.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                () -> Cli.TODAY, new ByteArrayInputStream(new byte[0]))).commandLine().getSubcommands().get("shell").getCommand();
        ShellCommand.ShellHost host = shell.new ShellHost();
        advisor.shell.Completion completion = new advisor.shell.Completion(
                host.commandLine(new PrintWriter(new StringWriter())).getCommandSpec(), host::catalog, advisor.model.Lang.EN);
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        List<org.jline.reader.Candidate> weights = new java.util.ArrayList<>();
        InteractiveShell.complete(completion, parser.parse("recommend --weight stab", 23), weights);
        assertThat(weights).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("stability=");
            assertThat(c.complete()).as("a space after 'stability='").isFalse();
            assertThat(c.descr()).isEqualTo("Version stability");
        });
        List<org.jline.reader.Candidate> scenarios = new java.util.ArrayList<>();
        InteractiveShell.complete(completion, parser.parse("recommend --scenario=ra", 23), scenarios);
        assertThat(scenarios).extracting(org.jline.reader.Candidate::value).startsWith("--scenario=rag");
        assertThat(scenarios.get(0).complete()).isTrue();
        assertThat(scenarios.get(0).descr()).isEqualTo("RAG systems");
    }

    @Test
    void interactiveShellCompletesRunsKeepsGoingAfterErrorsAndSavesHistory() throws Exception {
        Map<String, String> vars = Map.of("ADVISOR_CATALOG", Cli.MINI.toString(), "XDG_STATE_HOME", temp.toString());
        String out = interact(vars, List.of("show alp\t --no-builtin-catalog\r", "show nosuch\r", "help\r", "exit\r"), Map.of(),
                "shell");
        assertThat(out).contains("show alpha").contains("A fixture vector store.")
                .contains("unknown library 'nosuch'").contains("Usage: advisor");
        Path history = temp.resolve("advisor/history");
        assertThat(Files.readAllLines(history)).contains("show alpha --no-builtin-catalog", "show nosuch");
        assertThat(temp.resolve("advisor")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void interactiveShellTakesCommonOptionsHelpForACommandAndEditedCatalogFiles() throws Exception {
        Path catalog = temp.resolve("team");
        copy(Cli.MINI, catalog);
        Path alpha = catalog.resolve("libraries/alpha.yaml");
        String list = "list --fields id,summary\r";
        String out = interact(Map.of("XDG_STATE_HOME", temp.toString()),
                List.of("show gam\t\r", list, list, "advisor help recommend\r", "quit\r"),
                Map.of(2, () -> write(alpha, Files.readString(alpha).replace("A fixture vector store.", "An edited vector store."))),
                "--catalog", catalog.toString(), "shell", "--no-builtin-catalog", "-o", "tsv");
        assertThat(out).contains("show gamma").contains("id\tsummary").contains("alpha\tA fixture vector store.")
                .contains("alpha\tAn edited vector store.").contains("Usage: advisor recommend");
        assertThat(out.indexOf("A fixture vector store.")).isLessThan(out.indexOf("An edited vector store."));
    }

    /**
     * Runs {@code advisor ARGS} on a scripted terminal that types the given lines, each after the shell's
     * next prompt, running an action before typing line n (from 0); returns what the screen showed.
     */
    private String interact(Map<String, String> vars, List<String> typed, Map<Integer, Lines.Action> before, String... args)
            throws Exception {
        ScriptedTerminal.Run run = ScriptedTerminal.run(vars, typed, (screen, line) -> prompts(screen) > line, before,
                "shell", (shell, terminal) -> ((ShellCommand) shell).terminal = terminal, args);
        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        return run.screen();
    }

    /** How many prompts the shell has shown so far. */
    private static int prompts(String text) {
        int count = 0;
        for (int i = text.indexOf("advisor> "); i >= 0; i = text.indexOf("advisor> ", i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void historyKeepsEveryOldLineEvenOneThatIsNotUtf8() throws Exception {
        Path file = temp.resolve(".advisor_history");
        byte[] old = "show alpha\nlist \u00ff\nrecommend --scenario rag\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, old);
        org.jline.reader.impl.history.DefaultHistory history = new org.jline.reader.impl.history.DefaultHistory();
        InteractiveShell.loadHistory(file, history);
        assertThat(history).extracting(org.jline.reader.History.Entry::line).containsExactly("show alpha", "recommend --scenario rag");
        int first = history.size();
        history.add("compare alpha beta");
        InteractiveShell.saveHistory(file, history, first);
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(old, "compare alpha beta\n"));
    }

    @Test
    void historyWritesThroughASymbolicLink() throws Exception {
        Path real = temp.resolve("dotfiles/history");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "show alpha");  // no line end: the next line must not join it
        Path link = Files.createSymbolicLink(temp.resolve(".advisor_history"), real);
        org.jline.reader.impl.history.DefaultHistory history = new org.jline.reader.impl.history.DefaultHistory();
        InteractiveShell.loadHistory(link, history);
        history.add("list");
        InteractiveShell.saveHistory(link, history, 1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("show alpha\nlist\n");
    }

    @Test
    void historyKeepsItsLastLinesOnceItGrowsTooLong() throws Exception {
        Path file = temp.resolve(".advisor_history");
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            old.append("show ").append(i).append('\n');
        }
        Files.writeString(file, old);
        org.jline.reader.impl.history.DefaultHistory history = new org.jline.reader.impl.history.DefaultHistory();
        history.add("list");
        InteractiveShell.saveHistory(file, history, 0);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1000).startsWith("show 1001").endsWith("show 1999", "list");
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    @Test
    void corruptHistoryIsIgnored() throws Exception {
        Path file = temp.resolve(".advisor_history");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        org.jline.reader.impl.history.DefaultHistory history = new org.jline.reader.impl.history.DefaultHistory();
        InteractiveShell.loadHistory(file, history);
        assertThat(history.size()).isZero();
        assertThat(InteractiveShell.historyFile(Map.of("HOME", temp.toString()))).isEqualTo(file);
        assertThat(List.of(InteractiveShell.historyFile(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h"))))
                .containsExactly(Path.of("/s/advisor/history"));
    }
}
