package advisor.catalog;

import advisor.model.Library;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the library files of one large catalog directory parsed to, kept on disk between runs: a file
 * whose size and modification time are unchanged is not parsed again, so a run after editing one
 * library of ten thousand parses one file (the cache itself is rewritten once one file in
 * {@link #REWRITE_SHARE} has changed). Only directories with at least {@link #MIN_LIBRARY_FILES}
 * library files are cached (below that, parsing is as fast as reading the cache). An entry belongs
 * to one directory as named on the command line and one build of advisor; it ends with a CRC-32C,
 * is written atomically (temporary file, then rename), and when unreadable or corrupt it is ignored
 * and replaced, never fatal. At most {@link #KEEP} directories are kept.
 */
final class LibraryFileCache {
    static final int MIN_LIBRARY_FILES = 1000;
    static final int KEEP = 8;
    /** The cache is rewritten once one library file in this many has changed (or disappeared). */
    static final int REWRITE_SHARE = 50;
    private static final String PREFIX = "dir-";
    private static final String SUFFIX = ".bin";

    /** One library file as last seen, and what it parsed to. */
    record Entry(String name, long size, long modified, Library library, List<Problem> problems, List<Refs> refs) {
    }

    /** A library file to bind, and what its stat says now. */
    private record Seen(CatalogLoader.LibraryFile file, long size, long modified) {
    }

    private final Path dir;
    private final Path file;
    private final String header;

    private LibraryFileCache(Path dir, Path file, String header) {
        this.dir = dir;
        this.file = file;
        this.header = header;
    }

    /** The cache of one catalog directory ({@code display}: its name in messages), or null if none can be kept. */
    static LibraryFileCache open(Path cacheDir, Path catalogDir, String display) {
        try {
            String header = "advisor-library-cache-v" + CatalogCodec.VERSION + "|" + catalogDir.toAbsolutePath().normalize()
                    + "|" + display + "|" + buildStamp();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8));
            return new LibraryFileCache(cacheDir, cacheDir.resolve(PREFIX + HexFormat.of().formatHex(digest, 0, 16) + SUFFIX),
                    header);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Binds the library files, reusing the cached result of every file that is unchanged and parsing
     * the rest (on every core); stores the new state when anything changed. The results come back in
     * the order of {@code files}.
     */
    List<CatalogLoader.Bound> bind(List<CatalogLoader.LibraryFile> files,
                                   Function<List<CatalogLoader.LibraryFile>, List<CatalogLoader.Bound>> parse) {
        Map<String, Entry> cached = read();
        List<Seen> seen = new ArrayList<>(files.size());
        for (CatalogLoader.LibraryFile f : files) {
            long size = -1;
            long modified = -1;
            try {
                BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class);
                size = a.size();
                modified = a.lastModifiedTime().toMillis();
            } catch (IOException | RuntimeException e) {
                // unreadable: parsing it reports why
            }
            seen.add(new Seen(f, size, modified));
        }
        List<Seen> misses = new ArrayList<>();
        for (Seen s : seen) {
            Entry e = cached.get(s.file().relative());
            if (e == null || e.size() != s.size() || e.modified() != s.modified() || s.size() < 0) {
                misses.add(s);
            }
        }
        List<CatalogLoader.Bound> fresh = parse.apply(misses.stream().map(Seen::file).toList());
        Map<String, CatalogLoader.Bound> parsed = new HashMap<>();
        for (int k = 0; k < misses.size(); k++) {
            parsed.put(misses.get(k).file().relative(), fresh.get(k));
        }
        List<CatalogLoader.Bound> out = new ArrayList<>(files.size());
        List<Entry> next = new ArrayList<>(files.size());
        for (Seen s : seen) {
            CatalogLoader.Bound b = parsed.get(s.file().relative());
            if (b == null) {
                Entry e = cached.get(s.file().relative());
                Problems problems = new Problems();
                problems.addAll(e.problems());
                problems.addRefs(e.refs());
                b = new CatalogLoader.Bound(e.library(), problems);
            }
            out.add(b);
            if (s.size() >= 0) {
                next.add(new Entry(s.file().relative(), s.size(), s.modified(), b.library(), b.problems().list(),
                        b.problems().refs()));
            }
        }
        // Rewriting the whole cache costs about as much as reading it; for a handful of edited files it
        // is cheaper to parse them again next time, until they add up to a noticeable share.
        boolean stale = misses.size() * REWRITE_SHARE >= files.size() || cached.size() > next.size() + next.size() / REWRITE_SHARE;
        if (cached.isEmpty() ? !next.isEmpty() : stale) {
            write(next);
        }
        return out;
    }

    /** The cached entries by file name; empty when there is no usable cache. */
    Map<String, Entry> read() {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<Entry> list = CatalogCodec.readChecked(in, i -> !header.equals(i.str()) ? null
                    : i.list(ii -> new Entry(ii.str(), ii.data.readLong(), ii.data.readLong(),
                            ii.data.readBoolean() ? CatalogCodec.library(ii) : null, ii.list(CatalogCodec::problem),
                            ii.list(CatalogCodec::ref))));
            if (list != null) {
                list.forEach(e -> entries.put(e.name(), e));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
    }

    /** Stores the entries; a failure (read-only home, full disk) only means no cache next time. */
    private void write(List<Entry> entries) {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, PREFIX, ".tmp");
            try (OutputStream target = Files.newOutputStream(temp)) {
                CatalogCodec.writeChecked(target, (out, unused) -> {
                    out.str(header);
                    out.list(entries, (o, e) -> {
                        o.str(e.name());
                        o.data.writeLong(e.size());
                        o.data.writeLong(e.modified());
                        o.data.writeBoolean(e.library() != null);
                        if (e.library() != null) {
                            CatalogCodec.library(o, e.library());
                        }
                        o.list(e.problems(), CatalogCodec::problem);
                        o.list(e.refs(), CatalogCodec::ref);
                    });
                });
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // no cache this time
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next prune
                }
            }
        }
    }

    private void prune() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, PREFIX + "*")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing(LibraryFileCache::modified).reversed());
        for (int i = KEEP; i < files.size(); i++) {
            Files.deleteIfExists(files.get(i));
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Identifies this build of advisor: the jar's (or class directory's) path, size and time. */
    private static String buildStamp() throws IOException {
        try {
            Path code = Path.of(LibraryFileCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("build location unknown", e);
        }
    }
}
