package advisor.model;

/** Where something was read: file, 1-based line and column (0 when unknown). */
public record Loc(String file, int line, int column) {

    public static Loc file(String file) {
        return new Loc(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
