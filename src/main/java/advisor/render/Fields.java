package advisor.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The fields of one kind of record, declared once, in the order every format writes them: the keys of
 * JSON and YAML, the columns of CSV and TSV, the names {@code --fields} accepts, and the columns of the
 * table a person reads. Data are read through the declared functions: no reflection.
 */
public final class Fields<R> {
    private final String labels;
    private Supplier<List<Field<R>>> declaration;
    private volatile List<Field<R>> list;

    private Fields(String labels, List<Field<R>> list) {
        this.labels = labels;
        this.list = labelled(labels, list);
    }

    private Fields(String labels, Supplier<List<Field<R>>> declaration) {
        this.labels = labels;
        this.declaration = declaration;
    }

    /** Fields of records whose declaration depends on the record (see {@link Node#declaration}), each naming its label. */
    @SafeVarargs
    public static <R> Fields<R> of(Field<R>... fields) {
        return new Fields<>(null, List.of(fields));
    }

    /**
     * Fields of records whose declaration depends on the record, labelled under {@code labels} where they name no
     * label (see {@link Field}).
     */
    @SafeVarargs
    public static <R> Fields<R> of(String labels, Field<R>... fields) {
        return new Fields<>(labels, List.of(fields));
    }

    /**
     * These fields and then {@code more}: the declaration of a record that carries one key more in some
     * answers (a figure's baselines, a proposal's shared choices).
     */
    public Fields<R> and(Field<R> more) {
        List<Field<R>> fields = new ArrayList<>(all());
        fields.add(more);
        return new Fields<>(labels, fields);
    }

    /**
     * The one declaration of {@code type}, built the first time a format asks for it. Every field's functions
     * are lambdas, and each costs start-up when its class initialises: a record that a command's table view
     * never writes as data (evidence, robustness, the answer's own keys) then costs nothing for them. Each
     * field names its label.
     */
    public static <R> Fields<R> of(Class<R> type, Supplier<List<Field<R>>> fields) {
        return of(type, null, fields);
    }

    /**
     * The one declaration of {@code type}, built the first time a format asks for it (see above), whose fields
     * are labelled under {@code labels} where they name no label: the prefix their label keys share, stated once.
     */
    public static <R> Fields<R> of(Class<R> type, String labels, Supplier<List<Field<R>>> fields) {
        Fields<R> declared = new Fields<>(labels, fields);
        DECLARED.put(type, declared);
        return declared;
    }

    private static <R> List<Field<R>> labelled(String labels, List<Field<R>> fields) {
        List<Field<R>> out = new ArrayList<>(fields.size());
        for (Field<R> f : fields) {
            out.add(f.labelledUnder(labels));
        }
        return List.copyOf(out);
    }

    /**
     * The declaration registered for {@code type}. A record's class is initialised, and so its declaration
     * registered, before its first instance exists.
     */
    static Fields<?> declared(Class<?> type) {
        Fields<?> f = DECLARED.get(type);
        if (f == null) {
            throw new IllegalStateException(type.getName() + " declares no fields: give it Fields.of(" + type.getSimpleName()
                    + ".class, ...) or override declaration()");
        }
        return f;
    }

    private static final Map<Class<?>, Fields<?>> DECLARED = new ConcurrentHashMap<>();

    public List<Field<R>> all() {
        List<Field<R>> l = list;
        if (l == null) {
            synchronized (this) {
                if (list == null) {
                    list = labelled(labels, declaration.get());
                    declaration = null;
                }
                l = list;
            }
        }
        return l;
    }

    public List<String> names() {
        return all().stream().map(Field::name).toList();
    }

    public Optional<Field<R>> field(String name) {
        for (Field<R> f : all()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The fields named in {@code chosen}, in that order (all of them when {@code chosen} is null). */
    public List<Field<R>> pick(List<String> chosen) {
        if (chosen == null) {
            return all();
        }
        // loops rather than streams here and in table(): this is on every command's start path
        List<Field<R>> picked = new ArrayList<>(chosen.size());
        for (String n : chosen) {
            Optional<Field<R>> f = field(n);
            if (f.isEmpty()) {
                throw new IllegalArgumentException("no field " + n);
            }
            picked.add(f.get());
        }
        return List.copyOf(picked);
    }

    /**
     * {@code r} as an object for JSON and YAML: every declared key in order, nested records written by their
     * own declarations; where {@code only} names this declaration, just the fields it chose.
     */
    public Map<String, Object> tree(R r, Selection only) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field<R> f : only != null && only.fields() == this ? pick(only.chosen()) : all()) {
            Object v = f.value().apply(r);
            if (v != Field.ABSENT) {
                m.put(f.name(), data(v, only));
            }
        }
        return m;
    }

    /** A value for JSON and YAML: records by their declarations, lists and maps element by element. */
    @SuppressWarnings("unchecked")
    public static Object data(Object v, Selection only) {
        if (v instanceof Node n) {
            Fields<?> declaration = only != null && n.getClass() == only.records() ? only.fields() : n.declaration();
            return ((Fields<Object>) declaration).tree(n, only);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(data(x, only));
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(k, data(x, only)));
            return out;
        }
        return v;
    }

    /** {@code records} as flat rows of the chosen fields (all when null): a list becomes "a, b", a map "k=v; k=v". */
    public Rows rows(String name, List<? extends R> records, List<String> chosen) {
        List<Field<R>> fields = pick(chosen);
        Rows rows = new Rows(name, fields.stream().map(Field::name).toList());
        for (R r : records) {
            rows.add(fields.stream().map(f -> flat(data(f.value().apply(r), null))).toArray());
        }
        return rows;
    }

    /**
     * {@code records} as a table for a person: the chosen fields, else every field declared with a text; the
     * headers are the fields' labels in the language of {@code m}.
     */
    public Block.Table table(List<? extends R> records, Messages m, List<String> chosen) {
        List<Field<R>> fields = chosen != null ? pick(chosen) : new ArrayList<>();
        if (chosen == null) {
            for (Field<R> f : all()) {
                if (f.text() != null) {
                    fields.add(f);
                }
            }
        }
        Doc.TableBuilder table = new Doc.TableBuilder();
        for (Field<R> f : fields) {
            if (f.number()) {
                table.numberColumn(m.text(f.label()));
            } else {
                table.column(m.text(f.label()));
            }
        }
        for (R r : records) {
            String[] cells = new String[fields.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = fields.get(i).cell(r, m);
            }
            table.row(cells);
        }
        return table.build();
    }

    /** A value as one cell: lists joined with ", ", maps as "k=v; k=v". */
    static Object flat(Object v) {
        if (v == Field.ABSENT) {
            return null;
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object x : list) {
                parts.add(cellText(flat(x)));
            }
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> parts.add(k + "=" + cellText(flat(x))));
            return String.join("; ", parts);
        }
        return v;
    }

    private static String cellText(Object f) {
        return f == null ? "" : f instanceof BigDecimal b ? b.toPlainString() : String.valueOf(f);
    }

    /**
     * Which fields {@code --fields} chose, of which declaration, and the class of the records it picks from:
     * wherever such a record stands in the answer it is written by that declaration, narrowed (a proposed
     * stack's layers, whose own declaration nests objects, are written as their listed rows).
     */
    public record Selection(Fields<?> fields, List<String> chosen, Class<?> records) {
    }
}
