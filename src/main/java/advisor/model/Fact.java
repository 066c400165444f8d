package advisor.model;

/**
 * A sourced fact about a library (version, stars, first release...). Exactly one of {@code value}
 * (language-neutral) and {@code text} (bilingual) is set. {@code asOf} is the date the fact describes
 * as written (YYYY, YYYY-MM or YYYY-MM-DD), or null for the source's own date.
 */
public record Fact(String key, String value, Text text, String asOf, String source, Loc loc) {

    public String display(Lang lang) {
        return value != null ? value : text.in(lang);
    }
}
