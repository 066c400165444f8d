package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken fixture per kind of error: each is laid over the fixture catalog and must give its
 * error code at the file, line and column its first line names, through the loader and through the CLI.
 * A fixture with several independent problems lists the others on {@code # also: code @ line:column}
 * lines; then the errors of its file must be exactly those, each once.
 */
class BrokenCatalogTest {
    private static final Path BROKEN = Path.of("src/test/resources/broken");
    private static final Pattern CASE = Pattern.compile("# case: (\\S+) -> (\\S+) @ (\\d+):(\\d+)");
    private static final Pattern ALSO = Pattern.compile("# also: (\\S+) @ (\\d+):(\\d+)");
    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

    @TempDir
    Path temp;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheErrorWhereItIs(Path fixture) throws IOException {
        String text = Files.readString(fixture);
        Matcher m = CASE.matcher(text.lines().findFirst().orElse(""));
        assertThat(m.matches()).as("first line of %s names the case", fixture).isTrue();
        Path target = temp.resolve("overlay").resolve(m.group(1));
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);

        CatalogLoader.Result result = CatalogLoader.load(List.of(Cli.MINI, temp.resolve("overlay")), false, DAY);

        String file = temp.resolve("overlay") + "/" + m.group(1);
        assertThat(result.problems())
                .as("problems of %s", fixture)
                .anySatisfy(p -> {
                    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
                    assertThat(p.code()).isEqualTo(m.group(2));
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.line()).isEqualTo(Integer.parseInt(m.group(3)));
                    assertThat(p.column()).isEqualTo(Integer.parseInt(m.group(4)));
                });
        List<String> also = text.lines().map(ALSO::matcher).filter(Matcher::matches)
                .map(a -> a.group(1) + " @ " + a.group(2) + ":" + a.group(3)).toList();
        if (!also.isEmpty()) {
            List<String> expected = new java.util.ArrayList<>(also);
            expected.add(m.group(2) + " @ " + m.group(3) + ":" + m.group(4));
            assertThat(result.errors().stream().filter(p -> p.file().equals(file))
                    .map(p -> p.code() + " @ " + p.line() + ":" + p.column()).toList())
                    .as("errors of %s: every independent problem, each once", fixture)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        Cli.Result cli = new Cli().mini("validate", "--catalog", temp.resolve("overlay").toString());
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(3);
        String where = m.group(3).equals("0") ? file + ": " : file + ":" + m.group(3) + ":" + m.group(4) + ": ";
        assertThat(cli.out()).contains(where).contains("[" + m.group(2) + "]");
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");

        Cli.Result list = new Cli().mini("list", "--catalog", temp.resolve("overlay").toString());
        assertThat(list.exit()).as(list.toString()).isEqualTo(3);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).contains("the catalog is invalid").doesNotContain("\tat ");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() throws IOException {
        Path overlay = temp.resolve("many");
        Files.createDirectories(overlay.resolve("libraries"));
        List<String> expected = new java.util.ArrayList<>();
        for (Path p : cases().toList()) {
            String rel = CASE.matcher(Files.readString(p).lines().findFirst().orElseThrow()).replaceAll("$1");
            if (rel.startsWith("libraries/")) {
                Files.copy(p, overlay.resolve(rel));
                expected.add(overlay + "/" + rel);
            }
        }
        CatalogLoader.Result result = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
        assertThat(result.errors().stream().map(Problem::file).distinct().toList()).containsAll(expected);
    }

    @Test
    void rejectsByteOrderMark() throws IOException {
        assertSingle(bytes("\uFEFFid: bom\n"), "byte-order-mark", 1, 1);
    }

    @Test
    void rejectsInvalidUtf8WithItsPosition() throws IOException {
        byte[] head = "id: bad-utf8\nname: caf".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[head.length + 2];
        System.arraycopy(head, 0, data, 0, head.length);
        data[head.length] = (byte) 0xC3;
        data[head.length + 1] = (byte) 0x28;
        assertSingle(data, "invalid-utf8", 2, 10);
    }

    @Test
    void rejectsNulBytes() throws IOException {
        assertSingle(bytes("id: nul\nname: a\u0000b\n"), "control-character", 2, 8);
    }

    @Test
    void rejectsControlCharactersInText() throws IOException {
        assertSingle(bytes("id: ctl\nname: \"a\\u001b[31mb\"\ncategory: orm\nsummary: {en: x, zh: y}\n"),
                "control-character", 2, 7);
    }

    @Test
    void anInvisibleCharacterIsNamedAndTheNameItImitatesIsADuplicate() throws IOException {
        Path overlay = temp.resolve("imitation");
        Files.createDirectories(overlay.resolve("libraries"));
        Files.writeString(overlay.resolve("libraries/fake.yaml"), "id: fake\nname: \"Al\\u200Bpha\"\n"
                + "category: vector-db\nsummary: {en: x, zh: z}\n");
        CatalogLoader.Result result = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("invisible-character");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).contains("'Al<U+200B>pha'").contains("U+200B ZERO WIDTH SPACE");
        });
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("duplicate-alias");
            assertThat(p.message()).contains("'Al<U+200B>pha'").contains("already used by library 'alpha'");
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertSingle(byte[] content, String code, int line, int column) throws IOException {
        Path overlay = temp.resolve("single");
        Files.createDirectories(overlay.resolve("libraries"));
        Files.write(overlay.resolve("libraries/case.yaml"), content);
        CatalogLoader.Result result = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
        });
    }
}
