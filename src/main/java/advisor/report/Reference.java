package advisor.report;

import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The answer of a reference listing (dimensions, scenarios, categories, profiles, trends, sources): its
 * entries under {@code key}, and how a person reads them. {@link References} builds them.
 *
 * @param key    the JSON key and CSV name of the entries
 * @param fields the entries' declaration
 * @param view   the document a person reads
 */
public record Reference<R extends Node>(String key, List<R> items, Fields<R> fields,
        BiFunction<Reference<R>, Messages, Doc> view) implements Answer {

    public Reference {
        items = List.copyOf(items);
    }

    @Override
    public Fields<Reference<R>> declaration() {
        return Fields.of("reference.field", SharedFields.schemaVersion(), Field.data(key, Reference::items));
    }

    @Override
    public Listed<R> listed() {
        return new Listed<>(key, fields, items);
    }

    @Override
    public Doc doc(Messages m) {
        return view.apply(this, m);
    }
}
