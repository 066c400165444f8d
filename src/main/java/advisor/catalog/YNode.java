package advisor.catalog;

import advisor.model.Loc;
import java.util.LinkedHashMap;
import java.util.List;

/** A YAML node as read, with its location: the loader binds these to model records by hand. */
sealed interface YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {

    Loc loc();

    /** A short name of the node's kind for messages ("a text", "a list"...). */
    String kind();

    /**
     * A scalar as written. {@code plain} is false for quoted and block scalars; {@code type} is how
     * YAML resolves a plain scalar: STRING, INT, FLOAT, BOOL or NULL.
     */
    record Scalar(String text, boolean plain, Type type, Loc loc) implements YNode {
        enum Type { STRING, INT, FLOAT, BOOL, NULL }

        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a text";
                case INT -> "a whole number";
                case FLOAT -> "a number";
                case BOOL -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }

    /** A mapping; keys keep their own locations. */
    record Mapping(LinkedHashMap<String, Entry> entries, Loc loc) implements YNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with the location of the key. */
    record Entry(String key, Loc keyLoc, YNode value) {
    }

    record Sequence(List<YNode> items, Loc loc) implements YNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
