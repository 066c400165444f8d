package advisor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The kinds of fact a catalog records about a library; a fact's {@code key} is one of their ids. */
public enum FactKey {
    VERSION,
    FIRST_RELEASE,
    STARS,
    PRODUCTION_USE,
    LICENSE,
    MAINTAINER,
    STATUS,
    DOWNLOADS;

    /** The key as catalog files write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key whose id is {@code id}, or null. */
    public static FactKey of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    /** Every id, sorted (for the message that lists the valid keys). */
    public static Set<String> ids() {
        return new TreeSet<>(Arrays.stream(values()).map(FactKey::id).toList());
    }

    /** Every id, in declaration order (for the message that lists the valid keys in the order a card shows them). */
    public static java.util.List<String> ordered() {
        return Arrays.stream(values()).map(FactKey::id).toList();
    }
}
