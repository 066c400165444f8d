package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.shell.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What users see, pinned: each line of {@code golden/cases.txt} is {@code name | ENV=value ... | arguments}, the
 * arguments split into words as {@code advisor shell} splits a line (quotes group words);
 * the expected stdout (and stderr and exit code when not plain success) is {@code golden/<name>.out}.
 * Regenerate with {@code ./mvnw test -Dtest=GoldenTest -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    record Case(String name, List<String[]> env, String[] args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            List<String[]> env = new ArrayList<>();
            for (String kv : parts[1].trim().split("\\s+")) {
                if (!kv.isEmpty()) {
                    env.add(kv.split("=", 2));
                }
            }
            cases.add(new Case(parts[0].trim(), env, Words.split(parts[2]).toArray(String[]::new)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesGolden(Case c) throws IOException {
        Cli cli = new Cli().env("COLUMNS", "100");
        for (String[] kv : c.env()) {
            cli.env(kv[0], kv[1]);
        }
        Cli.Result r = cli.run(c.args());
        String actual = r.out();
        if (r.exit() != 0 || !r.err().isEmpty()) {
            actual += "--- stderr ---\n" + r.err() + "--- exit " + r.exit() + " ---\n";
        }
        Path file = DIR.resolve(c.name() + ".out");
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        // a missing golden file is a failure, not a new truth: it is written only when regeneration is asked for
        assertThat(file).as("golden file %s is missing; write it with -Dgolden.update=true and review it", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
