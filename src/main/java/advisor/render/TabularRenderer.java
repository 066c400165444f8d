package advisor.render;

import java.math.BigDecimal;
import java.util.List;
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
        StringBuilder sb = new StringBuilder();
        line(sb, rows.fields().stream().map(f -> csvCell(f, false)).toList(), ",", "\r\n");
        for (Map<String, Object> r : rows.records()) {
            line(sb, rows.fields().stream().map(f -> csvCell(text(r.get(f)), isNumber(r.get(f)))).toList(), ",", "\r\n");
        }
        return sb.toString();
    }

    public static String tsv(Rows rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, rows.fields().stream().map(f -> tsvCell(f, false)).toList(), "\t", "\n");
        for (Map<String, Object> r : rows.records()) {
            line(sb, rows.fields().stream().map(f -> tsvCell(text(r.get(f)), isNumber(r.get(f)))).toList(), "\t", "\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, String sep, String end) {
        sb.append(String.join(sep, cells)).append(end);
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
        String value = unformula(DisplayWidth.reveal(s), number);
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
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
