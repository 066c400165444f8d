package advisor.render;

import advisor.model.Invisible;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON, byte for byte as Jackson's
 * {@code ObjectMapper} wrote it before (pretty: {@code DefaultPrettyPrinter} with a two-space
 * {@code DefaultIndenter} for objects and arrays; compact: no spaces), without loading Jackson's databind
 * on every command's start path.
 *
 * <p>Strings: JSON's own escapes ({@code \" \\ \b \t \n \f \r}, the other C0 controls as {@code \\u00XX}),
 * plus DEL, the C1 controls and every {@link Invisible} character as {@code \\uXXXX} in upper-case hex; an
 * invisible character beyond the Basic Multilingual Plane as its escaped surrogate pair. Numbers as Jackson
 * writes them: integers and {@link java.math.BigDecimal} by {@code toString}, doubles and floats by
 * {@code Double.toString} and {@code Float.toString}, NaN and the infinities as strings.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(4096);
    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** {@code value} indented by two spaces, {@code "key" : value}, empty containers as {@code { }} and {@code [ ]}. */
    static String pretty(Object value) {
        JsonWriter w = new JsonWriter(true);
        w.value(value, 0);
        return w.out.toString();
    }

    /** {@code value} on one line, no spaces. */
    static String compact(Object value) {
        JsonWriter w = new JsonWriter(false);
        w.value(value, 0);
        return w.out.toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Double d) {
            real(d.doubleValue(), Double.toString(d));
        } else if (v instanceof Float f) {
            real(f.doubleValue(), Float.toString(f));
        } else if (v instanceof Number n) {
            // Integer, Long, Short, Byte, BigInteger, BigDecimal (Jackson's default: toString, not toPlainString)
            out.append(n.toString());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    /** Jackson quotes NaN and the infinities (QUOTE_NON_NUMERIC_NUMBERS, on by default). */
    private void real(double d, String text) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append('"').append(text).append('"');
        } else {
            out.append(text);
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append(pretty ? "{ }" : "{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(key(e.getKey()));
            out.append(pretty ? " : " : ":");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append(pretty ? "[ ]" : "[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object x : l) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            value(x, depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    /** A map key as Jackson names it: a string as itself, an enum constant by name, anything else by toString. */
    private static String key(Object k) {
        if (k == null) {
            throw new IllegalArgumentException("a null key is not a JSON name");
        }
        return k instanceof Enum<?> e ? e.name() : k.toString();
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private void string(String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (escaped(ch)) {
                escape(ch);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                    && Invisible.is(Character.toCodePoint(ch, s.charAt(i + 1)))) {
                unicode(ch);
                unicode(s.charAt(++i));
            } else {
                out.append(ch);
            }
        }
        out.append('"');
    }

    /** Whether {@code ch} is written as an escape: the controls, the quote, the backslash, the invisible. */
    private static boolean escaped(char ch) {
        if (ch < 0x80) {
            return ch < 0x20 || ch == '"' || ch == '\\' || ch == 0x7F;
        }
        return ch <= 0x9F || Invisible.is(ch);
    }

    private void escape(char ch) {
        switch (ch) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> unicode(ch);
        }
    }

    private void unicode(char ch) {
        out.append("\\u").append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xF]).append(HEX[(ch >> 4) & 0xF]).append(HEX[ch & 0xF]);
    }
}
