package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader of YAML's subset gives exactly the tree (keys in order, values, styles, types,
 * locations) that SnakeYAML gives, or gives up: on every catalog file and fixture, on generated files
 * within and around the subset, and on thousands of mutations of all of them.
 */
class YamlSubsetTest {
    private static final String[] SCALARS = {"word", "two words", "1", "-1.5", "0x1F", "1_000", ".5", "1e3", "yes",
        "No", "on", "off", "~", "null", "true", "2025-10-23", "2025-10", "'quoted'", "'it''s'", "''", "\"dq\"",
        "\"a\\\"b\"", "\"a\\\\b\"", "\"tab\\tnew\\nline\"", "\"\\u00e9\"", "\"\\x41\"", "C#", "a #b", "a#b",
        "http://x.y/z", "a:b", "a: b", "x,y", "[a, b]", "[]", "{}", "{a: b}", "{a: 1, b: [c, d]}", "'21,000+'",
        "以 Rust 编写", "é", "-", "--x", "- x", "?x", ":x", "&a x", "*a", "!t x", "!!str 1", "|", ">", "%x", "@x",
        "`x", "a  b", "trailing  ", "{a: b,}", "[a,]", "{a:b}", "{a : b}", "{'a': b}", "[a: b]", "{a: http://x}",
        "[-1, - 1]", "[a #c]", "{a: b} c", "'a' b", "'a'#c", "<<", "[?a]", "{a: [b, {c: d}]}"};
    private static final String[] KEYS = {"id", "name", "a", "b", "key", "two words", "x-y", "yes", "1", "<<", "-k",
        "'q'", "k ", "é"};

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("catalog"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")
                        || p.toString().endsWith(".yml")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(p);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (text.getBytes(StandardCharsets.UTF_8).length == bytes.length) {
                        texts.add(text);
                    }
                }
            }
        }
        return texts;
    }

    /** The tree as text, keys in order, with every location, style and type. */
    static String dump(YNode node) {
        StringBuilder sb = new StringBuilder();
        dump(node, sb);
        return sb.toString();
    }

    private static void dump(YNode node, StringBuilder sb) {
        if (node == null) {
            sb.append("null");
            return;
        }
        sb.append(node.loc().line()).append(':').append(node.loc().column()).append(node.loc().file()).append(' ');
        if (node instanceof YNode.Scalar s) {
            sb.append(s.plain() ? "plain " : "quoted ").append(s.type()).append(" <").append(s.text()).append('>');
        } else if (node instanceof YNode.Mapping m) {
            sb.append('{');
            for (YNode.Entry e : m.entries().values()) {
                sb.append(e.key()).append('@').append(e.keyLoc().line()).append(':').append(e.keyLoc().column())
                        .append('=');
                dump(e.value(), sb);
                sb.append(", ");
            }
            sb.append('}');
        } else if (node instanceof YNode.Sequence q) {
            sb.append('[');
            for (YNode item : q.items()) {
                dump(item, sb);
                sb.append(", ");
            }
            sb.append(']');
        }
    }

    /** Checks one text; true when the subset reader read it. */
    private static boolean agrees(String text) {
        YNode subset = YamlSubset.read(text, "f.yaml");
        if (subset == null) {
            return false;
        }
        String what = text.length() > 400 ? text.substring(0, 400) : text;
        YNode events = YamlReader.Events.read(text, "f.yaml");
        assertThat(events).as("SnakeYAML's events read what the subset reader read:%n%s", what).isNotNull();
        assertThat(dump(subset)).as(what).isEqualTo(dump(events));
        Problems problems = new Problems();
        YNode full = new YamlReader("f.yaml", problems).full(text);
        assertThat(problems.list()).as("the full parser finds no problem in:%n%s", what).isEmpty();
        assertThat(dump(subset)).as(what).isEqualTo(dump(full));
        return true;
    }

    @Test
    void everyCatalogFileAndFixtureIsReadAsSnakeYamlReadsItOrLeftToIt() throws IOException {
        int read = 0;
        List<String> texts = corpus();
        for (String text : texts) {
            read += agrees(text) ? 1 : 0;
        }
        assertThat(read).as("files the subset reader read").isGreaterThan(texts.size() * 3 / 4);
    }

    @Test
    void everyShippedAndFixtureLibraryIsWithinTheSubset() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("catalog/libraries")),
                Files.list(Path.of("src/test/resources/mini/libraries")))) {
            for (Path p : files.toList()) {
                assertThat(YamlSubset.read(Files.readString(p), "f.yaml")).as(p.toString()).isNotNull();
            }
        }
    }

    @Test
    void generatedFilesAreReadAsSnakeYamlReadsThemOrLeftToIt() {
        Random random = new Random(16);
        int read = 0;
        for (int k = 0; k < 6000; k++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0) {
                sb.append("# a comment\n");
            }
            block(sb, random, 0, 0);
            read += agrees(sb.toString()) ? 1 : 0;
        }
        assertThat(read).as("generated files the subset reader read").isGreaterThan(400);
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** A block mapping at {@code indent}, mostly well-formed, sometimes not. */
    private static void block(StringBuilder sb, Random random, int indent, int depth) {
        int keys = 1 + random.nextInt(4);
        for (int k = 0; k < keys; k++) {
            String pad = " ".repeat(indent + (random.nextInt(30) == 0 ? 1 : 0));
            sb.append(pad).append(pick(random, KEYS)).append(k).append(random.nextInt(20) == 0 ? " :" : ":");
            int kind = depth > 3 ? 0 : random.nextInt(6);
            if (kind <= 2) {
                sb.append(' ').append(pick(random, SCALARS));
                if (random.nextInt(8) == 0) {
                    sb.append(random.nextBoolean() ? "  # note" : "#x");
                }
                sb.append('\n');
                if (random.nextInt(25) == 0) {
                    sb.append(pad).append(random.nextBoolean() ? "  continued\n" : "# comment\n");
                }
            } else if (kind == 3) {
                sb.append(random.nextInt(10) == 0 ? "   # c\n" : "\n");
                block(sb, random, indent + 1 + random.nextInt(3), depth + 1);
            } else {
                sb.append('\n');
                int dash = indent + (random.nextBoolean() ? 0 : 2);
                int items = 1 + random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    sb.append(" ".repeat(dash)).append("-");
                    if (random.nextInt(3) == 0 && depth < 3) {
                        if (random.nextBoolean()) {
                            sb.append(' ');
                            StringBuilder inner = new StringBuilder();
                            block(inner, random, dash + 2, depth + 1);
                            sb.append(inner.substring(dash + 2));
                        } else {
                            sb.append('\n');
                            block(sb, random, dash + 2, depth + 1);
                        }
                    } else {
                        sb.append(random.nextInt(20) == 0 ? "\n" + " ".repeat(dash + 2) : " ")
                                .append(pick(random, SCALARS)).append('\n');
                    }
                }
            }
            if (random.nextInt(10) == 0) {
                sb.append(random.nextBoolean() ? "\n" : "   \n");
            }
        }
    }

    @Test
    void mutatedFilesAreReadAsSnakeYamlReadsThemOrLeftToIt() throws IOException {
        List<String> texts = corpus();
        Random random = new Random(1616);
        String tricky = " \n-:#,[]{}'\"\\&*!|>?%@`\t\r.0aé";
        int read = 0;
        for (int k = 0; k < 8000; k++) {
            String text = texts.get(random.nextInt(texts.size()));
            StringBuilder sb = new StringBuilder(text);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(5)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, tricky.charAt(random.nextInt(tricky.length())));
                    case 2 -> sb.setCharAt(at, tricky.charAt(random.nextInt(tricky.length())));
                    case 3 -> {
                        int start = sb.lastIndexOf("\n", at) + 1;
                        sb.insert(start, random.nextBoolean() ? " " : "  ");
                    }
                    default -> {
                        int start = sb.lastIndexOf("\n", at) + 1;
                        int end = sb.indexOf("\n", at);
                        if (end > start) {
                            sb.insert(start, sb.substring(start, end + 1));
                        }
                    }
                }
            }
            read += agrees(sb.toString()) ? 1 : 0;
        }
        assertThat(read).as("mutated files the subset reader read").isGreaterThan(1000);
    }
}
