package advisor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Doc} for a terminal or a plain-text pipe: tables aligned by display width and
 * wrapped to the width (cells wrap, nothing is cut), bold headings only when colour is on.
 */
public final class TextRenderer {
    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 4;
    /** A column narrower than this reads badly; it gets at least this much when its text needs it. */
    private static final int COMFORT = 8;
    /** Words longer than this (paths, URLs) may be broken rather than widen their column. */
    private static final int MAX_WORD = 18;
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
        int labelWidth = 0;
        for (Block.Field field : f.fields()) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(DisplayWidth.sanitize(field.label(), false)));
        }
        labelWidth = Math.min(labelWidth, Math.max(width / 3, 8));
        int valueWidth = Math.max(width - labelWidth - GAP.length(), 10);
        for (Block.Field field : f.fields()) {
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
        for (int c = 0; c < n; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], DisplayWidth.of(line));
                }
            }
        }
        fit(widths, headers, rows);
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
     * Fits the columns into the width. Each column first gets a comfortable minimum (its longest word,
     * at least {@value #COMFORT} columns, never more than it needs); the space left is shared in
     * proportion to what each column still wants, so long texts wrap while short columns stay whole.
     * Cells wrap, so no text is lost.
     */
    private void fit(int[] widths, List<String> headers, List<List<String>> rows) {
        int n = widths.length;
        int gaps = GAP.length() * (n - 1);
        int total = gaps;
        for (int w : widths) {
            total += w;
        }
        if (total <= width) {
            return;
        }
        int[] min = new int[n];
        int minTotal = gaps;
        for (int c = 0; c < n; c++) {
            int word = longestWord(headers.get(c));
            for (List<String> row : rows) {
                word = Math.max(word, longestWord(row.get(c)));
            }
            min[c] = Math.min(widths[c], Math.max(Math.min(word, MAX_WORD), COMFORT));
            minTotal += min[c];
        }
        if (minTotal > width) {
            System.arraycopy(min, 0, widths, 0, n);
            shrinkWidest(widths, minTotal);
            return;
        }
        int available = width - minTotal;
        int wanted = total - minTotal;
        int given = 0;
        for (int c = 0; c < n; c++) {
            int extra = (int) ((long) (widths[c] - min[c]) * available / wanted);
            widths[c] = min[c] + extra;
            given += extra;
        }
        for (int c = 0; given < available && c < n; c++) {
            if (widths[c] < min[c] + (widths[c] - min[c]) + 1 && widths[c] < naturalOf(c, headers, rows)) {
                widths[c]++;
                given++;
            }
        }
    }

    private static int naturalOf(int c, List<String> headers, List<List<String>> rows) {
        int w = DisplayWidth.of(headers.get(c));
        for (List<String> row : rows) {
            for (String line : row.get(c).split("\n", -1)) {
                w = Math.max(w, DisplayWidth.of(line));
            }
        }
        return w;
    }

    /** Last resort for very narrow terminals: shrink the widest column, one column of width at a time. */
    private void shrinkWidest(int[] widths, int total) {
        while (total > width) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
            total--;
        }
    }

    private static int longestWord(String s) {
        int max = 0;
        for (String w : s.split("[ \n]")) {
            max = Math.max(max, DisplayWidth.of(w));
        }
        return max;
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
