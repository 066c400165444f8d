package advisor.render;

import advisor.model.Invisible;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a command's data as block YAML that every common reader takes back as the same values:
 * YAML 1.1 readers (PyYAML, SnakeYAML, Ruby's Psych) and YAML 1.2 ones alike. A string is left plain
 * only when no reader can take it for anything else; it is double-quoted otherwise (a number, a date,
 * {@code yes}, {@code ~}, {@code 1:30}, {@code 0x10}, {@code =}, an indicator...). Control,
 * bidirectional and invisible characters are written as {@code \\u} escapes, so they never reach a
 * terminal or an editor raw, and still read back as themselves. Numbers are written in a form both
 * YAML versions read as a number of the same value.
 */
final class YamlWriter {
    private static final int INDENT = 2;
    /**
     * YAML 1.1 booleans and nulls (y, n, yes, on, off, null, ~...), in any case: readers differ on
     * which spellings count, and quoting a few more costs nothing.
     */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|<<|=|\\.inf|\\.nan|[-+]\\.inf");
    /** Characters that may not start a plain scalar in some reader (indicators, and the number-like starts). */
    private static final String BAD_FIRST = "-?:,[]{}#&*!|>'\"%@`.+0123456789";

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    static String write(Map<String, Object> data) {
        YamlWriter w = new YamlWriter();
        if (data.isEmpty()) {
            return "{}\n";
        }
        w.mapping(data, 0, false);
        return w.out.toString();
    }

    /** Writes the entries of a mapping at {@code indent}; the first one on the current line when {@code inline}. */
    private void mapping(Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(first && inline)) {
                pad(indent);
            }
            first = false;
            out.append(scalar(String.valueOf(e.getKey())));
            out.append(':');
            value(e.getValue(), indent, false);
        }
    }

    private void sequence(List<?> list, int indent, boolean inline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) {
                pad(indent);
            }
            first = false;
            out.append('-');
            value(item, indent, true);
        }
    }

    /**
     * Writes a value after "key:" or (when {@code afterDash}) "-" at {@code indent}, down to the end of
     * its last line. A collection under a key starts on the next line, indented; after a dash it starts
     * on the same line, aligned after the dash.
     */
    private void value(Object v, int indent, boolean afterDash) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append(afterDash ? ' ' : '\n');
            mapping(m, indent + INDENT, afterDash);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            out.append(afterDash ? ' ' : '\n');
            sequence(l, indent + INDENT, afterDash);
        } else if (v instanceof String s && literal(s)) {
            out.append(" |-\n");
            for (String line : s.split("\n", -1)) {
                if (!line.isEmpty()) {
                    pad(indent + INDENT);
                    out.append(line);
                }
                out.append('\n');
            }
        } else {
            out.append(' ').append(v instanceof String s ? scalar(s) : atom(v)).append('\n');
        }
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }

    /** Empty collections, nulls, booleans and numbers; anything else as a string. */
    private static String atom(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof BigDecimal d) {
            return number(d);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            return number(BigDecimal.valueOf(d));
        }
        return scalar(String.valueOf(v));
    }

    /**
     * A decimal number without an exponent: YAML 1.1 readers take {@code 1E+3} or {@code 1.0E10} for a
     * string (their floats need a dot and a signed exponent), while plain digits read the same everywhere.
     */
    private static String number(BigDecimal d) {
        return d.toPlainString();
    }

    /** A string as a plain scalar when that is safe, double-quoted otherwise. */
    static String scalar(String s) {
        return plain(s) ? s : quoted(s);
    }

    /**
     * Whether {@code s} reads back as the same string when written plain, in every reader. Deliberately
     * stricter than any one YAML version: a string that starts like a number, a date or a time is
     * quoted even when no reader would resolve it, rather than trust one version's exact patterns.
     */
    static boolean plain(String s) {
        if (s.isEmpty() || RESERVED.matcher(s).matches() || BAD_FIRST.indexOf(s.charAt(0)) >= 0
                || s.startsWith("<<") || s.contains(": ") || s.contains(" #") || s.endsWith(":")
                || Character.isWhitespace(s.charAt(0)) || Character.isSpaceChar(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)) || Character.isSpaceChar(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (escaped(cp) || cp == '\t' || cp == '\n' || cp == '\r') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Whether a multi-line string can go in a literal block ({@code |-}): it has no character that
     * needs an escape, no carriage return or tab, no line ending in a space (a reader may drop it),
     * does not start with a space (that would set the block's indentation) and does not end with a
     * newline (a stripped block drops it).
     */
    private static boolean literal(String s) {
        if (s.indexOf('\n') < 0 || s.startsWith(" ") || s.startsWith("\n") || s.endsWith("\n")
                || s.contains(" \n") || s.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (escaped(cp) || cp == '\t' || cp == '\r') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Code points written as escapes: controls, bidirectional and invisible characters, the byte-order
     * mark, non-characters and lone surrogates, and NEL and the line separators that YAML 1.1 treats as
     * line breaks.
     */
    private static boolean escaped(int cp) {
        return Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r' || Invisible.is(cp)
                || cp == 0xFFFE || cp == 0xFFFF || Character.isSurrogate((char) cp) && cp < 0x10000;
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (escaped(cp)) {
                        sb.append(cp > 0xFFFF ? String.format(Locale.ROOT, "\\U%08X", cp)
                                : String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
