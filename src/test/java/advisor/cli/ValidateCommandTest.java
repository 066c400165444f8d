package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate counts when overlays lie over the built-in catalog, and how other commands point to it. */
class ValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void invalidCatalogHintRepeatsTheCatalogOptionsQuoted() throws IOException {
        Path team = temp.resolve("team's catalog");
        Files.createDirectories(team.resolve("libraries"));
        Files.writeString(team.resolve("libraries/broken.yaml"), "id: broken\n");
        Cli.Result r = new Cli().run("list", "--catalog", team.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).as(r.toString()).endsWith("for the full report, run: advisor validate --catalog '"
                + team.toString().replace("'", "'\\''") + "'\n");

        Cli.Result mini = new Cli().mini("list", "--catalog", team.toString());
        assertThat(mini.err()).contains("run: advisor validate --no-builtin-catalog --catalog src/test/resources/mini --catalog '");
    }

    @Test
    void shellQuoteLeavesPlainWordsAlone() {
        assertThat(Session.shellQuote("src/test/resources/team")).isEqualTo("src/test/resources/team");
        assertThat(Session.shellQuote("~/team")).isEqualTo("'~/team'");
        assertThat(Session.shellQuote("a b")).isEqualTo("'a b'");
        assertThat(Session.shellQuote("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void anOverlayNamedLikeTheBuiltinCatalogIsCountedAsTheOverlay() {
        Cli.Result r = new Cli().env("COLUMNS", "200").run("validate", "--catalog", "catalog");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("./catalog/libraries/burn.yaml:17:3: warning [review-overdue]")
                .contains("--catalog directories: 0 errors, 19 warnings")
                .contains("built-in catalog: 0 errors, 0 warnings");
    }

    @Test
    void errorsOfTheBuiltinCatalogCausedByAnOverlayStillFailTheRun() throws IOException {
        Path team = temp.resolve("team");
        Files.createDirectories(team);
        Files.writeString(team.resolve("dimensions.yaml"), new String(Files.readAllBytes(Path.of("catalog/dimensions.yaml")),
                java.nio.charset.StandardCharsets.UTF_8) + "  - id: security\n    label: {en: Security, zh: 安全}\n"
                + "    description: {en: How safe it is., zh: 安全程度。}\n");
        Cli.Result r = new Cli().run("validate", "--catalog", team.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).containsPattern("built-in catalog: [1-9][0-9]* errors");
    }
}
