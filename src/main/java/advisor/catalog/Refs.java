package advisor.catalog;

import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Measurement;
import advisor.model.Remark;
import advisor.model.ScenarioRating;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The references ({@link Ref}) of one catalog entry, all in one file, kept in arrays rather than as
 * one object each: a catalog of 100,000 libraries holds some three million of them, and keeps them
 * until every overlay is merged and they can be checked. The references of a library that bound
 * without a problem follow from the library itself ({@link #of(Library, String, Supplier)}): those are
 * not stored in the file cache, and their places in the file are only looked up (by reading the file
 * again) for the rare one that turns out to be wrong.
 */
final class Refs {
    private final String owner;
    private final String library;
    private final String file;
    private byte[] kinds;
    private String[] names;
    /** Null (as {@code columns}) for references derived from a library: see {@link #exact}. */
    private int[] lines;
    private int[] columns;
    /** Where to find the places of derived references; null for recorded ones. */
    private final Supplier<Refs> exact;
    private Refs found;
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
        exact = null;
    }

    private Refs(String owner, String library, String file, byte[] kinds, String[] names, Supplier<Refs> exact) {
        this.owner = owner;
        this.library = library;
        this.file = file;
        this.kinds = kinds;
        this.names = names;
        this.size = kinds.length;
        this.exact = exact;
    }

    /**
     * The references that the binder records for {@code library} when it binds without a problem, in the
     * same order, without their places: {@code exact} gives the recorded ones (reads the file again) when a
     * place is needed. A library bound with problems may have recorded more (from the parts it dropped).
     */
    static Refs of(Library library, String file, Supplier<Refs> exact) {
        Evaluation e = library.evaluation();
        Derived d = new Derived(4 + library.aliases().size() + library.facts().size()
                + (e == null ? 0 : 2 + e.dimensions().size()) + 2 * library.scenarios().size()
                + library.strengths().size() + library.limitations().size() + library.measurements().size()
                + library.notes().size());
        d.add(Ref.Kind.LIBRARY_NAME, library.id());
        d.add(Ref.Kind.LIBRARY_NAME, library.name());
        library.aliases().forEach(a -> d.add(Ref.Kind.LIBRARY_NAME, a));
        d.add(Ref.Kind.CATEGORY, library.category());
        for (Fact f : library.facts()) {
            d.add(Ref.Kind.SOURCE, f.source());
        }
        if (e != null) {
            d.add(Ref.Kind.SOURCE, e.source());
            e.dimensions().keySet().forEach(k -> d.add(Ref.Kind.DIMENSION, k));
            if (e.reported() != null) {
                d.add(Ref.Kind.TIER, e.reported().tier());
            }
        }
        for (ScenarioRating r : library.scenarios()) {
            d.add(Ref.Kind.SCENARIO, r.scenario());
            d.add(Ref.Kind.SOURCE, r.source());
        }
        for (List<Remark> remarks : List.of(library.strengths(), library.limitations())) {
            remarks.forEach(r -> d.add(Ref.Kind.SOURCE, r.source()));
        }
        for (Measurement m : library.measurements()) {
            d.add(Ref.Kind.SOURCE, m.source());
        }
        library.notes().forEach(r -> d.add(Ref.Kind.SOURCE, r.source()));
        boolean full = d.size == d.kinds.length;
        return new Refs("library:" + library.id(), library.id(), file, full ? d.kinds : Arrays.copyOf(d.kinds, d.size),
                full ? d.names : Arrays.copyOf(d.names, d.size), exact);
    }

    /** The arrays of derived references while they are collected: at most {@code capacity}. */
    private static final class Derived {
        final byte[] kinds;
        final String[] names;
        int size;

        Derived(int capacity) {
            kinds = new byte[capacity];
            names = new String[capacity];
        }

        void add(Ref.Kind kind, String name) {
            if (name == null) {
                return; // the binder records none either
            }
            kinds[size] = (byte) kind.ordinal();
            names[size++] = name;
        }
    }

    /** Whether these references were derived from a library rather than recorded (they carry no places). */
    boolean derived() {
        return exact != null;
    }

    /** Whether both hold the same references of the same entry in the same order, places aside. */
    boolean sameNames(Refs r) {
        return size == r.size && Objects.equals(owner, r.owner) && Objects.equals(library, r.library)
                && file.equals(r.file) && Arrays.equals(kinds, 0, size, r.kinds, 0, size)
                && Arrays.equals(names, 0, size, r.names, 0, size);
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

    /** The {@code i}th reference as a value (made on demand: only for a reference found wrong). */
    Ref get(int i) {
        return new Ref(kind(i), names[i], loc(i), owner, library, context(i));
    }

    /** Where the {@code i}th reference is written; for a derived one, found by reading the file again. */
    private Loc loc(int i) {
        if (exact == null) {
            return new Loc(file, lines[i], columns[i]);
        }
        if (found == null) {
            Refs r = exact.get();
            found = r != null && r.exact == null && sameNames(r) ? r : this;
        }
        // the file changed since it was cached: its name is all that is known
        return found == this ? Loc.file(file) : found.loc(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refs r && sameNames(r) && derived() == r.derived()
                && (derived() || Arrays.equals(lines, 0, size, r.lines, 0, size)
                        && Arrays.equals(columns, 0, size, r.columns, 0, size))
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
