package advisor.imports;

import advisor.model.Lang;
import java.util.List;
import java.util.Map;

/**
 * What a Markdown evaluation document says, as written: per library its facts, dimension scores,
 * composite and tier, strengths, limitations and scenario ratings; the summary matrix; the trend table.
 * Numbers are kept as the text the document gives ("4.5", "5,200+") so nothing is lost before they are
 * placed; every part knows its line. Dimension and tier are catalog ids, matched from their labels.
 */
public record EvaluationDocument(String file, Lang language, String title, String date, String nextReview,
                                 List<Entry> libraries, List<MatrixRow> matrix, List<TrendRow> trends) {

    /** One library's section: the heading names it ("Turso (libSQL) - embedded database"). */
    public record Entry(String name, List<String> aliases, String description, int line, List<FactRow> facts,
                        Map<String, DimensionRow> dimensions, Composite composite, List<Item> strengths,
                        List<Item> limitations, List<ScenarioRow> scenarios) {
    }

    /**
     * A row of the facts table: {@code key} is a catalog fact key (repository is the library's own field);
     * {@code asOf} the date in parentheses after a version, {@code remark} other words there ("Alpha").
     */
    public record FactRow(String key, String value, String asOf, String remark, int line) {
    }

    /** A dimension's row: the icon shown before the score, the score as written, the note. */
    public record DimensionRow(String dimension, String icon, String score, String note, int line) {
    }

    /** The composite-score row: the score as written and the tier's id. */
    public record Composite(String score, String tier, int line) {
    }

    /** An item of the strengths or limitations list, markup and leading icon removed. */
    public record Item(String text, int line) {
    }

    /** A row of a library's scenario table: the scenario as labelled, its stars (1-5), the note. */
    public record ScenarioRow(String label, int stars, String note, int line) {
    }

    /** A row of the summary matrix: library, category label, composite, tier id, the "recommended for" cell. */
    public record MatrixRow(String name, String category, String score, String tier, String recommended,
                            int line) {
    }

    /** A row of the trend table: the trend's label, its libraries by name, impact in stars, the advice. */
    public record TrendRow(String label, List<String> libraries, int impact, String advice, int line) {
    }
}
