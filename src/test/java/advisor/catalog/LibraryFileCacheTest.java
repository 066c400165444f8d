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
import java.util.concurrent.atomic.AtomicInteger;
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
    void onlyChangedFilesAreParsedAgain() throws IOException {
        List<CatalogLoader.LibraryFile> files;
        try (Stream<Path> list = Files.list(overlay.resolve("libraries"))) {
            files = list.sorted().map(p -> new CatalogLoader.LibraryFile(p, "big/libraries/" + p.getFileName(),
                    p.getFileName().toString())).toList();
        }
        LibraryFileCache c = LibraryFileCache.open(cache, overlay, "big");
        AtomicInteger parses = new AtomicInteger();
        List<CatalogLoader.Bound> first = c.bind(files, fs -> {
            parses.addAndGet(fs.size());
            return CatalogLoader.bindAll(fs);
        });
        assertThat(parses).hasValue(files.size());

        Path lib = overlay.resolve("libraries/lib-7.yaml");
        Files.writeString(lib, Files.readString(lib).replace("name: Alpha", "name: Seventh"));
        Files.setLastModifiedTime(lib, FileTime.fromMillis(1_000));
        parses.set(0);
        List<CatalogLoader.Bound> second = LibraryFileCache.open(cache, overlay, "big").bind(files, fs -> {
            parses.addAndGet(fs.size());
            return CatalogLoader.bindAll(fs);
        });
        assertThat(parses).hasValue(1);
        assertThat(second).hasSize(first.size());
        assertThat(second.stream().filter(b -> b.library() != null && b.library().id().equals("lib-7")).findFirst()
                .orElseThrow().library().name()).isEqualTo("Seventh");
        assertThat(load().catalog().library("lib-7").orElseThrow().name()).isEqualTo("Seventh");

        // one edit in a thousand is parsed again each time rather than rewriting the cache ...
        assertThat(parsesOf(files)).isEqualTo(1);
        // ... until the edits add up to one file in REWRITE_SHARE: then the cache is brought up to date
        int more = files.size() / LibraryFileCache.REWRITE_SHARE;
        for (int i = 100; i < 100 + more; i++) {
            Files.setLastModifiedTime(overlay.resolve("libraries/lib-" + i + ".yaml"), FileTime.fromMillis(2_000));
        }
        assertThat(parsesOf(files)).isEqualTo(more + 1);
        assertThat(parsesOf(files)).isZero();
    }

    private int parsesOf(List<CatalogLoader.LibraryFile> files) {
        AtomicInteger parses = new AtomicInteger();
        LibraryFileCache.open(cache, overlay, "big").bind(files, fs -> {
            parses.addAndGet(fs.size());
            return CatalogLoader.bindAll(fs);
        });
        return parses.get();
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
