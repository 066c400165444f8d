package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.shell.CompletionScripts;
import advisor.shell.InteractiveShell;
import advisor.shell.Words;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
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
        assertThat(r.out()).contains("\"id\" : \"alpha\"").contains("id\r\nalpha\r\ngamma\r\nbeta\r\ndelta\r\n")
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
        // bash splits "--scenario=ra" at the "=" into three words and replaces only what follows the "="
        assertThat(new Cli().run("__complete", "ra", "recommend", "--scenario", "=").out()).startsWith("rag\tRAG systems\n");
        assertThat(new Cli().run("__complete", "=", "recommend", "--scenario").out()).contains("rag\tRAG systems\n");
        assertThat(new Cli().run("__complete", "=", "recommend", "--explain").out()).isEmpty();
    }

    @Test
    void jlineCompleterDescribesAndLeavesNoSpaceAfterAWeightsEqualsSign() {
        ShellCommand.ShellHost host = new ShellCommand(Env.of(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), () -> Cli.TODAY, new ByteArrayInputStream(new byte[0]))).new ShellHost();
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
        List<String> typed = List.of("show alp\t --no-builtin-catalog\r", "show nosuch\r", "help\r", "exit\r");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Map<String, String> vars = Map.of("ADVISOR_CATALOG", Cli.MINI.toString(), "XDG_STATE_HOME", temp.toString());
        StringWriter err = new StringWriter();
        Env env = new Env(new PrintWriter(new StringWriter()), new PrintWriter(err), vars, true, true, () -> Cli.TODAY,
                new ByteArrayInputStream(new byte[0]), new CatalogCache(null));
        // a pipe that stays open: the shell must leave on "exit", not on end of input. Like a person (or
        // expect), the typist waits for each prompt before typing the next line, so that no keystroke can
        // arrive while the terminal is busy with the previous one.
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream keyboard = new java.io.PipedInputStream(keys, 64 * 1024);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread typist = new Thread(() -> {
            try {
                for (int line = 0; line < typed.size(); line++) {
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (prompts(screen) <= line && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    keys.write(typed.get(line).getBytes(StandardCharsets.UTF_8));
                    keys.flush();
                }
                while (!done.get()) {
                    Thread.sleep(5); // stay alive: a pipe whose writer has died reads as broken
                }
            } catch (java.io.IOException | InterruptedException e) {
                // the shell has gone; the assertions below tell what it printed
            }
        }, "typist");
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").size(new org.jline.terminal.Size(100, 40))
                .streams(keyboard, screen).build()) {
            typist.start();
            ShellCommand shell = new ShellCommand(env);
            int code = new InteractiveShell(shell.new ShellHost(), terminal).run();
            assertThat(code).isZero();
        } finally {
            done.set(true);
            typist.join(10_000);
        }
        String out = screen.toString(StandardCharsets.UTF_8);
        assertThat(out).as("stderr: %s", err).contains("show alpha").contains("A fixture vector store.")
                .contains("unknown library 'nosuch'").contains("Usage: advisor");
        Path history = temp.resolve("advisor/history");
        assertThat(Files.readAllLines(history)).contains("show alpha --no-builtin-catalog", "show nosuch");
        assertThat(temp.resolve("advisor")).isDirectoryNotContaining("glob:**.tmp");
    }

    /** How many prompts the shell has shown so far. */
    private static int prompts(ByteArrayOutputStream screen) {
        String text;
        synchronized (screen) {
            text = screen.toString(StandardCharsets.UTF_8);
        }
        int count = 0;
        for (int i = text.indexOf("advisor> "); i >= 0; i = text.indexOf("advisor> ", i + 1)) {
            count++;
        }
        return count;
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
