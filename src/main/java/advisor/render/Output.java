package advisor.render;

import java.util.Map;

/** What a command answers: structured data for machine formats and a document for people. */
public record Output(Map<String, Object> data, Doc doc) {
}
