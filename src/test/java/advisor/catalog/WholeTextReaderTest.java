package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import advisor.cli.Cli;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/** The YAML reader reads in linear time, and its character reader tokenizes exactly as SnakeYAML's own. */
class WholeTextReaderTest {
    /** Bytes allocated by this thread so far: the work a read does, counted without a clock. */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long work(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        long before = allocated();
        Problems problems = new Problems();
        YNode root = new YamlReader("long.yaml", problems).read(bytes);
        long work = allocated() - before;
        assertThat(root).as(problems.list().toString()).isNotNull();
        return work;
    }

    @Test
    void readingGrowsLinearlyWithTheLongestValueAndComment() {
        assumeTrue(((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).isThreadAllocatedMemorySupported());
        work("id: warm-up\nname: " + "x".repeat(1 << 16) + "\n");
        int small = 512 << 10;
        int large = 8 * small;
        // SnakeYAML's reader copied the whole token read so far for every 1,024 characters: the work
        // for a value eight times longer grew 60-fold; linear reading grows it 8-fold
        long value = work("id: long\nrepository: " + "x".repeat(large) + "\n");
        long valueSmall = work("id: long\nrepository: " + "x".repeat(small) + "\n");
        assertThat((double) value / valueSmall).isLessThan(10);
        long comment = work("# " + "c".repeat(large) + "\nid: long\n");
        long commentSmall = work("# " + "c".repeat(small) + "\nid: long\n");
        assertThat((double) comment / commentSmall).isLessThan(10);
        long quoted = work("id: long\nrepository: \"" + "q".repeat(large) + "\"\n");
        long quotedSmall = work("id: long\nrepository: \"" + "q".repeat(small) + "\"\n");
        assertThat((double) quoted / quotedSmall).isLessThan(10);
    }

    @Test
    void aLongCommentLineInAValidFileIsAccepted() throws IOException {
        Path dir = Files.createTempDirectory("long-comment");
        try {
            Path libraries = Files.createDirectories(dir.resolve("libraries"));
            String alpha = Files.readString(Cli.MINI.resolve("libraries/alpha.yaml"), StandardCharsets.UTF_8);
            Files.writeString(libraries.resolve("alpha.yaml"), "# " + "c".repeat(4 << 20) + "\n" + alpha
                    .replace("Standard choice", "Long comment"), StandardCharsets.UTF_8);
            Cli.Result r = new Cli().mini("show", "alpha", "--catalog", dir.toString());
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Long comment");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The tokens SnakeYAML's scanner makes over a reader, with their marks, or the error it stops at. */
    private static List<String> tokens(StreamReader reader) {
        List<String> out = new ArrayList<>();
        try {
            ScannerImpl scanner = new ScannerImpl(reader, new LoaderOptions());
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token t = scanner.getToken();
                out.add(t.getTokenId() + (t instanceof ScalarToken s ? " " + s.getValue() + " " + s.getPlain() : "")
                        + " " + mark(t.getStartMark()) + "-" + mark(t.getEndMark()));
            }
            out.add("index " + reader.getIndex() + " line " + reader.getLine() + " column " + reader.getColumn());
        } catch (RuntimeException e) {
            out.add(e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("")
                    + " at " + reader.getLine() + ":" + reader.getColumn());
        }
        return out;
    }

    private static String mark(Mark m) {
        return m.getIndex() + "@" + m.getLine() + ":" + m.getColumn();
    }

    @Test
    void tokenizesExactlyAsSnakeYamlsOwnReader() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "id: a\r\nname: b\rc: d\u0085e: f\u2028g: h\u2029i: j\r",
                "\uFEFFid: bom\nname: \"text with \\u263A and 😀 emoji\" # comment 😀\n",
                "key: [a, b, {c: d}]\n---\nsecond: doc\n...\n",
                "text: |\n  block\n  scalar\nfolded: >-\n  more\n  text\n",
                "bad: tab\there\n\tindented: tab\n",
                "id: x\nname: a\u0007b\n",
                "id: x\n" + "pad: " + "p".repeat(3000) + "\nname: \u0001\n",
                "unclosed: [a, b\n",
                "a: 'single ''quoted'' and long " + "s".repeat(5000) + "'\n",
                "",
                "x"));
        try (Stream<Path> files = Stream.concat(Files.walk(Cli.MINI), Files.walk(Path.of("catalog")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (String text : texts) {
            List<String> expected = tokens(new StreamReader(text));
            List<String> actual = tokens(new WholeTextReader(text));
            String last = expected.get(expected.size() - 1);
            if (last.startsWith("ReaderException")) {
                // SnakeYAML's reader reports a forbidden character when it loads the 1,024 characters
                // around it; this one when the scanner reaches it: the same error, after the same tokens
                // or more
                assertThat(actual.get(actual.size() - 1)).startsWith(last.substring(0, last.indexOf(" at ")));
                assertThat(actual).startsWith(expected.subList(0, expected.size() - 1).toArray(String[]::new));
            } else {
                assertThat(actual).as(text.length() > 200 ? text.substring(0, 200) : text).isEqualTo(expected);
            }
        }
    }
}
