package advisor.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The parsed form of a large catalog, kept on disk so that the next run over the same files skips
 * YAML parsing. An entry is keyed by every catalog file's path, size and modification time (and the
 * build of advisor itself), so any edit makes a new key. Only catalogs with at least
 * {@link #MIN_LIBRARY_FILES} library files are cached: below that, parsing is as fast as reading the
 * cache. Each entry ends with a CRC-32C of its content. Entries are written atomically (temporary file, then rename); an unreadable or corrupt entry
 * is ignored and replaced, never fatal. At most {@link #KEEP} entries are kept.
 */
final class ParsedCache {
    static final int MIN_LIBRARY_FILES = 1000;
    static final int KEEP = 4;
    private static final String PREFIX = "catalog-";
    private static final String SUFFIX = ".bin";

    private final Path dir;
    private final Path file;

    private ParsedCache(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** The cache entry for these catalogs, or null when they are too small to be worth caching. */
    static ParsedCache open(Path dir, List<Path> overlays, boolean builtin) {
        if (overlays.isEmpty()) {
            return null;
        }
        try {
            List<String> lines = new ArrayList<>();
            lines.add("advisor-parsed-cache-v" + CatalogCodec.VERSION + "|" + builtin);
            lines.add(buildStamp());
            int libraryFiles = 0;
            for (Path overlay : overlays) {
                Path root = overlay.toAbsolutePath().normalize();
                lines.add("overlay|" + root);
                libraryFiles += stamp(lines, root, false);
                libraryFiles += stamp(lines, root.resolve("libraries"), true);
            }
            if (libraryFiles < MIN_LIBRARY_FILES) {
                return null;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            String key = HexFormat.of().formatHex(digest.digest(), 0, 16);
            return new ParsedCache(dir, dir.resolve(PREFIX + key + SUFFIX));
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cached parse, or null when there is none or it cannot be read. */
    CatalogLoader.Parsed read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            return readFrom(raw);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads a parse written by {@link #writeTo}; null when its checksum does not match. */
    static CatalogLoader.Parsed readFrom(InputStream stream) throws IOException {
        InputStream raw = new BufferedInputStream(stream, 1 << 16);
        CheckedInputStream checked = new CheckedInputStream(raw, new CRC32C());
        CatalogLoader.Parsed parsed = CatalogCodec.read(new DataInputStream(checked));
        long expected = checked.getChecksum().getValue();
        long stored = new DataInputStream(raw).readLong();
        return stored == expected && raw.read() == -1 ? parsed : null;
    }

    /** Writes a parse in the codec's form followed by a CRC-32C of it. */
    static void writeTo(Path target, CatalogLoader.Parsed parsed) throws IOException {
        try (DataOutputStream raw = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            CatalogCodec.write(out, parsed);
            out.flush();
            raw.writeLong(checked.getChecksum().getValue());
        }
    }

    /** Stores the parse; a failure (read-only home, full disk) only means no cache next time. */
    void write(CatalogLoader.Parsed parsed) {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, PREFIX, ".tmp");
            writeTo(temp, parsed);
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
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, PREFIX + "*")) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(ParsedCache::modified).reversed());
        for (int i = KEEP; i < entries.size(); i++) {
            Files.deleteIfExists(entries.get(i));
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Adds the name, size and modification time of every file in {@code dir}; returns how many .yaml files. */
    private static int stamp(List<String> into, Path dir, boolean libraries) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<String> lines = new ArrayList<>();
        int yaml = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                String name = p.getFileName().toString();
                lines.add(name + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|" + a.isDirectory());
                if (libraries && name.endsWith(".yaml")) {
                    yaml++;
                }
            }
        }
        lines.sort(null);
        into.addAll(lines);
        return yaml;
    }

    /** Identifies this build of advisor (and with it the built-in catalog): the jar's path, size and time. */
    private static String buildStamp() throws IOException {
        try {
            Path code = Path.of(ParsedCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("build location unknown", e);
        }
    }
}
