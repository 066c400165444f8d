package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cache of large catalog directories: same answer as parsing, only changed files parsed again, never fatal. */
class LibraryFileCacheTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final int LIBRARIES = LibraryFileCache.MIN_LIBRARY_FILES;

    @TempDir
    Path temp;
    private Path overlay;
    private Path cache;

    @BeforeEach
    void largeOverlay() throws IOException {
        overlay = temp.resolve("big");
        cache = temp.resolve("cache");
        Path libraries = Files.createDirectories(overlay.resolve("libraries"));
        String template = Files.readString(Cli.MINI.resolve("libraries/alpha.yaml"), StandardCharsets.UTF_8)
                .replace("aliases: [alpha-db]\n", "");
        for (int i = 0; i < LIBRARIES - 1; i++) {
            String id = "lib-" + i;
            Files.writeString(libraries.resolve(id + ".yaml"), template.replace("id: alpha", "id: " + id),
                    StandardCharsets.UTF_8);
        }
        // one broken file: its problem must come back from the cache too
        Files.writeString(libraries.resolve("broken.yaml"), "id: broken\nname: [\n", StandardCharsets.UTF_8);
    }

    private CatalogLoader.Result load() {
        return CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY, cache);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void aCachedLoadEqualsAParsedOne() throws IOException {
        CatalogLoader.Result parsed = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
        CatalogLoader.Result first = load();
        assertThat(entries()).hasSize(1);
        CatalogLoader.Result cached = load();

        assertThat(parsed.catalog().libraries()).hasSize(LIBRARIES - 1 + 4);
        for (CatalogLoader.Result r : List.of(first, cached)) {
            assertThat(List.copyOf(r.catalog().libraries())).isEqualTo(List.copyOf(parsed.catalog().libraries()));
            assertThat(List.copyOf(r.catalog().scenarios())).isEqualTo(List.copyOf(parsed.catalog().scenarios()));
            assertThat(r.problems()).isEqualTo(parsed.problems());
        }
        assertThat(parsed.problems()).anyMatch(p -> p.file().endsWith("broken.yaml"));
    }

    @Test
    void aLibraryBoundWithoutProblemsIsCachedWithoutItsReferences() throws IOException {
        Path lib = overlay.resolve("libraries/lib-5.yaml");
        Files.writeString(lib, Files.readString(lib).replace("category: vector-db", "category: vectr-db"));
        Files.createDirectory(overlay.resolve("libraries/folder.yaml"));
        CatalogLoader.Result parsed = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
        load();
        Map<String, LibraryFileCache.Entry> cached = LibraryFileCache.open(cache, overlay, overlay.toString()).read();
        assertThat(cached.get("lib-5.yaml").refs()).isNull();
        assertThat(cached.get("lib-6.yaml").refs()).isNull();
        assertThat(cached.get("broken.yaml").refs()).isNotNull();

        // the references are still checked, and a wrong one still has its place (the file is read again for it)
        CatalogLoader.Result again = load();
        assertThat(again.problems()).isEqualTo(parsed.problems());
        assertThat(again.problems()).filteredOn(p -> p.file().matches(".*/(lib-[56]|folder)\\.yaml")
                        && p.severity() == Problem.Severity.ERROR)
                .extracting(p -> p.file().substring(overlay.toString().length()) + ":" + p.line() + ":" + p.column() + " "
                        + p.code() + " " + p.message())
                .containsExactly(
                        "/libraries/folder.yaml:0:0 not-a-file is a directory, not a library file",
                        "/libraries/lib-5.yaml:2:7 duplicate-alias library name or alias 'Alpha' of 'lib-5' is already used by library 'alpha'",
                        "/libraries/lib-5.yaml:3:11 unknown-category unknown category 'vectr-db'; did you mean 'vector-db'?",
                        "/libraries/lib-6.yaml:2:7 duplicate-alias library name or alias 'Alpha' of 'lib-6' is already used by library 'alpha'");
    }

    @Test
    void theReferencesOfALibraryFollowFromItWhenItBindsWithoutProblems() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path dir : List.of(Path.of("catalog/libraries"), Cli.MINI.resolve("libraries"), overlay.resolve("libraries"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.sorted().forEach(files::add);
            }
        }
        int clean = 0;
        for (Path file : files) {
            CatalogLoader.Bound b = CatalogLoader.bind(new CatalogLoader.LibraryFile(file, file.toString(),
                    file.getFileName().toString()));
            if (b.library() != null && b.problems().list().isEmpty()) {
                clean++;
                List<Refs> recorded = b.problems().refs();
                assertThat(recorded).as(file.toString()).hasSize(1);
                Refs derived = Refs.of(b.library(), file.toString(), () -> recorded.get(0));
                assertThat(derived.sameNames(recorded.get(0))).as(file.toString()).isTrue();
                for (int i = 0; i < derived.size(); i++) {
                    assertThat(derived.get(i)).isEqualTo(recorded.get(0).get(i));
                }
            }
        }
        assertThat(clean).isGreaterThan(LIBRARIES);
    }

    /** Long after every file here was written: each stamp can be trusted alone. */
    private static final long LATER = Long.MAX_VALUE / 2;

    private List<CatalogLoader.LibraryFile> files() throws IOException {
        try (Stream<Path> list = Files.list(overlay.resolve("libraries"))) {
            return list.sorted().map(p -> new CatalogLoader.LibraryFile(p, "big/libraries/" + p.getFileName(),
                    p.getFileName().toString())).toList();
        }
    }

    /** The files bound through a cache that sees the time {@code clock} and stamps by {@code stat}; counts parses. */
    private List<CatalogLoader.Bound> bind(List<CatalogLoader.LibraryFile> files, AtomicInteger parses, long clock,
                                           Function<Path, LibraryFileCache.Stamp> stat) {
        return LibraryFileCache.open(cache, overlay, "big", () -> clock, stat).bind(files, fs -> {
            parses.addAndGet(fs.size());
            return CatalogLoader.bindAll(fs);
        });
    }

    private int parsesOf(List<CatalogLoader.LibraryFile> files) {
        return parsesOf(files, LATER, LibraryFileCache::stamp);
    }

    private int parsesOf(List<CatalogLoader.LibraryFile> files, long clock, Function<Path, LibraryFileCache.Stamp> stat) {
        AtomicInteger parses = new AtomicInteger();
        bind(files, parses, clock, stat);
        return parses.get();
    }

    private static String name(List<CatalogLoader.Bound> bound, String id) {
        return bound.stream().filter(b -> b.library() != null && b.library().id().equals(id)).findFirst().orElseThrow()
                .library().name();
    }

    /** Edits a file to the same size and gives it back its modification time, as {@code tar --mtime} or a checkout can. */
    static void editKeepingSizeAndTime(Path file, String from, String to) throws IOException {
        assertThat(to).hasSameSizeAs(from);
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void onlyChangedFilesAreParsedAgain() throws IOException {
        List<CatalogLoader.LibraryFile> files = files();
        AtomicInteger parses = new AtomicInteger();
        List<CatalogLoader.Bound> first = bind(files, parses, LATER, LibraryFileCache::stamp);
        assertThat(parses).hasValue(files.size());

        Path lib = overlay.resolve("libraries/lib-7.yaml");
        Files.writeString(lib, Files.readString(lib).replace("name: Alpha", "name: Seventh"));
        Files.setLastModifiedTime(lib, FileTime.fromMillis(1_000));
        parses.set(0);
        List<CatalogLoader.Bound> second = bind(files, parses, LATER, LibraryFileCache::stamp);
        assertThat(parses).hasValue(1);
        assertThat(second).hasSize(first.size());
        assertThat(name(second, "lib-7")).isEqualTo("Seventh");

        // one edit in a thousand is parsed again each time rather than rewriting the cache ...
        assertThat(parsesOf(files)).isEqualTo(1);
        // ... until the edits add up to one file in REWRITE_SHARE: then the cache is brought up to date
        int more = files.size() / LibraryFileCache.REWRITE_SHARE;
        for (int i = 100; i < 100 + more; i++) {
            Files.setLastModifiedTime(overlay.resolve("libraries/lib-" + i + ".yaml"), FileTime.fromMillis(2_000));
        }
        assertThat(parsesOf(files)).isEqualTo(more + 1);
        assertThat(parsesOf(files)).isZero();
        assertThat(load().catalog().library("lib-7").orElseThrow().name()).isEqualTo("Seventh");
    }

    @Test
    void anEditThatKeepsSizeAndModificationTimeIsParsedAgain() throws IOException {
        List<CatalogLoader.LibraryFile> files = files();
        assertThat(parsesOf(files)).isEqualTo(files.size());
        assertThat(parsesOf(files)).isZero();

        editKeepingSizeAndTime(overlay.resolve("libraries/lib-7.yaml"), "name: Alpha", "name: Omega");
        AtomicInteger parses = new AtomicInteger();
        List<CatalogLoader.Bound> after = bind(files, parses, LATER, LibraryFileCache::stamp);
        assertThat(parses).hasValue(1);
        assertThat(name(after, "lib-7")).isEqualTo("Omega");
    }

    @Test
    void withoutAChangeTimeTheContentDecides() throws IOException {
        // a platform whose file system gives no ctime: the stamp is never trusted alone
        Function<Path, LibraryFileCache.Stamp> noCtime = p -> {
            LibraryFileCache.Stamp s = LibraryFileCache.stamp(p);
            return new LibraryFileCache.Stamp(s.size(), s.modified(), LibraryFileCache.NO_CTIME);
        };
        anEditKeepingSizeAndTimeIsParsedAgain(LATER, noCtime);
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsCheckedByItsContent() throws IOException {
        // a second change within one timestamp tick keeps even the ctime: simulated by a stat whose ctime
        // never moves, read less than RACY_NANOS after that ctime
        long tick = 4_000_000_000_000_000_000L;
        Function<Path, LibraryFileCache.Stamp> sameTick = p -> {
            LibraryFileCache.Stamp s = LibraryFileCache.stamp(p);
            return new LibraryFileCache.Stamp(s.size(), s.modified(), tick);
        };
        anEditKeepingSizeAndTimeIsParsedAgain(tick + LibraryFileCache.RACY_NANOS / 2, sameTick);
    }

    /** Caches every file, then edits one keeping its size and time: exactly that one is parsed again. */
    private void anEditKeepingSizeAndTimeIsParsedAgain(long now, Function<Path, LibraryFileCache.Stamp> stat)
            throws IOException {
        List<CatalogLoader.LibraryFile> files = files();
        assertThat(parsesOf(files, now, stat)).isEqualTo(files.size());
        assertThat(parsesOf(files, now, stat)).isZero();

        editKeepingSizeAndTime(overlay.resolve("libraries/lib-7.yaml"), "name: Alpha", "name: Omega");
        AtomicInteger parses = new AtomicInteger();
        List<CatalogLoader.Bound> after = bind(files, parses, now, stat);
        assertThat(parses).hasValue(1);
        assertThat(name(after, "lib-7")).isEqualTo("Omega");
    }

    @Test
    void showAndValidateSeeAnEditThatKeptSizeAndTime() throws IOException {
        // a catalog that loads: no broken file, no two libraries of one name
        for (int i = 0; i < LIBRARIES - 1; i++) {
            Path file = overlay.resolve("libraries/lib-" + i + ".yaml");
            Files.writeString(file, Files.readString(file).replace("name: Alpha", "name: Library " + i));
        }
        Files.writeString(overlay.resolve("libraries/broken.yaml"), Files.readString(overlay.resolve("libraries/lib-0.yaml"))
                .replace("id: lib-0", "id: broken").replace("name: Library 0", "name: Mended"));
        Cli cli = new Cli().diskCache(cache);
        Cli.Result before = cli.mini("show", "lib-7", "--catalog", overlay.toString(), "--format", "json");
        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(before.out()).contains("\"score\" : 4.57").contains("\"tier\" : \"production-ready\"");
        assertThat(entries()).hasSize(1);

        Path lib = overlay.resolve("libraries/lib-7.yaml");
        editKeepingSizeAndTime(lib, "stability: {score: 5.0", "stability: {score: 1.0");
        editKeepingSizeAndTime(lib, "production: {score: 5.0}", "production: {score: 1.0}");
        Cli.Result after = cli.mini("show", "lib-7", "--catalog", overlay.toString(), "--format", "json");
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(after.out()).contains("\"score\" : 3.43").contains("\"tier\" : \"early\"");

        editKeepingSizeAndTime(lib, "community: {score: 4.5}", "community: {score: 9.5}");
        Cli.Result validate = cli.mini("validate", "--catalog", overlay.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(3);
        assertThat(validate.out()).contains("lib-7.yaml:22:24: error [out-of-range] 'score' is 9.5");
    }

    @Test
    void aCorruptEntryIsIgnoredAndReplaced() throws IOException {
        load();
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        for (int i = 4; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] * 31 + 7);
        }
        Files.write(entry, bytes);
        CatalogLoader.Result again = load();
        assertThat(again.catalog().libraries()).hasSize(LIBRARIES - 1 + 4);
        assertThat(Files.readAllBytes(entry)).isNotEqualTo(bytes);

        Files.write(entry, new byte[] {1, 2, 3});
        assertThat(load().catalog().libraries()).hasSize(LIBRARIES - 1 + 4);
    }

    @Test
    void smallCatalogsAndUnwritableDirectoriesAreNotCached() throws IOException {
        CatalogLoader.load(List.of(Cli.MINI), false, DAY, cache);
        assertThat(Files.exists(cache)).isFalse();

        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the cache directory should be");
        CatalogLoader.Result r = CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY, blocked.resolve("advisor"));
        assertThat(r.catalog().libraries()).hasSize(LIBRARIES - 1 + 4);
    }
}
