package advisor.render;

import java.util.Map;

/**
 * Writes a command's data as JSON or YAML: keys in the order built, two-space indent, newline at the
 * end. Neither carries a control, bidirectional or invisible character raw: {@link JsonWriter} writes them as
 * {@code \\u} escapes (so they read back as themselves), and so does {@link YamlWriter}.
 */
public final class DataRenderer {
    private DataRenderer() {
    }

    public static String json(Map<String, Object> data) {
        return JsonWriter.pretty(data) + "\n";
    }

    /** JSON on one line (JSON Lines: batch answers a script splits by line), newline at the end. */
    public static String jsonLine(Map<String, Object> data) {
        return JsonWriter.compact(data) + "\n";
    }

    public static String yaml(Map<String, Object> data) {
        return YamlWriter.write(data);
    }
}
