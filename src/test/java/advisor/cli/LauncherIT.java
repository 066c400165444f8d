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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        return runIn(null, env, args);
    }

    /** Runs a command in a working directory ({@code null}: this one). */
    private static Run runIn(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
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
        // a JSON answer in batch is one line (JSON Lines)
        assertThat(Files.readString(out)).startsWith("{\"schemaVersion\":1,\"library\":{\"id\":\"qdrant\"").contains("1,qdrant,Qdrant");
        assertThat(Files.readString(err)).contains("line 2: unknown library 'nosuch'");
    }

    @Test
    void batchJsonQueriesGiveOneLineEach() throws Exception {
        Path input = temp.resolve("json-queries.txt");
        Files.writeString(input, "recommend --scenario rag --format json\nshow qdrant --format json\n");
        Path out = temp.resolve("json-out.txt");
        Process p = new ProcessBuilder(LAUNCHER.toString(), "shell").redirectInput(input.toFile())
                .redirectOutput(out.toFile()).redirectError(temp.resolve("json-err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(lines.get(0)).at("/recommendations/0/id").asText()).isEqualTo("qdrant");
        assertThat(json.readTree(lines.get(1)).at("/library/id").asText()).isEqualTo("qdrant");
    }

    /** Runs a bash script in which {@code $0} is the launcher and {@code $1} a scratch directory. */
    private Run bash(Map<String, String> env, String script) throws IOException, InterruptedException {
        return run(env, "bash", "-c", script, LAUNCHER.toString(), temp.toString());
    }

    @Test
    void aFullDiskIsAnErrorNotASilentTruncatedFile() throws Exception {
        Run r = bash(Map.of(), "\"$0\" list -o json >/dev/full");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
    }

    @Test
    void aClosedStandardOutputIsAnError() throws Exception {
        Run r = bash(Map.of(), "\"$0\" list -o json >&-");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: Bad file descriptor\n");
    }

    @Test
    void aClosedStandardInputIsAnEmptyBatchNotTheJvmsFiles() throws Exception {
        // the JVM used to open its own files on descriptor 0, and the batch shell ran their bytes as commands
        Run r = bash(Map.of(), "timeout 60 \"$0\" shell <&-");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    /**
     * Runs a script in which advisor writes to a reader that goes away, then echoes advisor's own exit status (not the
     * pipeline's); a reader that went away is no error, so that status is 0.
     */
    private Run afterTheReaderWentAway(String script) throws IOException, InterruptedException {
        Run r = bash(Map.of(), script);
        assertThat(r.out()).as(r.toString()).isEqualTo("exit 0\n");
        return r;
    }

    @Test
    void aReaderThatWentAwayEndsTheRunQuietly() throws Exception {
        // a pipe whose reader has closed before advisor writes: the first write fails with EPIPE, every time
        Run r = afterTheReaderWentAway("mkfifo \"$1/pipe\" && exec 3<>\"$1/pipe\" 4>\"$1/pipe\" && exec 3<&-\n"
                + "\"$0\" list -o json >&4; echo \"exit $?\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void batchModeStopsWhenItsReaderWentAway() throws Exception {
        // 50 pairs of lines: each 'show nosuch' that runs says so on stderr; 50 JSON lists fill any pipe many times over
        Run r = afterTheReaderWentAway("for i in $(seq 50); do printf 'list -o json\\nshow nosuch\\n'; done"
                + " | \"$0\" shell | head -1 >/dev/null; echo \"exit ${PIPESTATUS[1]}\"");
        long ran = r.err().lines().filter(l -> l.contains("unknown library 'nosuch'")).count();
        assertThat(ran).as(r.toString()).isLessThan(50);
    }

    /** The JDKs to run the launcher on: the one running the tests, and Java 25 where it is installed. */
    static List<String> jdks() {
        List<String> homes = new ArrayList<>(List.of(System.getProperty("java.home")));
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isExecutable(jdk25.resolve("bin/java")) && !homes.contains(jdk25.toString())) {
            homes.add(jdk25.toString());
        }
        return homes;
    }

    /**
     * A script prelude with the non-ASCII names as bash escapes, so that this JVM, whatever its own locale,
     * passes only ASCII: {@code $e} is U+00E9, {@code $dir} a Chinese directory name, {@code $rag} the
     * SPEC's "RAG 系统".
     */
    private static final String NAMES = "e=$'\\xc3\\xa9'; dir=$'\\xe7\\x9b\\xae\\xe5\\xbd\\x95';"
            + " rag=$'RAG \\xe7\\xb3\\xbb\\xe7\\xbb\\x9f'\n";

    private static final String RECOMMEND_RAG = "\"$0\" recommend --scenario \"$rag\" --top 1 -o csv --fields rank,id";

    /**
     * A script that passes non-ASCII names in a locale that cannot encode them (C, or none set at all), and its
     * output: the start of it for a listing (the built-in catalog grows), or the whole of it.
     */
    record NonAsciiRun(String what, boolean noLocaleAtAll, String script, String output, boolean wholeOutput) {
        @Override
        public String toString() {
            return what + (noLocaleAtAll ? " with no locale at all" : " in the C locale");
        }
    }

    /** Every non-ASCII run on every JDK. */
    static Stream<Arguments> nonAsciiRuns() {
        String listed = "id\r\nqdrant\r\n";
        List<NonAsciiRun> runs = List.of(
                new NonAsciiRun("a non-ASCII home", false,
                        "mkdir -p \"$1/h$e\" && HOME=\"$1/h$e\" \"$0\" list -o csv --fields id", listed, false),
                new NonAsciiRun("a non-ASCII catalog path in the environment", false,
                        "mkdir -p \"$1/team$e/libraries\" && ADVISOR_CATALOG=\"$1/team$e\" \"$0\" list -o csv --fields id",
                        listed, false),
                new NonAsciiRun("a Chinese catalog directory", false,
                        "mkdir -p \"$1/$dir/libraries\" && \"$0\" --catalog \"$1/$dir\" list -o csv --fields id", listed, false),
                new NonAsciiRun("the SPEC's Chinese scenario name", false, RECOMMEND_RAG, "rank,id\r\n1,qdrant\r\n", true),
                new NonAsciiRun("the SPEC's Chinese scenario name", true, RECOMMEND_RAG, "rank,id\r\n1,qdrant\r\n", true));
        return jdks().stream().flatMap(jdk -> runs.stream().map(run -> Arguments.of(jdk, run)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("nonAsciiRuns")
    void nonAsciiNamesWorkInALocaleThatCannotEncodeThem(String jdk, NonAsciiRun run) throws Exception {
        Run r = run.noLocaleAtAll()
                ? bash(Map.of("JAVA_HOME", jdk), NAMES + "unset LANG LANGUAGE LC_ALL LC_CTYPE LC_MESSAGES\n" + run.script())
                : bash(Map.of("JAVA_HOME", jdk, "LC_ALL", "C", "LANG", "C"), NAMES + run.script());
        assertThat(r.exit()).as(r.toString()).isZero();
        if (run.wholeOutput()) {
            assertThat(r.out()).isEqualTo(run.output());
        } else {
            assertThat(r.out()).startsWith(run.output());
        }
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingChineseLocaleStillGivesChineseLabelsAndDecodesArguments() throws Exception {
        // where zh_CN.UTF-8 is not installed (as on the CI machine) the C library falls back to ASCII, yet the
        // user asked for Chinese; where it is, this passes as it always did. (bash warns about the locale on stderr.)
        Run r = bash(Map.of("LC_ALL", "zh_CN.UTF-8"), NAMES + "\"$0\" recommend --scenario \"$rag\" --top 1 | head -1");
        assertThat(r.out()).as(r.toString()).isEqualTo("\u573a\u666f\u63a8\u8350\uff1aRAG \u7cfb\u7edf (rag)\n");
    }

    /**
     * A copy of the launcher with a copy of the built jar, a stand-in source tree and a stand-in Maven
     * wrapper that only records that it was asked to build, so that a test can change its files freely.
     */
    private Path copyOfTheProject() throws IOException {
        Path root = temp.resolve("project");
        Files.createDirectories(root.resolve("src/main/java"));
        Files.createDirectories(root.resolve("catalog/libraries"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(root.resolve("catalog/libraries/qdrant.yaml"), "id: qdrant\n");
        Files.copy(LAUNCHER, root.resolve("advisor"));
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\necho \"$*\" >> build.log\ntouch target/advisor.jar\n");
        for (Path p : List.of(root.resolve("advisor"), mvnw)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // copied last: the jar is newer than every file of the tree, as after a build
        Files.copy(LAUNCHER.resolveSibling("target/advisor.jar"), root.resolve("target/advisor.jar"));
        return root;
    }

    @Test
    void rebuildsWhenASourceChangedButKeptAnOlderModificationTime() throws Exception {
        Path root = copyOfTheProject();
        Path build = root.resolve("build.log");
        Map<String, String> noCds = Map.of("ADVISOR_NO_CDS", "1");
        Run fresh = run(noCds, root.resolve("advisor").toString(), "--version");
        assertThat(fresh.exit()).as(fresh.toString()).isZero();
        assertThat(build).as("a fresh jar is not rebuilt").doesNotExist();

        // as tar --mtime, cp -p or a restored backup do: new content, a modification time older than the jar
        Path library = root.resolve("catalog/libraries/qdrant.yaml");
        Files.writeString(library, "id: qdrant\nname: Qdrant\n");
        Run edited = bash(Map.of(), "touch -d '2001-01-01 00:00' \"$1/project/catalog/libraries/qdrant.yaml\"");
        assertThat(edited.exit()).as(edited.toString()).isZero();
        assertThat(library.toFile().lastModified()).isLessThan(root.resolve("target/advisor.jar").toFile().lastModified());

        Run r = run(noCds, root.resolve("advisor").toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("advisor: building");
        assertThat(Files.readAllLines(build)).hasSize(1);
        Run again = run(noCds, root.resolve("advisor").toString(), "--version");
        assertThat(again.err()).isEmpty();
        assertThat(Files.readAllLines(build)).as("rebuilt once").hasSize(1);
    }

    /** A JDK whose {@code java} writes its arguments to {@code log}, one run a line, then runs the real one. */
    private Path loggingJdk(String realHome, Path log) throws IOException {
        Path home = temp.resolve("jdk-" + Path.of(realHome).getFileName());
        Files.createDirectories(home.resolve("bin"));
        if (Files.exists(Path.of(realHome, "release"))) {
            Files.copy(Path.of(realHome, "release"), home.resolve("release"));
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log + "'\nexec '" + realHome + "/bin/java' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /**
     * The class-data archive the launcher trained in a project's target/ (the .jsa of 17-24 or the .aot of 25;
     * on 25, show has a cache of its own, advisor-25-show.aot).
     */
    private static Path archive(Path root) throws IOException {
        try (var files = Files.list(root.resolve("target"))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches("advisor-\\d+(-[a-z]+)?\\.(jsa|aot)")).toList();
            assertThat(found).as("one archive in " + root.resolve("target")).hasSize(1);
            return found.get(0);
        }
    }

    private static long trainings(Path log) throws IOException {
        // the archive of 17-24 is dumped (-Xshare:dump) from the class list of a training run; 25 writes its cache itself
        return Files.readAllLines(log).stream().filter(l -> l.contains("-Xshare:dump") || l.contains("AOTCacheOutput=")).count();
    }

    /** The arguments of the last java run that answered {@code show qdrant}. */
    private static String lastAnswer(Path log) throws IOException {
        List<String> runs = Files.readAllLines(log).stream().filter(l -> l.endsWith(" show qdrant -o json")).toList();
        return runs.get(runs.size() - 1);
    }

    /** Runs {@code show qdrant -o json} with a copy's launcher in an empty working directory and checks the answer. */
    private Run answers(Path root, Map<String, String> env) throws Exception {
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        Run r = runIn(cwd, env, root.resolve("advisor").toString(), "show", "qdrant", "-o", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).at("/library/id").asText()).as(r.toString()).isEqualTo("qdrant");
        assertThat(r.err()).isEmpty();
        try (var left = Files.list(cwd)) {
            assertThat(left.toList()).as("files left in the working directory").isEmpty();
        }
        return r;
    }

    private static void damage(Path file, boolean truncate) throws IOException {
        file.toFile().setWritable(true);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long size = f.length();
            if (truncate) {
                f.setLength(size / 2);
                return;
            }
            byte[] noise = new byte[4096];
            java.util.Arrays.fill(noise, (byte) 0xff);
            for (long at = size / 8; at < size - noise.length; at += size / 8) {
                f.seek(at);
                f.write(noise);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aDamagedClassDataArchiveIsNoticedAndTrainedAgain(String jdk) throws Exception {
        Path root = copyOfTheProject();
        Path log = temp.resolve("java.log");
        Map<String, String> env = Map.of("JAVA_HOME", loggingJdk(jdk, log).toString(), "TMPDIR", Files.createDirectories(temp.resolve("tmp")).toString());
        answers(root, env);
        Path archive = archive(root);
        assertThat(trainings(log)).isEqualTo(1);

        damage(archive, true); // a truncated archive crashed every run with SIGBUS (exit 134)
        answers(root, env);
        assertThat(trainings(log)).as("trained again after the truncation").isEqualTo(2);

        damage(archive, false); // flipped bytes: a crash or wrong classes, depending on where they fall
        answers(root, env);
        assertThat(trainings(log)).as("trained again after the flipped bytes").isEqualTo(3);

        answers(root, env);
        assertThat(trainings(log)).as("an intact archive is not trained again").isEqualTo(3);
        assertThat(lastAnswer(log)).containsPattern("-XX:(SharedArchiveFile|AOTCache)=" + java.util.regex.Pattern.quote(archive.toString()));
    }

    @Test
    void g1OnlyForTheBuiltInCatalogOnJava17To24() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() < 25, "Java 25 runs Serial GC always");
        Path log = temp.resolve("gc.log");
        Map<String, String> env = Map.of("JAVA_HOME", loggingJdk(System.getProperty("java.home"), log).toString(),
                "ADVISOR_NO_CDS", "1");
        String team = Files.createDirectories(temp.resolve("team-overlay")).toString(); // an overlay with nothing in it yet
        assertThat(run(env, LAUNCHER.toString(), "list", "--fields", "id").exit()).isZero();
        assertThat(run(env, LAUNCHER.toString(), "list", "--catalog", team, "--fields", "id").exit()).isZero();
        assertThat(run(env, LAUNCHER.toString(), "list", "--catalog=" + team, "--fields", "id").exit()).isZero();
        Map<String, String> overlay = new java.util.HashMap<>(env);
        overlay.put("ADVISOR_CATALOG", team);
        assertThat(run(overlay, LAUNCHER.toString(), "list", "--fields", "id").exit()).isZero();
        assertThat(run(env, LAUNCHER.toString(), "shell").exit()).isZero();
        // the command is found after the common options and their values
        assertThat(run(env, LAUNCHER.toString(), "--lang", "en", "-o", "json", "shell").exit()).isZero();
        List<String> runs = Files.readAllLines(log);
        assertThat(runs).hasSize(6);
        assertThat(runs.get(0)).as("the built-in catalog alone: G1, whose archived objects Java 17 maps").contains("-XX:+UseG1GC");
        // a team's overlays can hold 100,000 files, and the shell runs long batches: Serial takes far less memory there
        for (String r : runs.subList(1, 6)) {
            assertThat(r).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseG1GC");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenCostsNoTrainingAndNoErrors() throws Exception {
        Path root = copyOfTheProject();
        Path log = temp.resolve("java.log");
        Map<String, String> env = Map.of("JAVA_HOME", loggingJdk(System.getProperty("java.home"), log).toString());
        answers(root, env);
        damage(archive(root), true);
        Path target = root.resolve("target");
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        // root writes anywhere: an immutable directory is what it cannot write
        Run locked = asRoot ? run(Map.of(), "chattr", "+i", target.toString()) : run(Map.of(), "chmod", "a-w", target.toString());
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.exit() == 0, "cannot make target/ unwritable here: " + locked);
        try {
            for (int i = 0; i < 2; i++) {
                answers(root, env);
            }
        } finally {
            run(Map.of(), asRoot ? "chattr" : "chmod", asRoot ? "-i" : "u+w", target.toString());
        }
        assertThat(trainings(log)).as("no training where target/ cannot be written").isEqualTo(1);
        assertThat(lastAnswer(log)).as("the damaged archive is not used").doesNotContain("SharedArchiveFile").doesNotContain("AOTCache");
    }

    @Test
    void aJvmThatCrashesLeavesItsReportInTheTemporaryDirectory() throws Exception {
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        // a heap too small to load the catalog (4 MiB: G1, the launcher's collector on 17 to 24, cannot start
        // in 2 MiB; Serial GC on 25 loads the catalog in 5 MiB), and a JVM told to crash when it runs out
        Run r = runIn(cwd, Map.of("JAVA_TOOL_OPTIONS", "-Xmx4m -XX:+CrashOnOutOfMemoryError", "ADVISOR_NO_CDS", "1",
                "TMPDIR", tmp.toString()), LAUNCHER.toString(), "list", "-o", "json");
        assertThat(r.exit()).as(r.toString()).isNotZero();
        try (var inCwd = Files.list(cwd); var inTmp = Files.list(tmp)) {
            assertThat(inCwd.toList()).as("no hs_err or core file in the working directory").isEmpty();
            assertThat(inTmp.map(p -> p.getFileName().toString()).toList()).as(r.toString()).anyMatch(n -> n.matches("advisor-hs_err_pid\\d+\\.log"));
        }
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
