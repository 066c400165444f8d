package advisor.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * One input format of {@code advisor import}: how to recognise it and how to read it into the
 * {@link ImportContext}'s overlay. See the package documentation for how to add one.
 */
public interface ImportFormat {

    /** The name users give to {@code --from} (byor-csv, zalando...). */
    String id();

    /** What the format is, in a few words, for help texts and "tried ..." messages. */
    String description();

    /**
     * Whether {@code input} (a file or a directory, as given) looks like this format. Cheap and never
     * throwing: a file that fits none of the formats is a usage error that names what was tried.
     */
    boolean detects(Input input);

    /**
     * Reads every input (all of this format; files sorted by path) into {@code context}. Bad content is an
     * {@link ImportException} naming file, line and entry; an entry worth leaving out (a duplicate name) is
     * {@link ImportContext#skip skipped} with its reason.
     */
    void read(List<Input> inputs, ImportContext context) throws ImportException;

    /** A path given to import, with its text read at most once (null for a directory or an unreadable file). */
    final class Input {
        private final Path path;
        private String text;
        private boolean tried;

        public Input(Path path) {
            this.path = path;
        }

        public Path path() {
            return path;
        }

        /** The file name, lower-case. */
        public String name() {
            return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean directory() {
            return java.nio.file.Files.isDirectory(path);
        }

        /** The file's text (UTF-8), or null when it is a directory or cannot be read. */
        public String text() {
            if (!tried) {
                tried = true;
                try {
                    text = directory() ? null : java.nio.file.Files.readString(path);
                } catch (java.io.IOException | RuntimeException e) {
                    text = null;
                }
            }
            return text;
        }

        private final Tree[] trees = new Tree[2];
        private final boolean[] parsed = new boolean[2];

        /** The file read as JSON (or YAML), or null when it is not; read once. */
        Tree tree(boolean yaml) {
            int k = yaml ? 1 : 0;
            if (!parsed[k]) {
                parsed[k] = true;
                String t = text();
                try {
                    trees[k] = t == null ? null : Tree.read(t, yaml);
                } catch (java.io.IOException | RuntimeException e) {
                    trees[k] = null;
                }
            }
            return trees[k];
        }

        /** The file read as JSON (or YAML), the tree detection read if there is one; bad syntax is bad content, at its line. */
        Tree parse(boolean yaml) throws ImportException {
            int k = yaml ? 1 : 0;
            if (parsed[k] && trees[k] != null) {
                return trees[k];
            }
            String t = text();
            if (t == null) {
                throw new ImportException(new ImportException.Where(path.toString(), 0, null), "cannot be read");
            }
            try {
                return Tree.read(t, yaml);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new ImportException(new ImportException.Where(path.toString(), line, null),
                        (yaml ? "not valid YAML: " : "not valid JSON: ") + e.getOriginalMessage());
            } catch (java.io.IOException | RuntimeException e) {
                throw new ImportException(new ImportException.Where(path.toString(), 0, null),
                        (yaml ? "not valid YAML" : "not valid JSON"));
            }
        }

        /** Where in this input: a line and an entry name. */
        ImportException.Where at(int line, String entry) {
            return new ImportException.Where(path.toString(), line, entry);
        }
    }
}
