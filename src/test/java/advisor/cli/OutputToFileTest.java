package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/** {@code --to FILE}: written whole or not at all, unchanged files untouched; batch answers split by line. */
class OutputToFileTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    @TempDir
    Path temp;

    @Test
    void toFileWritesWhatStdoutWouldAndNothingToStdout() throws Exception {
        Path file = temp.resolve("list.json");
        Cli.Result printed = new Cli().mini("list", "-o", "json");
        Cli.Result written = new Cli().mini("list", "-o", "json", "--to", file.toString());
        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(printed.out()).startsWith("{\n");
        assertThat(siblings()).containsExactly("list.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stack --scenario rag", "stack show rag-service"})
    void aMermaidGraphGoesToTheFileAsEveryOtherFormatDoes(String command) throws Exception {
        // the stack commands printed their Mermaid graph straight to stdout, past --to
        Path file = temp.resolve("stack.mmd");
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", "mermaid"));
        Cli.Result printed = new Cli().run(args.toArray(String[]::new));
        args.addAll(List.of("--to", file.toString()));
        Cli.Result written = new Cli().run(args.toArray(String[]::new));
        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(printed.out()).startsWith("graph ");
    }

    @Test
    void aSecondRunWithTheSameAnswerLeavesTheFileAloneAndAChangedAnswerReplacesIt() throws Exception {
        Path file = temp.resolve("alpha.md");
        assertThat(new Cli().mini("show", "alpha", "-o", "markdown", "--to", file.toString()).exit()).isZero();
        Files.setLastModifiedTime(file, LONG_AGO);
        String before = Files.readString(file);
        assertThat(new Cli().mini("show", "alpha", "--to", file.toString(), "-o", "markdown").exit()).isZero();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(Files.readString(file)).isEqualTo(before);

        assertThat(new Cli().mini("show", "beta", "-o", "markdown", "--to", file.toString()).exit()).isZero();
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(LONG_AGO);
        assertThat(Files.readString(file)).isNotEqualTo(before).isEqualTo(new Cli().mini("show", "beta", "-o", "markdown").out());
        assertThat(siblings()).containsExactly("alpha.md");
    }

    @Test
    void aRunThatFailsBeforeWritingLeavesTheEarlierFileAsItWas() throws Exception {
        Path file = temp.resolve("answer.txt");
        Files.writeString(file, "earlier answer\n");
        Files.setLastModifiedTime(file, LONG_AGO);
        Cli.Result r = new Cli().mini("show", "nosuch", "--to", file.toString());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(Files.readString(file)).isEqualTo("earlier answer\n");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(siblings()).containsExactly("answer.txt");
    }

    @Test
    void aFileThatCannotBeWrittenIsAnOutputFailure() throws Exception {
        Path missing = temp.resolve("no/such/dir/out.json");
        Cli.Result r = new Cli().mini("list", "--to", missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: " + missing + ": no such directory\n");
        Cli.Result dir = new Cli().mini("list", "--to", temp.toString());
        assertThat(dir.exit()).isEqualTo(1);
        assertThat(dir.err()).isEqualTo("advisor: cannot write the output: " + temp + ": is a directory\n");
        Cli.Result empty = new Cli().mini("list", "--to", "");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("advisor: --to needs a file name, not an empty value\n");
    }

    @Test
    void aLinkStaysALinkAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path real = temp.resolve("real.csv");
        Files.writeString(real, "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(temp.resolve("link.csv"), Path.of("real.csv"));
        Cli.Result r = new Cli().mini("list", "-o", "csv", "--fields", "id", "--to", link.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("id\r\nalpha\r\ngamma\r\nbeta\r\ndelta\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
    }

    @Test
    void batchJsonAnswersAreOneLineEachAndAFailingJsonLineIsAnErrorObject() throws Exception {
        String mini = " --no-builtin-catalog --catalog " + Cli.MINI;
        Cli.Result r = new Cli().stdin("recommend --scenario rag --format json" + mini + "\n"
                + "show alpha --format json" + mini + "\n"
                + "# a comment counts as a line\n"
                + "show nosuch -o json" + mini + "\n"
                + "show \"unclosed\n").run("shell", "-o", "json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as(r.toString()).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        JsonNode recommend = json.readTree(lines.get(0));
        assertThat(recommend.at("/recommendations/0/id").asText()).isEqualTo("alpha");
        assertThat(json.readTree(lines.get(1)).at("/library/id").asText()).isEqualTo("alpha");
        assertThat(lines.get(2)).isEqualTo("{\"error\":\"unknown library 'nosuch'; 'advisor list' lists them all\",\"line\":4,\"exit\":4}");
        assertThat(lines.get(3)).isEqualTo("{\"error\":\"unclosed double quote\",\"line\":5,\"exit\":2}");
        assertThat(r.err()).contains("advisor: line 4: unknown library 'nosuch'").contains("advisor: line 5: unclosed double quote");
    }

    @Test
    void aBatchLineMayWriteItsAnswerToAFileButTheShellTakesNoFile() throws Exception {
        Path file = temp.resolve("alpha.json");
        Cli.Result r = new Cli().stdin("show alpha -o json --to " + file + "\nlist --fields id -o csv\n")
                .run("shell", "--no-builtin-catalog", "--catalog", Cli.MINI.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("id\r\nalpha\r\ngamma\r\nbeta\r\ndelta\r\n");
        assertThat(Files.readString(file)).isEqualTo(new Cli().mini("show", "alpha", "-o", "json").out());

        Cli.Result shell = new Cli().stdin("list\n").run("shell", "--to", file.toString());
        assertThat(shell.exit()).isEqualTo(2);
        assertThat(shell.err()).startsWith("advisor: --to goes on a line of the shell");
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
