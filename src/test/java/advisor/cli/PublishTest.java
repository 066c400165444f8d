package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import advisor.catalog.CatalogLoader;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Scenario;
import advisor.publish.Bodies;
import advisor.publish.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisor publish}: the published tree pinned, its links resolved, its writing atomic and idempotent. */
class PublishTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/publish");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
    /** A Markdown link's target, or an HTML href. */
    /** A stack over the small catalog, and an earlier edition of it for --since. */
    private static final String EXTRA = "src/test/resources/publish-extra";
    private static final String SINCE = "src/test/resources/publish-since";
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|href=\"([^\"]+)\"");

    @TempDir
    Path temp;

    @Test
    void theSmallCatalogsTreeMatchesTheGoldenTree() throws IOException {
        Path wiki = temp.resolve("wiki");
        Cli.Result r = new Cli().mini("publish", "--catalog", EXTRA, "--since", SINCE, "--to", wiki.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, String> actual = tree(wiki);
        assertThat(r.out()).isEqualTo(actual.size() + " of " + actual.size() + " pages written to " + wiki + "\n");
        if (UPDATE) {
            if (Files.exists(GOLDEN)) {
                for (String old : tree(GOLDEN).keySet()) {
                    Files.delete(GOLDEN.resolve(old));
                }
            }
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Path f = GOLDEN.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> expected = tree(GOLDEN);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String page : expected.keySet()) {
            assertThat(actual.get(page)).as(page).isEqualTo(expected.get(page));
        }
    }

    @Test
    void anEmbeddedPageHasItsHeadingsOneLevelDownAndItsCodeBlocksAsTheyAre() {
        String page = "# Recommendations\n\n## Why\n```mermaid\n# not a heading\n```\n###### deepest\n#hashtag\n";
        assertThat(CommandBodies.demoted(page))
                .isEqualTo("## Recommendations\n\n### Why\n```mermaid\n# not a heading\n```\n###### deepest\n#hashtag\n");
    }

    @Test
    void everyRelativeLinkResolvesInMarkdownAndHtmlForTheShippedCatalog() throws IOException {
        for (String format : List.of("markdown", "html")) {
            for (String lang : List.of("en", "zh")) {
                Path wiki = temp.resolve(format + "-" + lang);
                Cli.Result r = new Cli().run("publish", "--to", wiki.toString(), "-o", format, "--lang", lang);
                assertThat(r.exit()).as(r.toString()).isZero();
                Map<String, String> pages = tree(wiki);
                String ext = format.equals("html") ? ".html" : ".md";
                assertThat(pages).containsKeys("stacks/index" + ext, "stacks/rag-service" + ext, "radar" + ext);
                assertLinksResolve(wiki, pages, format);
            }
        }
    }

    @Test
    void everyLinkOfTheStacksRadarAndChangesPagesResolves() throws IOException {
        for (String format : List.of("markdown", "html")) {
            Path wiki = temp.resolve("since-" + format);
            Cli.Result r = new Cli().mini("publish", "--catalog", EXTRA, "--since", SINCE, "--to", wiki.toString(), "-o", format);
            assertThat(r.exit()).as(r.toString()).isZero();
            Map<String, String> pages = tree(wiki);
            String ext = format.equals("html") ? ".html" : ".md";
            assertThat(pages).containsKeys("stacks/index" + ext, "stacks/search-service" + ext, "radar" + ext, "changes" + ext);
            if (format.equals("html")) {
                // the picture inline, as 'advisor radar --format html' shows it: nothing beside the pages
                assertThat(pages).doesNotContainKey("radar.svg");
                assertThat(pages.get("radar.html")).contains("<figure>\n<svg ").doesNotContain("<?xml");
            } else {
                assertThat(pages.get("radar.md")).contains("](radar.svg)");
                assertThat(pages.get("radar.svg")).startsWith("<?xml").contains("<svg ");
                assertThat(pages.get("stacks/search-service.md")).contains("```mermaid\ngraph TD\n")
                        .contains("- [RAG systems](../scenarios/rag.md)");
            }
            assertLinksResolve(wiki, pages, format);
        }
    }

    @Test
    void withoutSinceThereIsNoChangesPageAndSinceMustBeADirectory() throws IOException {
        Path wiki = temp.resolve("wiki");
        assertThat(new Cli().mini("publish", "--to", wiki.toString()).exit()).isZero();
        assertThat(tree(wiki)).doesNotContainKey("changes.md").containsKeys("radar.md", "radar.svg")
                .doesNotContainKey("stacks/index.md"); // the small catalog has no stacks
        assertThat(Files.readString(wiki.resolve("index.md"))).doesNotContain("changes.md").doesNotContain("stacks/");
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Cli.Result r = new Cli().mini("publish", "--since", file.toString(), "--to", temp.resolve("other").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("advisor: --since needs an earlier catalog directory; " + file + " is not a directory\n");
        assertThat(temp.resolve("other")).doesNotExist();
    }

    /** Every relative link and image of every page resolves to a file inside the section, and the index reaches every page. */
    private static void assertLinksResolve(Path wiki, Map<String, String> pages, String format) {
        assertThat(pages).containsKey(format.equals("html") ? "index.html" : "index.md");
        int links = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Matcher m = LINK.matcher(page.getValue());
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                assertThat(target).as(page.getKey()).doesNotContain("://").doesNotStartWith("/");
                Path resolved = wiki.resolve(page.getKey()).getParent().resolve(target.replaceFirst("#.*", "")).normalize();
                assertThat(resolved).as(page.getKey() + " links to " + target).isRegularFile();
                assertThat(resolved.startsWith(wiki)).as(target).isTrue();
                links++;
            }
        }
        assertThat(links).isGreaterThan(pages.size());
        // every page (and the radar picture) can be reached from the index, directly or through another page
        assertThat(reachable(wiki, pages, format.equals("html") ? "index.html" : "index.md")).isEqualTo(pages.keySet());
    }

    @Test
    void anHtmlSiteIsSelfContained() throws IOException {
        Path site = temp.resolve("site");
        assertThat(new Cli().mini("publish", "--to", site.toString(), "-o", "html").exit()).isZero();
        for (Map.Entry<String, String> page : tree(site).entrySet()) {
            assertThat(page.getKey()).endsWith(".html");
            assertThat(page.getValue()).as(page.getKey()).startsWith("<!DOCTYPE html>\n").contains("<style>")
                    .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain(".md\"");
        }
        assertThat(Files.readString(site.resolve("libraries/alpha.html"))).contains("<title>Alpha</title>")
                .contains("<a rel=\"nofollow\" href=\"../categories/vector-db.html\">Vector database</a>");
    }

    @Test
    void catalogTextCannotInjectMarkupOrControlCharactersIntoThePages() throws IOException {
        Path inject = temp.resolve("inject/libraries");
        Files.createDirectories(inject);
        Files.writeString(inject.resolve("inject.yaml"), """
                id: inject
                name: "<script>alert(1)</script>"
                category: web-framework
                summary: {en: "[click](javascript:alert(1)) <img src=x onerror=alert(1)>", zh: "<b>粗体</b>"}
                notes:
                  - {en: "<a href=\\"javascript:alert(1)\\">x</a>", zh: "<i>斜体</i>", source: older}
                """);
        for (String format : List.of("markdown", "html")) {
            Path wiki = temp.resolve("unsafe-" + format);
            Cli.Result r = new Cli().mini("publish", "--catalog", "src/test/resources/unsafe-text", "--catalog",
                    inject.getParent().toString(), "--to", wiki.toString(), "-o", format);
            assertThat(r.exit()).as(r.toString()).isZero();
            for (Map.Entry<String, String> page : tree(wiki).entrySet()) {
                page.getValue().codePoints().forEach(cp -> assertThat(Character.isISOControl(cp) && cp != '\n'
                        || advisor.model.Invisible.is(cp)).as("U+%04X raw in %s", cp, page.getKey()).isFalse());
                // Markdown keeps the text with its markup characters escaped (\<script\>); HTML as entities (&lt;script&gt;)
                String raw = format.equals("html") ? "" : "(?<!\\\\)";
                assertThat(page.getValue()).as(page.getKey()).doesNotContainPattern(raw + "<(script|img|b>|i>)")
                        .doesNotContainPattern(raw + "<a [^>]*href=\"javascript:");
                if (!format.equals("html")) {
                    assertThat(page.getValue()).as(page.getKey()).doesNotContainPattern("(?<!\\\\)\\]\\(javascript:");
                }
            }
            assertThat(tree(wiki)).containsKey(format.equals("html") ? "libraries/sneaky.html" : "libraries/sneaky.md");
        }
    }

    @Test
    void aSecondRunOverAnUnchangedCatalogChangesNoFile() throws IOException {
        Path wiki = temp.resolve("wiki");
        assertThat(new Cli().mini("publish", "--catalog", EXTRA, "--since", SINCE, "--to", wiki.toString()).exit()).isZero();
        Map<String, String> before = tree(wiki);
        for (String page : before.keySet()) {
            Files.setLastModifiedTime(wiki.resolve(page), LONG_AGO);
        }
        assertThat(before).containsKeys("stacks/search-service.md", "radar.svg", "changes.md");
        Cli.Result again = new Cli().mini("publish", "--catalog", EXTRA, "--since", SINCE, "--to", wiki.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEqualTo("0 of " + before.size() + " pages written to " + wiki + " (the others were unchanged)\n");
        assertThat(tree(wiki)).isEqualTo(before);
        for (String page : before.keySet()) {
            assertThat(Files.getLastModifiedTime(wiki.resolve(page))).as(page).isEqualTo(LONG_AGO);
        }
    }

    @Test
    void aChangedCatalogRewritesOnlyThePagesItChanges() throws IOException {
        Path wiki = temp.resolve("wiki");
        assertThat(new Cli().mini("publish", "--to", wiki.toString()).exit()).isZero();
        for (String page : tree(wiki).keySet()) {
            Files.setLastModifiedTime(wiki.resolve(page), LONG_AGO);
        }
        Path overlay = temp.resolve("team/libraries");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("delta.yaml"), Files.readString(Cli.MINI.resolve("libraries/delta.yaml"))
                .replaceFirst("(?m)^summary:.*$", "summary: {en: A changed summary., zh: 改过的简介。}"));
        Cli.Result r = new Cli().mini("publish", "--to", wiki.toString(), "--catalog", overlay.getParent().toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> touched = new ArrayList<>();
        for (String page : tree(wiki).keySet()) {
            if (!Files.getLastModifiedTime(wiki.resolve(page)).equals(LONG_AGO)) {
                touched.add(page);
            }
        }
        assertThat(touched).contains("index.md", "libraries/delta.md").doesNotContain("libraries/alpha.md", "scenarios/rag.md");
        assertThat(Files.readString(wiki.resolve("libraries/delta.md"))).contains("A changed summary.");
    }

    @Test
    void aRunThatFailsHalfWayLeavesTheEarlierTreeAsItWas() throws IOException {
        Path wiki = temp.resolve("wiki");
        assertThat(new Cli().mini("publish", "--to", wiki.toString(), "-o", "markdown").exit()).isZero();
        Files.writeString(wiki.resolve("libraries/beta.md"), "an earlier page\n"); // a page the new run would change
        Map<String, String> before = tree(wiki);
        for (String page : before.keySet()) {
            Files.setLastModifiedTime(wiki.resolve(page), LONG_AGO);
        }
        Catalog catalog = CatalogLoader.load(List.of(Cli.MINI), false, Cli.TODAY, null).catalog();
        Bodies failing = new Bodies() {
            private int libraries;

            @Override
            public String scenario(Scenario scenario) {
                return "a recommendation\n";
            }

            @Override
            public String library(Library library) {
                if (++libraries == 3) {
                    throw new IllegalStateException("disk quota reached while rendering " + library.id());
                }
                return "a library\n";
            }

            @Override
            public String leaders(Category category, List<Library> leaders) {
                return "a comparison\n";
            }
        };
        SiteBuilder site = new SiteBuilder(catalog, Lang.EN, catalog.profile("balanced").orElseThrow(), Cli.TODAY, ".md", failing, List.of());
        assertThatThrownBy(() -> PublishCommand.publish(wiki, site, pages -> pages))
                .hasMessageContaining("while rendering");
        assertThat(tree(wiki)).isEqualTo(before);
        for (String page : before.keySet()) {
            assertThat(Files.getLastModifiedTime(wiki.resolve(page))).as(page).isEqualTo(LONG_AGO);
        }
    }

    @Test
    void badUsesAreUsageErrorsAndAFileInTheWayIsAnOutputFailure() throws IOException {
        Cli.Result none = new Cli().mini("publish");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("advisor: publish needs the directory to write to: --to DIR\n");
        Cli.Result json = new Cli().mini("publish", "--to", temp.toString(), "-o", "json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).isEqualTo("advisor: --format json is not available for publish; valid here: markdown (the default), html\n");
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Cli.Result inTheWay = new Cli().mini("publish", "--to", file.toString());
        assertThat(inTheWay.exit()).isEqualTo(1);
        assertThat(inTheWay.err()).isEqualTo("advisor: cannot write the output: " + file + ": not a directory\n");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /** Every file under {@code dir} by relative path (with {@code /}), sorted, with its text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The pages reachable from {@code start} by following links. */
    private static java.util.Set<String> reachable(Path root, Map<String, String> pages, String start) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String page = todo.pop();
            if (!seen.add(page)) {
                continue;
            }
            Matcher m = LINK.matcher(pages.get(page));
            while (m.find()) {
                String target = (m.group(1) != null ? m.group(1) : m.group(2)).replaceFirst("#.*", "");
                Path p = root.resolve(page).getParent().resolve(target).normalize();
                todo.push(root.relativize(p).toString().replace('\\', '/'));
            }
        }
        return seen;
    }
}
