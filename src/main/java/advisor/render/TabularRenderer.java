package advisor.render;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.Map;

/**
 * CSV (RFC 4180) and TSV from {@link Rows}, and the escaping of Markdown text. All three are safe to
 * paste: CSV and TSV text cells that a spreadsheet would run as a formula are neutralised with a
 * leading apostrophe, TSV escapes tabs and newlines, and Markdown escapes every character that could
 * start inline structure (links, emphasis, code, HTML) or end a cell. In all three, control,
 * bidirectional and invisible characters show as visible marks ({@link DisplayWidth#reveal}).
 */
public final class TabularRenderer {
    private TabularRenderer() {
    }

    public static String csv(Rows rows) {
        return table(rows, TabularRenderer::csvCell, ",", "\r\n");
    }

    public static String tsv(Rows rows) {
        return table(rows, TabularRenderer::tsvCell, "\t", "\n");
    }

    /** A header line of the field names, then a line per record: each cell escaped by {@code cell}. */
    private static String table(Rows rows, BiFunction<String, Boolean, String> cell, String sep, String end) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(sep, rows.fields().stream().map(f -> cell.apply(f, false)).toList())).append(end);
        for (Map<String, Object> r : rows.records()) {
            sb.append(String.join(sep, rows.fields().stream().map(f -> cell.apply(text(r.get(f)), isNumber(r.get(f)))).toList()))
                    .append(end);
        }
        return sb.toString();
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return String.valueOf(v);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Number;
    }

    /**
     * A text cell a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a
     * carriage return, as OWASP lists them) gets a leading apostrophe; numbers are left as they are.
     */
    static String unformula(String s, boolean number) {
        return !number && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String csvCell(String s, boolean number) {
        String value = unformula(DisplayWidth.reveal(s), number);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.startsWith(" ") || value.endsWith(" ")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static String tsvCell(String s, boolean number) {
        return Tsv.ESCAPES.apply(unformula(DisplayWidth.reveal(s), number));
    }

    /** TSV's escapes, in a class of their own: a Markdown page, which needs this class too, does not build them. */
    private static final class Tsv {
        static final Escapes ESCAPES = Escapes.of("\\\t\n\r", "\\\\", "\\t", "\\n", "\\r");
    }

    /** A catalog text as one Markdown table cell or inline text: every character that could start markup escaped. */
    public static String mdCell(String s) {
        String clean = DisplayWidth.sanitize(s, true);
        StringBuilder sb = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n') {
                sb.append("<br>");
            } else if ("\\|*_`[]()<>&~!#".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
