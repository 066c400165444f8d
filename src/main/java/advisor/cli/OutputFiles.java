package advisor.cli;

import advisor.model.Lang;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output files written whole or not at all ({@code --to FILE}, {@code publish}): the content is complete
 * before anything is touched, goes to a temporary file beside the target, reaches the disk, and is renamed
 * over the target in one step, so a reader (or a run killed half way) never sees half a file. A file that
 * already holds exactly these bytes is left alone, with its modification time, so that a wiki's history
 * shows only real changes. A failure is an {@link OutputFailure} (exit 1, "cannot write the output").
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code content} to {@code file} atomically unless it holds those bytes already; returns whether it changed. */
    static boolean write(Path file, byte[] content) {
        Path target = target(file);
        try {
            if (Files.isDirectory(target)) {
                throw new Refused("directory");
            }
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Path parent = target.toAbsolutePath().getParent();
            Path temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        ch.write(buffer);
                    }
                    ch.force(true); // the bytes are on disk before the name points at them
                }
                keepPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * Writes every file of a set under {@code dir} (relative names with {@code /}), each atomically and only
     * if it changed; directories are made as needed. Returns the names of the files that changed, in order.
     */
    static List<String> writeAll(Path dir, Map<String, byte[]> files) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw failure(file.getParent(), e);
            }
            if (write(file, f.getValue())) {
                changed.add(f.getKey());
            }
        }
        return changed;
    }

    /** Where the bytes go: a symbolic link stays a link and its target is replaced, as an editor does. */
    private static Path target(Path file) {
        Path p = file;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                Path link = Files.readSymbolicLink(p);
                Path parent = p.toAbsolutePath().getParent();
                p = parent == null ? link : parent.resolve(link);
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
        return p;
    }

    /** A replaced file keeps its permissions; a new one gets the usual ones (the umask's), not a temp file's. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null && Files.exists(target)) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, perms);
        }
    }

    /** An I/O failure as the run reports it: the file and the reason in plain words. */
    static OutputFailure failure(Path file, IOException e) {
        String key = e instanceof NoSuchFileException ? "noDirectory"
                : e instanceof AccessDeniedException ? "permissionDenied"
                : e instanceof Refused r ? r.key : null;
        String reason;
        if (key != null) {
            reason = Messages.of(Lang.EN).text("output.reason." + key);
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new OutputFailure(new IOException(file + ": " + reason, e), file.toString(), key);
    }

    /** A target advisor itself refuses to write over, with the bundles' key of why ({@code output.reason.*}). */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key) {
            super(Messages.of(Lang.EN).text("output.reason." + key));
            this.key = key;
        }
    }
}
