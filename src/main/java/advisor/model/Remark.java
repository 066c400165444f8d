package advisor.model;

/** A sourced sentence about a library: a strength, a limitation or a note. */
public record Remark(Text text, String source, Loc loc) {
}
