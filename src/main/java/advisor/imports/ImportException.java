package advisor.imports;

/**
 * A file of a known format whose content cannot be imported: the message names the file, the line
 * (0 when unknown) and the entry, and what would be valid. The command maps it to exit code 3, as for a
 * bad catalog.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(Where where, String message) {
        super(where + ": " + message);
    }

    /** Where in the input something was read: file, line (0: unknown) and the entry's name (or null). */
    public record Where(String file, int line, String entry) {
        public Where at(int otherLine, String otherEntry) {
            return new Where(file, otherLine, otherEntry);
        }

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + (entry != null ? ": entry '" + entry + "'" : "");
        }
    }
}
