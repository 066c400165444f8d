package advisor.report;

import advisor.model.Lang;
import advisor.model.Text;

/** Small helpers shared by the stack answers. */
final class Stacks {
    private Stacks() {
    }

    /** A catalog text in {@code lang}; null stays null. */
    static String text(Text t, Lang lang) {
        return t == null ? null : t.in(lang);
    }
}
