package advisor.render;

import java.util.Locale;

/** The output formats every data command offers. */
public enum Format {
    TABLE, JSON, YAML, CSV, TSV, MARKDOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code s} (any case), or null. */
    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        return null;
    }
}
