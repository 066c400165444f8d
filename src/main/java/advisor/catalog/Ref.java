package advisor.catalog;

import advisor.model.Loc;

/**
 * A name that one catalog entry uses from another file (a source, category, scenario, tier,
 * dimension or library) or claims for itself (a library's or scenario's id, name or alias), with
 * where it is written. The binder records these for every entry it reads, even one too broken to
 * become a model record, so that a structural error never hides an unknown reference; they are
 * checked once every overlay is merged ({@link CatalogChecker}). They are kept per entry in {@link Refs}.
 *
 * @param owner   the entry the name belongs to, as {@code kind:id} ({@code library:qdrant}); a later
 *                entry with the same owner replaces this one's references, as it replaces the entry
 * @param library the library id problems are attributed to, or null
 * @param context how a message names the user of the reference ("trend 'x' names"), or null (always
 *                for a claimed name, which belongs to the owner)
 */
record Ref(Kind kind, String name, Loc loc, String owner, String library, String context) {

    /** What the name refers to, or (for the two *_NAME kinds) which name space it claims a name in. */
    enum Kind {
        SOURCE, CATEGORY, SCENARIO, TIER, DIMENSION, LIBRARY, LIBRARY_NAME, SCENARIO_NAME, RING
    }
}
