package advisor.model;

/** What kind of thing a library is (web framework, vector database...). */
public record Category(String id, Text label, Loc loc) {
}
