package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.catalog.CatalogLoader;
import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.scoring.RingHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** {@code advisor import} on the fixtures of every format (src/test/resources/radar, invented entries) over the mini catalog. */
class ImportCommandTest {
    private static final Path RADAR = Path.of("src/test/resources/radar");

    @TempDir
    Path temp;

    private static Cli.Result importInto(Path to, String... args) {
        List<String> all = new ArrayList<>(List.of("--to", to.toString()));
        all.addAll(List.of(args));
        return new Cli().mini("import", all.toArray(String[]::new));
    }

    /** Imports into a new overlay, which must succeed, and loads the mini catalog with it. */
    private Catalog importedOverMini(String... args) {
        Path to = temp.resolve("team");
        Cli.Result r = importInto(to, args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return CatalogLoader.load(List.of(Cli.MINI, to), false, Cli.TODAY).catalog();
    }

    private static String[] inputs(String spec) {
        return Stream.of(spec.split(" ")).map(s -> s.startsWith("--") || !s.contains("/") && !s.contains(".")
                && !s.equals("aoe") ? s : RADAR.resolve(s).toString()).toArray(String[]::new);
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "src/test/resources/radar/expected-imports.csv", delimiter = '|', numLinesToSkip = 1)
    void importsIntoAnOverlayThatValidatesAndAgainGivesTheSameBytes(String spec, String format, int read, int matched,
                                                                    int created, int skipped) throws IOException {
        Cli.Result first = importInto(temp.resolve("a"), inputs(spec));
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).as(first.toString()).startsWith("read " + read + " entries from ")
                .contains("(" + format + "): " + matched + " matched, " + created + " new, " + skipped + " skipped");

        Cli.Result validate = new Cli().mini("validate", "--catalog", temp.resolve("a").toString());
        assertThat(validate.exit()).as(validate.toString()).isZero();

        Cli.Result second = importInto(temp.resolve("b"), inputs(spec));
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(tree(temp.resolve("b"))).isEqualTo(tree(temp.resolve("a")));
        Cli.Result again = importInto(temp.resolve("a"), inputs(spec));
        assertThat(again.exit()).as("the same files again are no overwrite: %s", again).isZero();
    }

