package advisor.model;

/**
 * One value of a fixed set that a user types as an option value (a format, a language, a sort key): the
 * word typed, and what it means, for completion. Enums implement it; their {@code toString()} is the id,
 * so that picocli's help and completion candidates show what is typed.
 */
public interface Choice {
    String id();

    /** A short description in the given language; empty when the id says it all. */
    String describe(Lang lang);
}
