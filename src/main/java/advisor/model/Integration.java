package advisor.model;

/**
 * A source's word that two libraries work together: {@code library} builds on, integrates with, runs
 * on the back end {@code with}, or is used beside it in a source's own example.
 */
public record Integration(String library, String with, Relation relation, Text note, String source, Loc loc) {

    /** How the two libraries work together. */
    public enum Relation {
        /** {@code library} is built on {@code with}. */
        BUILDS_ON("builds-on"),
        /** {@code library} integrates with {@code with}. */
        INTEGRATES("integrates"),
        /** {@code with} is a back end {@code library} can run on. */
        BACKEND("backend"),
        /** A source's example uses the two together. */
        USED_WITH("used-with");

        private final String id;

        Relation(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The entry's key in the catalog: one relation per ordered pair, which an overlay replaces. */
    public String key() {
        return library + "/" + with;
    }

    /** Whether this relation joins the two libraries, in either direction. */
    public boolean joins(String a, String b) {
        return library.equals(a) && with.equals(b) || library.equals(b) && with.equals(a);
    }

    /** The other library of the pair, seen from {@code id}. */
    public String other(String id) {
        return library.equals(id) ? with : library;
    }
}
