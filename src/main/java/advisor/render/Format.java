package advisor.render;

import advisor.model.Choice;

/**
 * The output formats. The first six are offered by every data command; a decision record ({@code adr}),
 * a chart ({@code svg}) and a page ({@code html}) only by the commands that document them.
 */
public enum Format implements Choice {
    TABLE,
    JSON,
    YAML,
    CSV,
    TSV,
    MARKDOWN,
    ADR,
    SVG,
    HTML,

    /** A Mermaid graph: offered by the stack commands only (issue 14). */
    MERMAID;

    /** Whether every data command offers this format. */
    public boolean everywhere() {
        return ordinal() <= MARKDOWN.ordinal();
    }

    @Override
    public String toString() {
        return id();
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
