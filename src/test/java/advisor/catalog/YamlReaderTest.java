package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader straight over SnakeYAML's events gives exactly the tree (values, types, locations) that
 * the full path through Jackson's parser gives, and gives up on every file that path finds a problem in.
 */
class YamlReaderTest {
    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("catalog"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".out")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void theFastReaderGivesWhatTheFullPathGivesOrGivesUp() throws IOException {
        int fast = 0;
        int gaveUp = 0;
        List<String> texts = new ArrayList<>(List.of("id: x\nempty:\nlist: []\nmap: {}\nq: 'a'\nn: ~\nb: yes\n",
                "! plain: ! tagged\n", "a: 1\n---\nb: 2\n", "a: &x 1\nb: *x\n", "a: 1\na: 2\n", "<<: {a: 1}\n",
                "'quoted key': 1\n", "1: one\n", "- a\n- b\n", "scalar\n", "a: !!str 1\n", "a: [b, {c: d}, [e]]\n",
                "a:\n  - b: c\n    d: |\n      block\n  - >-\n    folded\n"));
        for (Path p : yamlFiles()) {
            byte[] bytes = Files.readAllBytes(p);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.getBytes(StandardCharsets.UTF_8).length == bytes.length && text.indexOf('\0') < 0) {
                texts.add(text);
            }
        }
        for (String text : texts) {
            YNode quick = YamlReader.Events.read(text, "f.yaml");
            Problems problems = new Problems();
            YNode full = new YamlReader("f.yaml", problems).full(text);
            String what = text.length() > 300 ? text.substring(0, 300) : text;
            if (quick == null) {
                gaveUp++;
                continue;
            }
            fast++;
            assertThat(problems.list()).as("the full path finds no problem in what the fast one reads:%n%s", what).isEmpty();
            assertThat(quick).as(what).isEqualTo(full);
        }
        assertThat(fast).as("files read the fast way").isGreaterThan(200);
        assertThat(gaveUp).as("files left to the full path").isGreaterThan(10);
    }

    @Test
    void everyShippedAndFixtureLibraryThatIsWellFormedIsReadTheFastWay() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("catalog/libraries")), Files.list(Cli.MINI.resolve("libraries")))) {
            for (Path p : files.toList()) {
                assertThat(YamlReader.Events.read(Files.readString(p), "f.yaml")).as(p.toString()).isNotNull();
            }
        }
    }
}
