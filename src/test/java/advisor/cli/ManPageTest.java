package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed manual page is the one the annotations generate, and it is valid, safe roff. */
class ManPageTest {
    @Test
    void committedPageMatchesTheGeneratedOne() throws Exception {
        Cli.Result r = new Cli().run("man");
        assertThat(r.exit()).as(r.toString()).isZero();
        Path file = Path.of("src", "man", "advisor.1");
        assertThat(r.out()).as("regenerate with: ./advisor man > src/man/advisor.1")
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        // every command is documented, and no text line can be taken for a roff request
        for (String name : CommandModel.COMMANDS) {
            if (!name.equals("man")) {
                assertThat(r.out()).contains(".SS advisor " + name);
            }
        }
        assertThat(r.out().lines().filter(l -> !l.isEmpty() && !l.startsWith(".") && (l.startsWith("'"))))
                .isEmpty();
    }

    @Test
    void roffEscapesBackslashesHyphensAndLeadingDots() {
        assertThat(ManPage.roff("a\\b -x")).isEqualTo("a\\eb \\-x");
        assertThat(ManPage.roff(".TH injected")).isEqualTo("\\&.TH injected");
    }
}
