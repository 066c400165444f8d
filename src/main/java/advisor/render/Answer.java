package advisor.render;

import java.util.List;

/**
 * What a command answers, as one immutable value built by the engine; every format is a view of it. JSON
 * and YAML write it by its {@linkplain #declaration() declaration}; CSV, TSV and {@code --fields} read its
 * {@linkplain #listed() listed records}; the table view and the Markdown page lay out its {@link #doc}.
 */
public interface Answer extends Node {
    /** The records {@code --fields} picks from and CSV and TSV write, with their declaration. */
    Listed<?> listed();

    /** What a person reads, in the language of {@code m}: laid out for a terminal, or as a Markdown page. */
    Doc doc(Messages m);

    /** CSV and TSV without {@code --fields}: by default the listed records with every field. */
    default Rows rows(Messages m) {
        return listed().rows(null);
    }

    /**
     * The records of an answer that {@code --fields} picks from: under {@code name} in CSV, described by
     * {@code fields}. Picking narrows these records only; the rest of the answer keeps its shape.
     */
    record Listed<R>(String name, Fields<R> fields, List<R> records) {
        public Listed {
            records = List.copyOf(records);
        }

        public Rows rows(List<String> chosen) {
            return fields.rows(name, records, chosen);
        }

        /** What {@code --fields} picks from these records (their declaration, and their class). */
        public Fields.Selection selection(List<String> chosen) {
            return new Fields.Selection(fields, chosen, records.isEmpty() ? null : records.get(0).getClass());
        }

        public Block.Table table(Messages m, List<String> chosen) {
            return fields.table(records, m, chosen);
        }
    }
}
