package advisor.model;

/**
 * A text in English and Chinese. The built-in catalog always has both; a team's overlay may hold a
 * text in one language only (an imported radar keeps the team's own words): the other is then null
 * and {@link #in} shows the written one, marked with its language.
 */
public record Text(String en, String zh) {

    /** The text in {@code lang}; a text written only in the other language comes as written, marked "[en] ...". */
    public String in(Lang lang) {
        String s = lang == Lang.ZH ? zh : en;
        if (s != null) {
            return s;
        }
        return lang == Lang.ZH ? "[en] " + en : "[zh] " + zh;
    }

    /** The language the text is written in when it has only one, else null. */
    public Lang only() {
        return en == null ? Lang.ZH : zh == null ? Lang.EN : null;
    }

    /** The English text, or the Chinese when there is no English: for matching and sorting, never for display. */
    public String any() {
        return en != null ? en : zh;
    }

    /** A language-neutral text: the same string in both languages. */
    public static Text both(String s) {
        return new Text(s, s);
    }

    /** A text written in one language only. */
    public static Text only(Lang lang, String s) {
        return lang == Lang.ZH ? new Text(null, s) : new Text(s, null);
    }
}