    @Test
    void aFolderNoFormatReadsWholeIsReadFileByFile() throws IOException {
        Cli.Result folder = importInto(temp.resolve("folder"), RADAR.resolve("zalando").toString());
        assertThat(folder.exit()).as(folder.toString()).isZero();
        assertThat(folder.err()).startsWith("read 75 entries from 3 inputs (zalando)");
        Cli.Result files = importInto(temp.resolve("files"), inputs("zalando/config-1.json zalando/config-2.json zalando/config-3.json"));
        assertThat(tree(temp.resolve("folder"))).isEqualTo(tree(temp.resolve("files")));

        Files.createDirectories(temp.resolve("empty"));
        Cli.Result empty = importInto(temp.resolve("out"), temp.resolve("empty").toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("a folder with no files to import");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void editionsMakeAHistoryAndAMatchedLibraryIsExtendedNotDuplicated() {
        Catalog catalog = importedOverMini(inputs("byor/radar-2024-03.csv byor/radar-2025-01.csv"));

        Library alpha = catalog.library("alpha").orElseThrow();
        assertThat(alpha.name()).isEqualTo("Alpha");
        assertThat(alpha.scored()).isTrue();
        assertThat(RingHistory.of(catalog, alpha)).extracting(s -> s.ring().id() + "@" + s.date() + ":" + s.move().id())
                .containsExactly("adopt@2024-03:new", "trial@2025-01:moved-out");
        assertThat(catalog.libraries()).filteredOn(l -> l.name().equalsIgnoreCase("alpha")).hasSize(1);

        Library quill = catalog.library("quillstream").orElseThrow();
        assertThat(quill.scored()).isFalse();
        assertThat(quill.category()).isEqualTo("techniques");
        assertThat(catalog.radar().quadrantOf("techniques").orElseThrow().id()).isEqualTo("techniques");
        assertThat(RingHistory.of(catalog, quill)).extracting(s -> s.ring().id()).containsExactly("trial", "assess");
        assertThat(RingHistory.of(catalog, quill).get(0).note().in(Lang.EN))
                .isEqualTo("We use it for edition 1 work; see our notes (https://example.org/0).\nSecond line.");
        Library chinese = catalog.library("oxbowflow").orElseThrow();
        assertThat(chinese.summary().only()).isEqualTo(Lang.ZH);
        assertThat(chinese.summary().in(Lang.EN)).isEqualTo("[zh] 团队在内部服务中试用。");
    }

    @Test
    void aBackstageTimelineNewestFirstIsReadOldestFirst() {
        Catalog catalog = importedOverMini(inputs("backstage/tech-radar.json"));
        // the fixture's fifth entry has three steps, written newest first
        assertThat(RingHistory.of(catalog, catalog.library("marlgate").orElseThrow()))
                .extracting(s -> s.ring().id() + "@" + s.date())
                .containsExactly("trial@2024-01-15", "assess@2024-04-15", "hold@2024-07-15");
        assertThat(RingHistory.of(catalog, catalog.library("delta").orElseThrow()))
                .extracting(s -> s.ring().id() + "@" + s.date()).containsExactly("trial@2024-05-01");
    }

    @Test
    void anAoeRevisionKeepsWhatItDoesNotName() {
        Catalog catalog = importedOverMini(inputs("aoe"));
        Library harbor = catalog.library("harborlight").orElseThrow();
        assertThat(harbor.category()).isEqualTo("tools");
        assertThat(RingHistory.of(catalog, harbor)).extracting(s -> s.ring().id() + "@" + s.date())
                .containsExactly("trial@2023-05-01", "assess@2024-01-10");
        assertThat(RingHistory.of(catalog, harbor).get(1).note().any()).contains("release 2023-05-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "src/test/resources/radar/expected-errors.csv", delimiter = '|', numLinesToSkip = 1)
    void badContentExitsThreeNamingTheFileAndLineAndWritesNothing(String file, String message) {
        Path to = temp.resolve("team");
        Cli.Result r = importInto(to, RADAR.resolve("broken").resolve(file).toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains(message).contains("nothing was written");
        assertThat(to).doesNotExist();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void aFileOfNoKnownFormatIsAUsageErrorNamingWhatWasTried() throws IOException {
        Path odd = Files.writeString(temp.resolve("notes.json"), "{\"hello\": 1}");
        Cli.Result r = importInto(temp.resolve("team"), odd.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("notes.json: not a format advisor can import; tried aoe (")
                .contains("byor-csv (").contains("awly (").contains("--from");
        Cli.Result unknown = importInto(temp.resolve("team"), "--from", "opml", odd.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'opml' for --from; valid: aoe, byor-csv");
    }

    @Test
    void anExistingFileWithOtherContentIsReplacedOnlyWithForce() throws IOException {
        Path to = temp.resolve("team");
        String csv = RADAR.resolve("byor/radar-2024-03.csv").toString();
        assertThat(importInto(to, csv).exit()).isZero();
        Path alpha = to.resolve("libraries/alpha.yaml");
        Files.writeString(alpha, "# edited by hand\n");

        Cli.Result refused = importInto(to, csv);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("libraries/alpha.yaml").contains("--force");
        assertThat(Files.readString(alpha)).isEqualTo("# edited by hand\n");

        assertThat(importInto(to, csv, "--force").exit()).isZero();
        assertThat(Files.readString(alpha)).contains("extends: true");
    }

    @Test
    void aDateTheLoaderWouldRefuseIsAUsageError() {
        Path to = temp.resolve("team");
        Cli.Result r = importInto(to, RADAR.resolve("byor/radar-2024-03.csv").toString(), "--date", "+10000-01-01");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--date");
        assertThat(to).doesNotExist();
    }

    @Test
    void aFileWithALongNameGivesASourceIdTheLoaderTakes() throws IOException {
        String name = "our-teams-quarterly-technology-radar-for-the-search-and-storage-group-radar-2024-03.csv";
        Path file = Files.copy(RADAR.resolve("byor/radar-2024-03.csv"), temp.resolve(name));
        Path to = temp.resolve("team");
        Cli.Result r = importInto(to, file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        Cli.Result validate = new Cli().mini("validate", "--catalog", to.toString());
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(Files.readString(to.resolve("sources.yaml")))
                .contains("id: import-our-teams-quarterly-technology-radar-for-the-search-and-s\n");
    }

    @Test
    void zalandoRingsAndQuadrantsCanBeNamedAndTheDateGiven() {
        Catalog catalog = importedOverMini(RADAR.resolve("zalando/config-1.json").toString(), "--rings",
                "hold,assess,trial,adopt", "--quadrants", "Techniques,Tools,Platforms,Languages & Frameworks");
        // entry 0 of edition 1: ring index 1, quadrant index 0
        Library quill = catalog.library("quillstream").orElseThrow();
        assertThat(quill.rings()).extracting(p -> p.ring() + "@" + p.date()).containsExactly("assess@2023-02");
        assertThat(quill.category()).isEqualTo("techniques");
        Library harbor = catalog.library("harborlight").orElseThrow();
        assertThat(harbor.category()).isEqualTo("tools");
    }
}
