package advisor.report;

import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Node;
import java.util.List;
import java.util.Map;

/**
 * A line of {@code advisor shell} read from a pipe that failed, as the JSON line that stands in for its answer when
 * it asked for JSON: what went wrong, its line number, and the exit code the line would have given on its own.
 */
public record BatchError(String error, int line, int exit) implements Node {
    static final Fields<BatchError> FIELDS = Fields.of(BatchError.class, "batch.field", () -> List.of(
            Field.data("error", BatchError::error),
            Field.data("line", BatchError::line),
            Field.data("exit", BatchError::exit)));

    /** As JSON writes it: {@code {"error", "line", "exit"}}. */
    public Map<String, Object> data() {
        return FIELDS.tree(this, null);
    }
}
