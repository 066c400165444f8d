package advisor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Doc} for a terminal or a plain-text pipe: tables aligned by display width and
 * wrapped to the width at spaces and between CJK characters (words are never broken, nothing is cut),
 * bold headings only when colour is on.
 */
public final class TextRenderer {
    private static final String GAP = "  ";
    /** A column narrower than this reads badly; it gets at least this much when its text needs it. */
    private static final int COMFORT = 8;
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final int width;
    private final boolean color;

    public TextRenderer(int width, boolean color) {
        this.width = Math.max(width, 20);
        this.color = color;
    }

    private static final String BULLET = "• ";

    public String render(Doc doc) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Title t) {
                if (!t.onTerminal()) {
                    continue;
                }
                block = new Block.Heading(t.text());
            }
            // a blank line before each section, and between a table and the text that follows it
            if (previous != null && (block instanceof Block.Heading || previous instanceof Block.Table)) {
                out.append('\n');
            }
            previous = block;
            if (block instanceof Block.Heading h) {
                heading(h, out);
            } else if (block instanceof Block.Paragraph p) {
                for (String line : DisplayWidth.wrap(DisplayWidth.sanitize(p.text(), true), width)) {
                    out.append(line).append('\n');
                }
            } else if (block instanceof Block.Bullet b) {
                String indent = " ".repeat(DisplayWidth.of(BULLET));
                List<String> lines = DisplayWidth.wrap(DisplayWidth.sanitize(b.text(), true),
                        Math.max(width - indent.length(), 10));
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i == 0 ? BULLET : indent).append(lines.get(i)).append('\n');
                }
            } else if (block instanceof Block.Line l) {
                out.append(DisplayWidth.sanitize(l.text(), false)).append('\n');
            } else if (block instanceof Block.Fields f) {
                fields(f, out);
            } else if (block instanceof Block.Table t) {
                table(t, out);
            }
        }
        return out.toString();
    }

    private void heading(Block.Heading h, StringBuilder out) {
        String text = DisplayWidth.sanitize(h.text(), false);
        List<String> lines = DisplayWidth.wrap(text, width);
        for (String line : lines) {
            out.append(color ? BOLD + line + RESET : line).append('\n');
        }
        int w = lines.stream().mapToInt(DisplayWidth::of).max().orElse(0);
        out.append("─".repeat(w)).append('\n');
    }

    private void fields(Block.Fields f, StringBuilder out) {
        fields(f.fields(), out);
    }

    private void fields(List<Block.Field> fields, StringBuilder out) {
        int labelWidth = 0;
        int labelWord = 0;
        for (Block.Field field : fields) {
            String label = DisplayWidth.sanitize(field.label(), false);
            labelWidth = Math.max(labelWidth, DisplayWidth.of(label));
            labelWord = Math.max(labelWord, DisplayWidth.longestUnbreakable(label));
        }
        labelWidth = Math.max(Math.min(labelWidth, Math.max(width / 3, 8)), labelWord);
        int valueWidth = Math.max(width - labelWidth - GAP.length(), 10);
        for (Block.Field field : fields) {
            List<String> labels = DisplayWidth.wrap(DisplayWidth.sanitize(field.label(), false), labelWidth);
            List<String> values = DisplayWidth.wrap(DisplayWidth.sanitize(field.value(), true), valueWidth);
            int n = Math.max(labels.size(), values.size());
            for (int i = 0; i < n; i++) {
                String label = i < labels.size() ? labels.get(i) : "";
                String value = i < values.size() ? values.get(i) : "";
                String padded = DisplayWidth.pad(label, labelWidth, false);
                out.append(color && i < labels.size() ? BOLD + padded + RESET : padded).append(GAP).append(value);
                trimEnd(out);
                out.append('\n');
            }
        }
    }

    private void table(Block.Table t, StringBuilder out) {
        int n = t.headers().size();
        List<String> headers = t.headers().stream().map(h -> DisplayWidth.sanitize(h, false)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            rows.add(row.stream().map(c -> DisplayWidth.sanitize(c, true)).toList());
        }
        int[] widths = new int[n];
        int[] min = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            min[c] = DisplayWidth.longestUnbreakable(headers.get(c));
            for (List<String> row : rows) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], DisplayWidth.of(line));
                }
                min[c] = Math.max(min[c], DisplayWidth.longestUnbreakable(row.get(c)));
            }
        }
        if (!fit(widths, min, headers, rows)) {
            records(headers, rows, out);
            return;
        }
        emitRow(headers, widths, t.numeric(), true, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                rule.append(GAP);
            }
            rule.append("─".repeat(widths[c]));
        }
        out.append(rule).append('\n');
        for (List<String> row : rows) {
            emitRow(row, widths, t.numeric(), false, out);
        }
    }

    /**
     * Fits the columns into the width without breaking a word: each column first gets its longest
     * word (so a column of ids or numbers keeps its full width) and at least {@value #COMFORT} columns
     * where its text needs them; the space left is shared out by {@link #share}, so long running texts
     * are the ones that wrap. Returns false when even that does not fit: the table is then laid out
     * one block per row rather than break an id or run over the edge of the screen.
     */
    private boolean fit(int[] widths, int[] words, List<String> headers, List<List<String>> rows) {
        int n = widths.length;
        int gaps = GAP.length() * (n - 1);
        int total = gaps;
        for (int w : widths) {
            total += w;
        }
        if (total <= width) {
            return true;
        }
        int[] min = new int[n];
        int minTotal = gaps;
        for (int c = 0; c < n; c++) {
            min[c] = Math.max(words[c], Math.min(widths[c], COMFORT));
            minTotal += min[c];
        }
        if (minTotal > width) {
            return false;
        }
        int[] natural = widths.clone();
        // what a column uses at a width, by column and width: the rounds often give a column the same width again
        java.util.Map<Long, Integer> usedAt = new java.util.HashMap<>();
        for (int round = 0; round < n; round++) {
            share(widths, min, natural, width - minTotal);
            // a column given more than its wrapped text uses gives the rest back to the others
            boolean changed = false;
            for (int c = 0; c < n; c++) {
                int column = c;
                int used = usedAt.computeIfAbsent((long) c << 32 | widths[c], k -> used(headers, rows, column, widths[column]));
                if (used < widths[c]) {
                    natural[c] = Math.max(used, min[c]);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return true;
    }

    /** Columns the widest line of column {@code c} takes when wrapped to {@code width}. */
    private static int used(List<String> headers, List<List<String>> rows, int c, int width) {
        int used = DisplayWidth.wrappedWidth(headers.get(c), width);
        for (List<String> row : rows) {
            used = Math.max(used, DisplayWidth.wrappedWidth(row.get(c), width));
        }
        return used;
    }

    /**
     * Shares the space left above the minimums. Short columns (a tier, a category: at most a quarter
     * of the width) are served first and as fully as a fair share allows, so they stay on one line;
     * the long texts share the rest in proportion to what each still wants, and they are the ones that
     * wrap.
     */
    private void share(int[] widths, int[] min, int[] natural, int available) {
        int n = widths.length;
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(c -> natural[c] - min[c]));
        boolean[] done = new boolean[n];
        int left = n;
        for (int c : order) {
            if (natural[c] <= width / 4) {
                int extra = Math.min(natural[c] - min[c], available / left);
                widths[c] = min[c] + extra;
                available -= extra;
                done[c] = true;
                left--;
            }
        }
        long wanted = 0;
        for (int c = 0; c < n; c++) {
            if (!done[c]) {
                wanted += natural[c] - min[c];
            }
        }
        int given = 0;
        for (int c = 0; c < n; c++) {
            if (!done[c]) {
                int extra = wanted == 0 ? 0 : (int) Math.min(natural[c] - min[c], (natural[c] - min[c]) * available / wanted);
                widths[c] = min[c] + extra;
                given += extra;
            }
        }
        // what rounding down left over goes one column at a time to the long columns that still want more
        for (int c = 0; c < n && given < available; c++) {
            if (!done[c] && widths[c] < natural[c]) {
                widths[c]++;
                given++;
            }
        }
    }

    /**
     * A table too wide for the terminal even with every word on a line of its own: one block of
     * "HEADER  value" lines per row, like psql's expanded display, so that ids stay whole and rows
     * stay readable instead of running over the edge of the screen.
     */
    private void records(List<String> headers, List<List<String>> rows, StringBuilder out) {
        for (int r = 0; r < rows.size(); r++) {
            // each record stands apart, from the text above it too (it would read as more of its fields)
            if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
            List<Block.Field> fields = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                fields.add(new Block.Field(headers.get(c), rows.get(r).get(c)));
            }
            fields(fields, out);
        }
    }

    private void emitRow(List<String> cells, int[] widths, List<Boolean> numeric, boolean header, StringBuilder out) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = DisplayWidth.wrap(cells.get(c), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    sb.append(GAP);
                }
                List<String> lines = wrapped.get(c);
                String text = line < lines.size() ? lines.get(line) : "";
                sb.append(DisplayWidth.pad(text, widths[c], numeric.get(c)));
            }
            String s = sb.toString();
            if (header && color) {
                s = BOLD + s.stripTrailing() + RESET;
            }
            out.append(s);
            trimEnd(out);
            out.append('\n');
        }
    }

    private static void trimEnd(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
    }
}
