package advisor.render;

import java.util.Map;

/**
 * What a command answers: structured data for JSON and YAML, a document for people, and flat rows
 * for CSV, TSV, Markdown and {@code --fields}.
 */
public record Output(Map<String, Object> data, Doc doc, Rows rows) {
}
