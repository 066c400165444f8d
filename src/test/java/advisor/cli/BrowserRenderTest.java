package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.render.svg.Pictures;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a browser shows them: headless Chromium takes a screenshot of each, and the picture's own
 * colours must be on it (the chart drawn, not a broken image). Skipped, with a loud warning on stderr,
 * when no Chromium is installed; the Batik checks in {@code PicturesTest} run everywhere.
 */
class BrowserRenderTest {
    private static String chromium;

    @BeforeAll
    static void findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(p)) {
                    chromium = p.toString();
                    return;
                }
            }
        }
        System.err.println("WARNING: no Chromium on PATH: SKIPPING BrowserRenderTest (the HTML pages are NOT rendered "
                + "in a browser; install the chromium package to run it)");
    }

    private static BufferedImage screenshot(String html, Path dir, String name) throws IOException, InterruptedException {
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        Path page = dir.resolve(name + ".html");
        Path png = Path.of("target", "pictures", name + ".png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--window-size=1100,1400", "--screenshot=" + png, "--user-data-dir=" + dir.resolve("profile")));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--no-sandbox"); // Chromium refuses to run as root inside its sandbox
        }
        cmd.add(page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish: " + Files.readString(dir.resolve(name + ".log")));
        }
        assertThat(png).as(Files.readString(dir.resolve(name + ".log"))).exists();
        return ImageIO.read(png.toFile());
    }

    @Test
    void theComparisonPageShowsItsChart(@TempDir Path dir) throws Exception {
        String html = new Cli().mini("compare", "alpha", "beta", "--format", "html", "--lang", "zh").out();
        BufferedImage img = screenshot(html, dir, "browser-compare-zh");
        assertThat(Pictures.inked(img)).isGreaterThan(50_000);
        // the two series' point markers, in their own colours
        assertThat(Pictures.pixels(img, 0x0072B2)).isGreaterThan(50);
        assertThat(Pictures.pixels(img, 0xD55E00)).isGreaterThan(50);
    }

    @Test
    void theRadarPageShowsItsBlips(@TempDir Path dir) throws Exception {
        String html = new Cli().mini("radar", "--catalog", "src/test/resources/radar-team", "--format", "html").out();
        BufferedImage img = screenshot(html, dir, "browser-radar");
        assertThat(Pictures.pixels(img, 0x2e7d32)).as("adopt blips").isGreaterThan(100);
        assertThat(Pictures.pixels(img, 0xc62828)).as("the held blip").isGreaterThan(50);
    }
}
