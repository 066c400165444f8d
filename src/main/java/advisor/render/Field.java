package advisor.render;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One declared field of an answer's record: its name in JSON, YAML, CSV and {@code --fields}; the message key
 * of its label (a column header in both languages); how to read its value for data; and, for the fields a
 * person's table shows, how to read it as text. A field declared without a label key takes its declaration's
 * prefix and its name: {@code "relation"} under {@code "show.field.worksWith"} is labelled by
 * {@code show.field.worksWith.relation}; a field whose label is another key names it.
 *
 * @param name   the key in JSON and YAML and the column name in CSV and TSV
 * @param label  the message key of the column label (null until its declaration gives it its prefix)
 * @param value  the value for data formats: a string, number, boolean, null, list, map or {@link Node}
 * @param text   the cell a person reads (null: the field is not a column of the table view)
 * @param number whether the column is a number (right-aligned)
 */
public record Field<R>(String name, String label, Function<? super R, ?> value,
        BiFunction<? super R, Messages, String> text, boolean number) {
    /**
     * The value of a field this record leaves out: JSON and YAML write no key for it (a recommendation's
     * {@code group} outside a grouped answer), CSV an empty cell.
     */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    /** A data field (not a column of the table view), labelled by its declaration's prefix and its name. */
    public static <R> Field<R> data(String name, Function<? super R, ?> value) {
        return new Field<>(name, null, value, null, false);
    }

    /** A data field (not a column of the table view) labelled by the message {@code label}. */
    public static <R> Field<R> data(String name, String label, Function<? super R, ?> value) {
        return new Field<>(name, label, value, null, false);
    }

    /**
     * A field that is also a text column of the table view whose cell is its value as CSV writes it, labelled by
     * its declaration's prefix and its name.
     */
    public static <R> Field<R> column(String name, Function<? super R, ?> value) {
        return new Field<>(name, null, value, asRead(value), false);
    }

    /** A field that is also a text column of the table view whose cell is its value, labelled by the message {@code label}. */
    public static <R> Field<R> column(String name, String label, Function<? super R, ?> value) {
        return new Field<>(name, label, value, asRead(value), false);
    }

    /** A field that is also a text column of the table view, labelled by its declaration's prefix and its name. */
    public static <R> Field<R> column(String name, Function<? super R, ?> value, BiFunction<? super R, Messages, String> text) {
        return new Field<>(name, null, value, text, false);
    }

    /** A field that is also a text column of the table view, labelled by the message {@code label}. */
    public static <R> Field<R> column(String name, String label, Function<? super R, ?> value,
            BiFunction<? super R, Messages, String> text) {
        return new Field<>(name, label, value, text, false);
    }

    /**
     * A field that is also a number column of the table view whose cell is its value as CSV writes it, labelled
     * by its declaration's prefix and its name.
     */
    public static <R> Field<R> numberColumn(String name, Function<? super R, ?> value) {
        return new Field<>(name, null, value, asRead(value), true);
    }

    /** A field that is also a number column of the table view, labelled by its declaration's prefix and its name. */
    public static <R> Field<R> numberColumn(String name, Function<? super R, ?> value,
            BiFunction<? super R, Messages, String> text) {
        return new Field<>(name, null, value, text, true);
    }

    /** This field as its declaration holds it: labelled {@code labels + "." + name} unless it names its label. */
    Field<R> labelledUnder(String labels) {
        if (label != null) {
            return this;
        }
        if (labels == null) {
            throw new IllegalStateException("field '" + name + "' names no label and its declaration states no prefix");
        }
        return new Field<>(name, labels + "." + name, value, text, number);
    }

    /** The cell of {@code r} for a person: the declared text, else the data value flattened. */
    public String cell(R r, Messages m) {
        return text != null ? text.apply(r, m) : read(value.apply(r));
    }

    /** A column's text that is its value as data: the cell CSV writes. */
    private static <R> BiFunction<R, Messages, String> asRead(Function<? super R, ?> value) {
        return (r, m) -> read(value.apply(r));
    }

    /** {@code v} as one cell: lists joined with ", ", maps as "k=v; k=v", numbers as written, null as nothing. */
    private static String read(Object v) {
        return TabularRenderer.text(Fields.flat(Fields.data(v, null)));
    }
}
