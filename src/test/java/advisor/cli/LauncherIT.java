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
