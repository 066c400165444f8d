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
        int w = 0;
        for (String line : lines) {
            w = Math.max(w, DisplayWidth.of(line));
        }
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
                if (color && i < labels.size()) {
                    out.append(BOLD).append(DisplayWidth.pad(label, labelWidth, false)).append(RESET);
                } else {
                    padded(label, DisplayWidth.of(label), labelWidth, false, out);
                }
                out.append(GAP).append(value);
                trimEnd(out);
                out.append('\n');
            }
        }
    }

    private void table(Block.Table t, StringBuilder out) {
        int n = t.headers().size();
        Cells cells = new Cells(t);
        int[] widths = new int[n];
        int[] min = new int[n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < cells.text.length; r++) {
                widths[c] = Math.max(widths[c], cells.widest(r, c));
                min[c] = Math.max(min[c], cells.word[r][c]);
            }
        }
        if (!fit(widths, min, cells)) {
            records(List.of(cells.text[0]), cells.rows(), out);
            return;
        }
        emitRow(cells, 0, widths, t.numeric(), true, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                rule.append(GAP);
            }
            rule.append("─".repeat(widths[c]));
        }
        out.append(rule).append('\n');
        for (int r = 1; r < cells.text.length; r++) {
            emitRow(cells, r, widths, t.numeric(), false, out);
        }
    }

    /**
     * A table's cells made safe for a terminal ({@link DisplayWidth#sanitize}), the headers as row 0, with the
     * columns each takes when it is one line ({@code -1} when it has several), measured once: a table
     * measures, tries and pads each cell several times.
     */
    private static final class Cells {
        final String[][] text;
        final int[][] oneLine;
        /** The cell's {@link DisplayWidth#longestUnbreakable} piece. */
        final int[][] word;

        Cells(Block.Table t) {
            int rows = t.rows().size() + 1;
            text = new String[rows][];
            oneLine = new int[rows][];
            word = new int[rows][];
            for (int r = 0; r < rows; r++) {
                List<String> row = r == 0 ? t.headers() : t.rows().get(r - 1);
                text[r] = new String[row.size()];
                oneLine[r] = new int[row.size()];
                word[r] = new int[row.size()];
                for (int c = 0; c < row.size(); c++) {
                    String raw = row.get(c);
                    int asciiWord = DisplayWidth.asciiLongestWord(raw);
                    if (asciiWord >= 0) {
                        // printable ASCII is safe as it is (sanitize gives it back unchanged), one column a character
                        text[r][c] = raw;
                        oneLine[r][c] = raw.length();
                        word[r][c] = asciiWord;
                    } else {
                        String cell = DisplayWidth.sanitize(raw, r > 0);
                        text[r][c] = cell;
                        oneLine[r][c] = cell.indexOf('\n') < 0 ? DisplayWidth.of(cell) : -1;
                        word[r][c] = DisplayWidth.longestUnbreakable(cell);
                    }
                }
            }
        }

        /** Columns of the widest line of cell (r, c), unwrapped. */
        int widest(int r, int c) {
            int w = oneLine[r][c];
            return w >= 0 ? w : DisplayWidth.widestLine(text[r][c]);
        }

        /** Columns of the widest line of cell (r, c) wrapped to {@code width}, as {@link DisplayWidth#wrappedWidth}. */
        int wrapped(int r, int c, int width) {
            int w = oneLine[r][c];
            return w >= 0 && w <= width ? w : DisplayWidth.wrappedWidth(text[r][c], width);
        }

        /** The rows below the headers, as lists. */
        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>(text.length - 1);
            for (int r = 1; r < text.length; r++) {
                rows.add(List.of(text[r]));
            }
            return rows;
        }
    }

    /**
     * Fits the columns into the width without breaking a word: each column first gets its longest
     * word (so a column of ids or numbers keeps its full width) and at least {@value #COMFORT} columns
     * where its text needs them; the space left is shared out by {@link #share}, so long running texts
     * are the ones that wrap. Returns false when even that does not fit: the table is then laid out
     * one block per row rather than break an id or run over the edge of the screen.
     */
    private boolean fit(int[] widths, int[] words, Cells cells) {
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
                Integer used = usedAt.get((long) c << 32 | widths[c]);
                if (used == null) {
                    used = used(cells, c, widths[c]);
                    usedAt.put((long) c << 32 | widths[c], used);
                }
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
    private static int used(Cells cells, int c, int width) {
        int used = 0;
        for (int r = 0; r < cells.text.length; r++) {
            used = Math.max(used, cells.wrapped(r, c, width));
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
        // least room wanted above its minimum first (a class: the JDK's Comparator.comparingInt is a lambda spun
        // at run time, which no class-data archive keeps)
        java.util.Arrays.sort(order, new java.util.Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return Integer.compare(natural[a] - min[a], natural[b] - min[b]);
            }
        });
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
            int end = out.length();
            if (end > 0 && !(end >= 2 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n')) {
                out.append('\n');
            }
            List<Block.Field> fields = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                fields.add(new Block.Field(headers.get(c), rows.get(r).get(c)));
            }
            fields(fields, out);
        }
    }

    private void emitRow(Cells cells, int r, int[] widths, List<Boolean> numeric, boolean header, StringBuilder out) {
        String[] row = cells.text[r];
        // a cell that fits on one line is that line (as wrap would give it back), already measured: null here
        List<List<String>> wrapped = new ArrayList<>(row.length);
        int height = 1;
        for (int c = 0; c < row.length; c++) {
            int w = cells.oneLine[r][c];
            List<String> lines = w >= 0 && w <= Math.max(widths[c], 1) ? null : DisplayWidth.wrap(row[c], widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines == null ? 1 : lines.size());
        }
        for (int line = 0; line < height; line++) {
            int lineStart = out.length();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    out.append(GAP);
                }
                List<String> lines = wrapped.get(c);
                boolean right = numeric.get(c);
                // spaces after the last cell would be trimmed from the line again: not added
                int width = c == row.length - 1 && !right ? 0 : widths[c];
                if (lines == null) {
                    padded(line == 0 ? row[c] : "", line == 0 ? cells.oneLine[r][c] : 0, width, right, out);
                } else {
                    String text = line < lines.size() ? lines.get(line) : "";
                    padded(text, width == 0 ? 0 : DisplayWidth.of(text), width, right, out);
                }
            }
            if (header && color) {
                String s = out.substring(lineStart);
                out.setLength(lineStart);
                out.append(BOLD + s.stripTrailing() + RESET);
            }
            trimEnd(out);
            out.append('\n');
        }
    }

    /** Appends {@code text}, {@code textWidth} columns wide, padded as {@link DisplayWidth#pad} pads it, without a copy. */
    private static void padded(String text, int textWidth, int width, boolean right, StringBuilder out) {
        int gap = width - textWidth;
        if (right) {
            spaces(gap, out);
        }
        out.append(text);
        if (!right) {
            spaces(gap, out);
        }
    }

    /** Runs of spaces by length, appended whole (appending one space at a time is the slower half of padding). */
    private static final String[] SPACES = new String[81];

    static {
        String all = " ".repeat(SPACES.length - 1);
        for (int n = 0; n < SPACES.length; n++) {
            SPACES[n] = all.substring(0, n);
        }
    }

    private static void spaces(int n, StringBuilder out) {
        for (int left = n; left > 0; left -= SPACES.length - 1) {
            out.append(SPACES[Math.min(left, SPACES.length - 1)]);
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
