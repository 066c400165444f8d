package advisor.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or YAML document read into plain values, each remembering the line it starts on, so that an
 * import can name the line of a bad entry. Keys are kept as written; {@link Obj#get} finds them
 * case-insensitively, as radar tools write {@code Name} and {@code name} alike.
 */
sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Val {

    int line();

    /** A mapping; keys in file order. */
    record Obj(Map<String, Tree> fields, int line) implements Tree {
        /** The value of a key, compared without case; null when absent or null. */
        Tree get(String key) {
            Tree exact = fields.get(key);
            if (exact != null) {
                return exact instanceof Val v && v.value() == null ? null : exact;
            }
            for (Map.Entry<String, Tree> e : fields.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    return e.getValue() instanceof Val v && v.value() == null ? null : e.getValue();
                }
            }
            return null;
        }

        /** The text of a scalar key (a number or boolean as written), or null. */
        String text(String key) {
            return get(key) instanceof Val v && v.value() != null ? v.value().toString() : null;
        }

        boolean has(String key) {
            return get(key) != null;
        }
    }

    record Arr(List<Tree> items, int line) implements Tree {
    }

    /** A scalar: a String, a Number, a Boolean, or null. */
    record Val(Object value, int line) implements Tree {
    }

    /** Reads JSON ({@code yaml} false) or YAML text. */
    static Tree read(String text, boolean yaml) throws IOException {
        JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonProcessingException("the file is empty", p.currentLocation()) { };
            }
            return value(p, t, 0);
        }
    }

    private static Tree value(JsonParser p, JsonToken t, int depth) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (depth > 64) {
            throw new JsonProcessingException("nested too deeply", p.currentTokenLocation()) { };
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Tree> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    fields.put(key, value(p, p.nextToken(), depth + 1));
                }
                return new Obj(fields, line);
            }
            case START_ARRAY -> {
                List<Tree> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, next, depth + 1));
                }
                return new Arr(items, line);
            }
            case VALUE_STRING -> {
                return new Val(p.getText(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Val(p.getNumberValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Val(t == JsonToken.VALUE_TRUE, line);
            }
            case VALUE_NULL -> {
                return new Val(null, line);
            }
            default -> throw new JsonProcessingException("unexpected " + t.name().toLowerCase(Locale.ROOT),
                    p.currentTokenLocation()) { };
        }
    }
}
