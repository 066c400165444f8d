package advisor.report;

import advisor.render.Field;
import java.util.function.Function;

/** Fields that many answers' records declare with the same key, label and meaning, declared here once. */
final class SharedFields {
    private SharedFields() {
    }

    /** The version of an answer's JSON shape, 1 for every answer. */
    static <R> Field<R> schemaVersion() {
        return Field.data("schemaVersion", "field.schemaVersion", a -> 1);
    }

    /** The record's id in the catalog. */
    static <R> Field<R> id(Function<? super R, ?> id) {
        return Field.data("id", "reference.id", id);
    }

    /** The id of the source document that says what the record says. */
    static <R> Field<R> source(Function<? super R, ?> source) {
        return Field.data("source", "reference.source", source);
    }

    /** The record as one sentence in the answer's language. */
    static <R> Field<R> text(Function<? super R, ?> text) {
        return Field.data("text", "show.field.text", text);
    }
}
