package advisor.imports;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), each record with its first line. */
final class Csv {
    /** One record: its fields and the line it starts on. */
    record Row(List<String> fields, int line) {
    }

    private Csv() {
    }

    /** The records of {@code text}; blank lines are skipped. Throws with the line of an unclosed quote. */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean any = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(List.copyOf(fields), start));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is never closed");
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), start));
        }
        return rows;
    }
}
