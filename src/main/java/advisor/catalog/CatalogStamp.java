package advisor.catalog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a catalog's overlay directories look like on disk (size, modification and inode change time
 * and identity of each directory and file), so that a long-running shell can tell cheaply whether to read them again.
 * A directory with {@link LibraryFileCache#MIN_LIBRARY_FILES} library files or more is watched through
 * its directories only (files added, removed or saved by renaming), to keep the check cheap.
 */
public final class CatalogStamp {
    private final List<Path> overlays;
    private final boolean[] coarse;
    private final List<Object> parts;

    private CatalogStamp(List<Path> overlays, boolean[] coarse, List<Object> parts) {
        this.overlays = overlays;
        this.coarse = coarse;
        this.parts = parts;
    }

    /** The stamp of these overlay directories now; take it before reading them, so no edit slips between. */
    public static CatalogStamp of(List<Path> overlays) {
        boolean[] coarse = new boolean[overlays.size()];
        for (int i = 0; i < coarse.length; i++) {
            coarse[i] = libraryFiles(overlays.get(i).resolve("libraries"), LibraryFileCache.MIN_LIBRARY_FILES).size()
                    >= LibraryFileCache.MIN_LIBRARY_FILES;
        }
        return take(List.copyOf(overlays), coarse);
    }

    private static CatalogStamp take(List<Path> overlays, boolean[] coarse) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < overlays.size(); i++) {
            Path dir = overlays.get(i);
            add(parts, dir);
            for (String file : CatalogLoader.REFERENCE_FILES) {
                add(parts, dir.resolve(file));
            }
            Path libraries = dir.resolve("libraries");
            add(parts, libraries);
            if (!coarse[i]) {
                for (Path file : libraryFiles(libraries, Integer.MAX_VALUE)) {
                    add(parts, file);
                }
            }
        }
        return new CatalogStamp(overlays, coarse, parts);
    }

    /** Whether the files differ from when this stamp was taken. */
    public boolean changed() {
        return !parts.equals(take(overlays, coarse).parts);
    }

    private static List<Path> libraryFiles(Path dir, int limit) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                files.add(p);
                if (files.size() >= limit) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable directory is stamped as such by its own entry
        }
        files.sort(null);
        return files;
    }

    private static void add(List<Object> parts, Path p) {
        parts.add(p.toString());
        // size, modification and inode change time (an edit that keeps size and time still moves the change
        // time) and identity, in one stat
        try {
            if (p.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                parts.add(Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,fileKey"));
            } else {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                parts.add(List.of(a.size(), a.lastModifiedTime(), Objects.requireNonNullElse(a.fileKey(), "")));
            }
        } catch (IOException | RuntimeException e) {
            parts.add("missing");
        }
    }
}
