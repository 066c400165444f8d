package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code ./advisor} launcher as a separate process, the way a user does. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("advisor").toAbsolutePath();

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("COLUMNS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("advisor-out", ".txt");
        Path err = Files.createTempFile("advisor-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void answersTheQuickStartQuestionWithJsonThatParses() throws Exception {
        Run r = run(Map.of(), LAUNCHER.toString(), "list", "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("libraries").size()).isGreaterThanOrEqualTo(100);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void worksThroughASymlink() throws Exception {
        Path link = temp.resolve("bin/advisor");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, LAUNCHER);
        Run r = run(Map.of(), link.toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("advisor ");
    }

    @Test
    void unknownLibraryExitsFourWithASuggestionAndNoStackTrace() throws Exception {
        Run r = run(Map.of(), LAUNCHER.toString(), "show", "candel");
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).contains("did you mean 'candle'").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    /** A PATH whose {@code advisor} is the launcher, as after a user links it onto their PATH. */
    private Map<String, String> pathWithAdvisor() throws IOException {
        Path bin = temp.resolve("path");
        Files.createDirectories(bin);
        Files.createSymbolicLink(bin.resolve("advisor"), LAUNCHER);
        return Map.of("PATH", bin + ":" + System.getenv("PATH"));
    }

    @Test
    void bashCompletionOffersLibrariesScenariosAndWeightsWithoutASpace() throws Exception {
        String script = Path.of("completions/advisor.bash").toAbsolutePath().toString();
        // compopt only works while bash runs a completion for real; the stub shows what the script asked for
        Run r = run(pathWithAdvisor(), "bash", "-c", "compopt() { echo compopt \"$@\"; }\nsource '" + script + "'\n"
                + "COMP_WORDS=(advisor compare ca); COMP_CWORD=2; _advisor_complete; echo \"compare: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(advisor recommend --scenario ''); COMP_CWORD=3; _advisor_complete; echo \"scenario: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(advisor rec); COMP_CWORD=1; _advisor_complete; echo \"command: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(advisor recommend --weight stab); COMP_CWORD=3; _advisor_complete; echo \"weight: ${COMPREPLY[*]}\"\n"
                // bash splits "--scenario=ra" at the "=" (COMP_WORDBREAKS) and replaces what follows it
                + "COMP_WORDS=(advisor recommend --scenario = ra); COMP_CWORD=4; _advisor_complete; echo \"equals: ${COMPREPLY[*]}\"\n"
                + "complete -p advisor");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("compare: candle").contains("command: recommend\n")
                .containsPattern("scenario: .*\\brag\\b").contains("compopt -o nospace\nweight: stability=\n")
                .contains("equals: rag rapid-development rapid-prototyping\n")
                .contains("complete -o default -F _advisor_complete advisor").doesNotContain("\t");
        assertThat(r.out().lines().filter(l -> l.startsWith("compopt"))).hasSize(1);
    }

    /** The zsh completion tests; .ci/run names them when it cannot install zsh. */
    @Test
    void zshCompletionDescribesCandidatesAndLeavesNoSpaceAfterAWeight() throws Exception {
        assumeShell("zsh");
        String script = Path.of("completions/_advisor").toAbsolutePath().toString();
        // _describe needs zsh's whole completion system; the stub prints what the script hands it
        Run r = run(pathWithAdvisor(), "zsh", "-f", "-c", "compdef() { : }\n"
                + "_describe() { print -r -- \"describe ${(j: :)@[5,-1]}\"; print -rl -- ${(P)4} }\n"
                + "source '" + script + "'\n"
                + "words=(advisor compare ca); CURRENT=3; _advisor\n"
                + "words=(advisor recommend --weight stab); CURRENT=4; _advisor\n"
                + "words=(advisor recommend --scenario=ra); CURRENT=3; _advisor\n"
                + "words=(advisor li); CURRENT=2; _advisor");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("describe \ncandle:Candle · ML framework\n")
                .contains("describe -S \nstability=:Version stability\n")
                .contains("--scenario=rag:RAG systems\n")
                .contains("list:List libraries, filtered and sorted (scored libraries first)\n");
    }

    /** The fish completion tests; .ci/run names them when it cannot install fish. */
    @Test
    void fishCompletionDescribesCandidatesAndCompletesOptionEqualsValue() throws Exception {
        assumeShell("fish");
        String script = Path.of("completions/advisor.fish").toAbsolutePath().toString();
        Run r = run(pathWithAdvisor(), "fish", "--no-config", "-c", "source '" + script + "'\n"
                + "complete -C 'advisor compare ca'\n"
                + "complete -C 'advisor recommend --weight stab'\n"
                + "complete -C 'advisor recommend --scenario=ra'\n"
                + "complete -C 'advisor list --format=j'");
        assertThat(r.exit()).as(r.toString()).isZero();
        // fish itself adds no space after a candidate ending in "=" (it does after the others)
        assertThat(r.out().lines()).contains("candle\tCandle · ML framework", "stability=\tVersion stability",
                "--scenario=rag\tRAG systems", "--format=json\tJSON");
    }

    /** Skips (with a message naming the shell) when the shell is not installed. */
    private static void assumeShell(String shell) {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell)),
                "SKIPPED: " + shell + " is not installed, so its completion script is not tested"
                        + " (.ci/run installs it with apt-get when it runs as root)");
    }

    @Test
    void batchShellAnswersEveryLine() throws Exception {
        Path input = temp.resolve("queries.txt");
        Files.writeString(input, "show qdrant -o json\nshow nosuch\nrecommend --scenario rag -o csv\n");
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "shell").redirectInput(input.toFile());
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(4);
        assertThat(Files.readString(out)).contains("\"id\" : \"qdrant\"").contains("1,qdrant,Qdrant");
        assertThat(Files.readString(err)).contains("line 2: unknown library 'nosuch'");
    }

    @Test
    void saysWhatToInstallWhenJavaIsTooOld() throws Exception {
        Path bin = temp.resolve("oldjava/bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run r = run(Map.of("JAVA_HOME", temp.resolve("oldjava").toString()), LAUNCHER.toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("Java 11.0.22").contains("needs Java 17 or newer");
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJava() throws Exception {
        Path bin = temp.resolve("nojava");
        Files.createDirectories(bin);
        for (String tool : List.of("bash", "dirname", "readlink", "sed", "find", "head", "mkdir", "tail", "cat")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Run r = run(Map.of("PATH", bin.toString(), "JAVA_HOME", ""), bin.resolve("bash").toString(),
                LAUNCHER.toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("no Java found").contains("Java 17 or newer");
    }
}
