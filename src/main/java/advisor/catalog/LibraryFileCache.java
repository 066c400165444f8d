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
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What the library files of one large catalog directory parsed to, kept on disk between runs: a file
 * whose stamp (size, modification time and inode change time) is unchanged is not parsed again, so a
 * run after editing one library of ten thousand parses one file (the cache itself is rewritten once one
 * file in {@link #REWRITE_SHARE} has changed). The modification time alone is not enough: {@code tar},
 * {@code touch -r} or a checkout tool can give an edited file its old size and time back; none of them
 * can set the change time (ctime), which every write, rename or time change moves. Where the stamp
 * cannot be trusted (no ctime on the platform, or the file changed less than {@link #RACY_NANOS} before
 * it was read, when a second change within the same timestamp tick would keep it) the file's content
 * digest decides instead. Only directories with at least {@link #MIN_LIBRARY_FILES}
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
    /**
     * How long after a file's last change its stamp is not trusted alone: two changes within one
     * timestamp tick (a few milliseconds, a second on some file systems) leave the same stamp.
     */
    static final long RACY_NANOS = 2_000_000_000L;
    /** The change time of a file on a platform that gives none. */
    static final long NO_CTIME = Long.MIN_VALUE;
    /** The layout of an entry below; part of the header, so a cache in another layout is ignored. */
    private static final int LAYOUT = 3;
    private static final String PREFIX = "dir-";
    private static final String SUFFIX = ".bin";

    /**
     * What a stat says about a file: size, modification time and inode change time (both in nanoseconds
     * since the epoch; the change time {@link #NO_CTIME} when unknown).
     */
    record Stamp(long size, long modified, long changed) {
        /** Whether this stamp alone shows that the file has not changed since a stat at {@code statTime}. */
        boolean trusted(long statTime) {
            return changed != NO_CTIME && changed < statTime - RACY_NANOS;
        }
    }

    /**
     * One library file as last seen, and what it parsed to; {@code trusted}: the stamp alone identifies
     * the content, else the {@code digest} of the content must match too. {@code refs} is null when they
     * follow from the library ({@link Refs#of}): a library bound without a problem, most of them.
     */
    record Entry(String name, Stamp stamp, boolean trusted, long digest, Library library, List<Problem> problems,
                 List<Refs> refs) {
    }

    /** A library file to bind, and its stamp now (null when it cannot be read). */
    private record Seen(CatalogLoader.LibraryFile file, Stamp stamp) {
    }

    private final Path dir;
    private final Path file;
    private final String header;
    private final LongSupplier clock;
    private final Function<Path, Stamp> stat;

    private LibraryFileCache(Path dir, Path file, String header, LongSupplier clock, Function<Path, Stamp> stat) {
        this.dir = dir;
        this.file = file;
        this.header = header;
        this.clock = clock;
        this.stat = stat;
    }

    /** The cache of one catalog directory ({@code display}: its name in messages), or null if none can be kept. */
    static LibraryFileCache open(Path cacheDir, Path catalogDir, String display) {
        return open(cacheDir, catalogDir, display, LibraryFileCache::now, LibraryFileCache::stamp);
    }

    /** As {@link #open(Path, Path, String)}, with the clock (nanoseconds since the epoch) and the stat given. */
    static LibraryFileCache open(Path cacheDir, Path catalogDir, String display, LongSupplier clock,
                                 Function<Path, Stamp> stat) {
        try {
            String header = "advisor-library-cache-v" + CatalogCodec.VERSION + "." + LAYOUT + "|"
                    + catalogDir.toAbsolutePath().normalize() + "|" + display + "|" + buildStamp();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8));
            return new LibraryFileCache(cacheDir, cacheDir.resolve(PREFIX + HexFormat.of().formatHex(digest, 0, 16) + SUFFIX),
                    header, clock, stat);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static long now() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * The stamp of a file, or null when it cannot be read. The change time comes from the "unix" view
     * (Linux, macOS, the BSDs; on JDK 17 and 25 alike), in the same stat call as size and time.
     */
    static Stamp stamp(Path path) {
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                Map<String, Object> a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime");
                return new Stamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")));
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stamp(a.size(), nanos(a.lastModifiedTime()), NO_CTIME);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: parsing it reports why
        }
    }

    private static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * A 64-bit digest of a file's bytes (CRC-32C and CRC-32, both computed in hardware): it tells an
     * edited file from the one cached when the stamp cannot, at a small share of the cost of parsing.
     */
    static long digest(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return c.getValue() << 32 | d.getValue();
    }

    /** Whether the file still holds what {@code e} was parsed from, by its digest. */
    private static boolean sameContent(Path path, Stamp stamp, Entry e) {
        if (stamp.size() > YamlReader.MAX_FILE_BYTES) {
            return e.digest() == 0; // never read: what it bound to depends on its size only
        }
        try {
            return digest(Files.readAllBytes(path)) == e.digest();
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    /**
     * Binds the library files, reusing the cached result of every file that is unchanged and parsing
     * the rest (on every core); stores the new state when anything changed. The results come back in
     * the order of {@code files}.
     */
    List<CatalogLoader.Bound> bind(List<CatalogLoader.LibraryFile> files,
                                   Function<List<CatalogLoader.LibraryFile>, List<CatalogLoader.Bound>> parse) {
        return bind(files, parse, null);
    }

    /**
     * As {@link #bind(List, Function)}; with {@code writing} not null, the new state is stored on a thread of
     * its own, added to {@code writing} for the caller to join, so that storing it overlaps with what the
     * caller does next (checking the catalog, answering) instead of adding to it.
     */
    List<CatalogLoader.Bound> bind(List<CatalogLoader.LibraryFile> files,
                                   Function<List<CatalogLoader.LibraryFile>, List<CatalogLoader.Bound>> parse,
                                   List<Thread> writing) {
        long statTime = clock.getAsLong(); // before the first stat: a change after it moves the stamp
        Map<String, Entry> cached = read();
        // one after another: on two cores, stats in parallel measured slower
        List<Seen> seen = files.stream().map(f -> new Seen(f, stat.apply(f.path()))).toList();
        List<Seen> misses = new ArrayList<>();
        int settled = 0;
        for (Seen s : seen) {
            Entry e = cached.get(s.file().relative());
            if (e == null || s.stamp() == null || !e.stamp().equals(s.stamp())
                    || !e.trusted() && !sameContent(s.file().path(), s.stamp(), e)) {
                misses.add(s);
            } else if (!e.trusted() && s.stamp().trusted(statTime)) {
                settled++; // confirmed by its digest, and now its stamp would do: worth writing down
            }
        }
        List<CatalogLoader.Bound> fresh = parse.apply(misses.stream().map(Seen::file).toList());
        Map<String, CatalogLoader.Bound> parsed = new HashMap<>();
        for (int k = 0; k < misses.size(); k++) {
            parsed.put(misses.get(k).file().relative(), fresh.get(k));
        }
        // Rewriting the whole cache costs about as much as reading it; for a handful of edited files it
        // is cheaper to parse them again next time, until they add up to a noticeable share.
        long stamped = seen.stream().filter(s -> s.stamp() != null).count();
        boolean stale = (misses.size() + settled) * REWRITE_SHARE >= files.size()
                || cached.size() > stamped + stamped / REWRITE_SHARE;
        boolean rewrite = cached.isEmpty() ? stamped > 0 : stale;
        List<CatalogLoader.Bound> out = new ArrayList<>(files.size());
        List<Entry> next = new ArrayList<>(rewrite ? files.size() : 0);
        for (Seen s : seen) {
            CatalogLoader.Bound b = parsed.get(s.file().relative());
            if (b == null) {
                Entry e = cached.get(s.file().relative());
                Problems problems = new Problems();
                problems.addAll(e.problems());
                CatalogLoader.LibraryFile f = s.file();
                problems.addRefs(e.refs() != null ? e.refs()
                        : List.of(Refs.of(e.library(), f.display(), () -> single(CatalogLoader.bind(f).problems().refs()))));
                b = new CatalogLoader.Bound(e.library(), problems, e.digest());
            }
            out.add(b);
            if (rewrite && s.stamp() != null) {
                List<Problem> problems = b.problems().list();
                List<Refs> refs = b.problems().refs();
                next.add(new Entry(s.file().relative(), s.stamp(), s.stamp().trusted(statTime), b.digest(), b.library(),
                        problems, derivable(b.library(), problems, refs, s.file().display()) ? null : refs));
            }
        }
        if (rewrite && writing != null) {
            Thread t = new Thread(() -> write(next), "advisor-cache-writer");
            writing.add(t);
            t.start();
        } else if (rewrite) {
            write(next);
        }
        return out;
    }

    /** Whether {@code refs} are what {@link Refs#of} gives for the library: then they need not be stored. */
    private static boolean derivable(Library library, List<Problem> problems, List<Refs> refs, String display) {
        return library != null && problems.isEmpty() && refs.size() == 1
                && (refs.get(0).derived() || refs.get(0).sameNames(Refs.of(library, display, () -> null)));
    }

    /** The only group of references, or null when there is not exactly one (the file changed since). */
    private static Refs single(List<Refs> refs) {
        return refs.size() == 1 ? refs.get(0) : null;
    }

    /** The cached entries by file name; empty when there is no usable cache. */
    Map<String, Entry> read() {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<Entry> list = CatalogCodec.readChecked(in,
                    i -> !header.equals(i.str()) ? null : CatalogRecords.readListOfEntry(i));
            if (list != null) {
                for (Entry e : list) {
                    if (e == null || e.stamp() == null || e.name() == null || e.problems() == null
                            || e.refs() == null && e.library() == null) {
                        throw new IOException("an entry without its parts, or references neither stored nor derivable");
                    }
                }
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
                    CatalogRecords.writeListOfEntry(out, entries);
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

    /**
     * Identifies this build of advisor: the jar's (or class directory's) path and stamp, change time
     * included (a jar copied with its old time kept is still another build).
     */
    private static String buildStamp() throws IOException {
        try {
            Path code = Path.of(LibraryFileCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "|" + Objects.requireNonNull(stamp(code), "build unreadable");
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("build location unknown", e);
        }
    }
}
