package advisor.render;

import java.util.List;
import java.util.Map;

/** Writes an {@link Answer} in one {@link Format}: the one place that knows which view each format is. */
public final class AnswerWriter {
    private AnswerWriter() {
    }

    /**
     * {@code answer} in {@code format}, in the language of {@code m}; {@code chosen} (or null) are the
     * {@code --fields}, already checked against the answer's listed declaration.
     */
    public static String write(Answer answer, Format format, Messages m, List<String> chosen, TextRenderer text) {
        Answer.Listed<?> listed = answer.listed();
        return switch (format) {
            case JSON -> DataRenderer.json(data(answer, chosen));
            case YAML -> DataRenderer.yaml(data(answer, chosen));
            case CSV -> TabularRenderer.csv(chosen == null ? answer.rows(m) : listed.rows(chosen));
            case TSV -> TabularRenderer.tsv(chosen == null ? answer.rows(m) : listed.rows(chosen));
            case MARKDOWN -> MarkdownRenderer.page(chosen == null ? answer.doc(m) : new Doc().table(listed.table(m, chosen)));
            case TABLE -> text.render(chosen == null ? answer.doc(m) : new Doc().table(listed.table(m, chosen)));
            default -> throw new IllegalArgumentException("a command's own format, not a view of every answer: " + format);
        };
    }

    /** The answer as JSON and YAML write it: its declared fields, the listed records narrowed to {@code chosen}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Answer answer, List<String> chosen) {
        Fields.Selection only = chosen == null ? null : answer.listed().selection(chosen);
        return ((Fields<Answer>) answer.declaration()).tree(answer, only);
    }
}
