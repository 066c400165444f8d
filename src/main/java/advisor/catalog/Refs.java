package advisor.catalog;

import advisor.model.Loc;
import java.util.Arrays;
import java.util.Objects;

/**
 * The references ({@link Ref}) of one catalog entry, all in one file, kept in arrays rather than as
 * one object each: a catalog of 100,000 libraries holds some three million of them, and keeps them
 * until every overlay is merged and they can be checked.
 */
final class Refs {
    private final String owner;
    private final String library;
    private final String file;
    private byte[] kinds;
    private String[] names;
    private int[] lines;
    private int[] columns;
    /** Null while no reference has a context: a library's never do. */
    private String[] contexts;
    private int size;

    Refs(String owner, String library, String file, int capacity) {
        this.owner = owner;
        this.library = library;
        this.file = file;
        kinds = new byte[capacity];
        names = new String[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
    }

    String owner() {
        return owner;
    }

    String library() {
        return library;
    }

    String file() {
        return file;
    }

    int size() {
        return size;
    }

    /** Whether a reference made at {@code loc} for {@code ownerKey} belongs in this group. */
    boolean holds(String ownerKey, String libraryId, Loc loc) {
        return Objects.equals(owner, ownerKey) && Objects.equals(library, libraryId) && file.equals(loc.file());
    }

    void add(Ref.Kind kind, String name, int line, int column, String context) {
        if (size == kinds.length) {
            int n = Math.max(4, size * 2);
            kinds = Arrays.copyOf(kinds, n);
            names = Arrays.copyOf(names, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            contexts = contexts == null ? null : Arrays.copyOf(contexts, n);
        }
        if (context != null && contexts == null) {
            contexts = new String[kinds.length];
        }
        kinds[size] = (byte) kind.ordinal();
        names[size] = name;
        lines[size] = line;
        columns[size] = column;
        if (contexts != null) {
            contexts[size] = context;
        }
        size++;
    }

    /** Gives back the room reserved for more: the group is complete. */
    void trim() {
        if (size < kinds.length) {
            kinds = Arrays.copyOf(kinds, size);
            names = Arrays.copyOf(names, size);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
            contexts = contexts == null ? null : Arrays.copyOf(contexts, size);
        }
    }

    /** Whether any reference has a context. */
    boolean hasContexts() {
        return contexts != null;
    }

    Ref.Kind kind(int i) {
        return Ref.Kind.values()[kinds[i]];
    }

    String name(int i) {
        return names[i];
    }

    int line(int i) {
        return lines[i];
    }

    int column(int i) {
        return columns[i];
    }

    String context(int i) {
        return contexts == null ? null : contexts[i];
    }

    /** The {@code i}th reference as a value (made on demand: only the checker asks, once each). */
    Ref get(int i) {
        return new Ref(kind(i), names[i], new Loc(file, lines[i], columns[i]), owner, library, context(i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refs r && size == r.size && Objects.equals(owner, r.owner) && Objects.equals(library, r.library)
                && file.equals(r.file) && Arrays.equals(kinds, 0, size, r.kinds, 0, size)
                && Arrays.equals(names, 0, size, r.names, 0, size) && Arrays.equals(lines, 0, size, r.lines, 0, size)
                && Arrays.equals(columns, 0, size, r.columns, 0, size)
                && java.util.stream.IntStream.range(0, size).allMatch(i -> Objects.equals(context(i), r.context(i)));
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, file, size);
    }

    @Override
    public String toString() {
        return "Refs[" + owner + ", " + size + " in " + file + "]";
    }
}
