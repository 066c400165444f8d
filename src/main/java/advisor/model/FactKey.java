package advisor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The kinds of fact a catalog records about a library; a fact's {@code key} is one of their ids. */
public enum FactKey {
    VERSION("version"),
    FIRST_RELEASE("first-release"),
    STARS("stars"),
    PRODUCTION_USE("production-use"),
    LICENSE("license"),
    MAINTAINER("maintainer"),
    STATUS("status"),
    DOWNLOADS("downloads");

    private final String id;

    FactKey(String id) {
        this.id = id;
    }

    /** The key as catalog files write it. */
    public String id() {
        return id;
    }

    /** The key whose id is {@code id}, or null. */
    public static FactKey of(String id) {
        for (FactKey k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** Every id, sorted (for the message that lists the valid keys). */
    public static Set<String> ids() {
        return new TreeSet<>(Arrays.stream(values()).map(FactKey::id).toList());
    }

    /** Every id, in declaration order. */
    public static List<String> ordered() {
        return Arrays.stream(values()).map(FactKey::id).toList();
    }
}
