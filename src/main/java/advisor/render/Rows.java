package advisor.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flat records for CSV and TSV: named columns in a stable order and one map per record. Values are
 * strings, numbers or null ({@link Fields#rows} flattens lists and maps).
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

    public String name() {
        return name;
    }

    public List<String> fields() {
        return fields;
    }

    public List<Map<String, Object>> records() {
        return List.copyOf(records);
    }
}
