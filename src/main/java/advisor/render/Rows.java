package advisor.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat records a command offers to CSV, TSV and Markdown (and to {@code --fields}): a declared
 * field set in a stable order and one map per record. Values are strings, numbers or null.
 */
public final class Rows {
    private final String name;
    private final List<String> fields;
    private final List<Map<String, Object>> records = new ArrayList<>();

    public Rows(String name, List<String> fields) {
        this.name = name;
        this.fields = List.copyOf(fields);
    }

    /** Adds a record; values follow the declared field order. */
    public Rows add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(values.length + " values for " + fields.size() + " fields");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(fields.get(i), values[i]);
        }
        records.add(m);
        return this;
    }

    /**
     * Rows from records that may hold lists and maps (as built for JSON): {@code fields} are taken from
     * each record; a list becomes "a, b", a map "k=v; k=v".
     */
    @SuppressWarnings("unchecked")
    public static Rows flatten(String name, List<String> fields, List<?> records) {
        Rows rows = new Rows(name, fields);
        for (Object o : records) {
            Map<String, Object> r = (Map<String, Object>) o;
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = flat(r.get(fields.get(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object flat(Object v) {
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object x : list) {
                Object f = flat(x);
                parts.add(f == null ? "" : f instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(f));
            }
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> {
                Object f = flat(x);
                parts.add(k + "=" + (f == null ? "" : f instanceof java.math.BigDecimal b ? b.toPlainString() : f));
            });
            return String.join("; ", parts);
        }
        return v;
    }

    public String name() {
        return name;
    }

    public List<String> fields() {
        return fields;
    }

    public List<Map<String, Object>> records() {
        return List.copyOf(records);
    }

    /** The same records with only the chosen fields, in the chosen order. */
    public Rows select(List<String> chosen) {
        Rows out = new Rows(name, chosen);
        for (Map<String, Object> r : records) {
            Object[] values = new Object[chosen.size()];
            for (int i = 0; i < chosen.size(); i++) {
                values[i] = r.get(chosen.get(i));
            }
            out.add(values);
        }
        return out;
    }
}
