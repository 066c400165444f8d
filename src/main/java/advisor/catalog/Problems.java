package advisor.catalog;

import advisor.model.Loc;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading and checking a catalog, instead of stopping at the first,
 * and the references between files that can only be checked once every catalog is merged ({@link Ref}).
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final List<Refs> refs = new ArrayList<>();
    /** The group the current entry's references go to; null until it makes one. */
    private Refs current;
    private String library;
    private String owner;

    /** Attributes the problems reported until the next call to this library id (null for none). */
    void library(String libraryId) {
        this.library = libraryId;
    }

    /** The entry ({@code kind:id}) that the references recorded until the next call belong to. */
    void owner(String ownerKey) {
        if (current != null) {
            current.trim();
            current = null;
        }
        this.owner = ownerKey;
    }

    /** Records a name the current entry uses or claims, to be checked once every catalog is merged. */
    void refer(Ref.Kind kind, String name, Loc loc, String context) {
        if (current == null || !current.holds(owner, library, loc)) {
            current = new Refs(owner, library, loc.file(), 16);
            refs.add(current);
        }
        current.add(kind, name, loc.line(), loc.column(), context);
    }

    /** The references recorded, one group per entry, in the order they were read. */
    List<Refs> refs() {
        return List.copyOf(refs);
    }

    void addRefs(List<Refs> more) {
        refs.addAll(more);
    }

    public void error(String code, Loc loc, String message) {
        list.add(Problem.at(Problem.Severity.ERROR, code, loc, library, message));
    }

    public void warning(String code, Loc loc, String message) {
        list.add(Problem.at(Problem.Severity.WARNING, code, loc, library, message));
    }

    void warning(String code, Loc loc, String libraryId, String message) {
        list.add(Problem.at(Problem.Severity.WARNING, code, loc, libraryId, message));
    }

    void error(String code, Loc loc, String libraryId, String message) {
        list.add(Problem.at(Problem.Severity.ERROR, code, loc, libraryId, message));
    }

    /** Adds every problem another collector found (a library file read on another thread), in order. */
    void addAll(Problems other) {
        list.addAll(other.list);
        refs.addAll(other.refs);
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** The problems in the order they were found. */
    List<Problem> list() {
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return anyError(list);
    }

    /** Whether any of the problems is an error. */
    static boolean anyError(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.severity() == Problem.Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Every problem, ordered by file, line, column, then the order they were found. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        // a comparator of its own rather than Comparator.comparing(...).thenComparingInt(...): every run
        // sorts, and the JDK's combinators are lambdas spun at run time that no class-data archive keeps
        copy.sort(Problems::byPlace);
        return List.copyOf(copy);
    }

    private static int byPlace(Problem a, Problem b) {
        int c = a.file().compareTo(b.file());
        if (c == 0) {
            c = Integer.compare(a.line(), b.line());
        }
        return c != 0 ? c : Integer.compare(a.column(), b.column());
    }
}
