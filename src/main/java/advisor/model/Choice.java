package advisor.model;

import java.util.Locale;

/**
 * One value of a fixed set that a user types as an option value (a format, a language, a sort key). Enums
 * implement it, and both what is typed and what it means follow from the constant: the id is its name in lower
 * case, words joined by '-' ({@code FIRST_RELEASE}: {@code first-release}); what it means, for completion, is
 * the message {@code choice.<set>.<id>} of the bundles, {@code <set>} the enum's simple name in lower case
 * ({@code choice.format.csv}). Their {@code toString()} is the id, so that picocli's help and completion
 * candidates show what is typed.
 */
public interface Choice {
    /** The word typed. */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of a short description of this value, in both bundles. */
    default String descriptionKey() {
        return "choice." + ((Enum<?>) this).getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + id();
    }
}
