package advisor.model;

/** A text in English and Chinese; both are always present. */
public record Text(String en, String zh) {

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** A language-neutral text: the same string in both languages. */
    public static Text both(String s) {
        return new Text(s, s);
    }
}
