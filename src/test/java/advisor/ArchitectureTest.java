package advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The arrows between packages point one way (STYLE.md): model imports nothing of ours, catalog only model. */
class ArchitectureTest {
    private static final Pattern REFERENCE = Pattern.compile("\\badvisor\\.(\\w+)\\.");

    @Test
    void modelAndCatalogDependOnNothingAboveThem() throws IOException {
        Map<String, List<String>> allowed = Map.of("model", List.of("model"), "catalog", List.of("model", "catalog"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : allowed.entrySet()) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/advisor", e.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = REFERENCE.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!e.getValue().contains(m.group(1))) {
                            wrong.add(file + " uses advisor." + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
