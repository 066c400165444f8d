package advisor.render;

import java.util.List;

/**
 * A {@link Doc} as a GitHub-flavoured Markdown page: what the table view shows, for a wiki. The title is
 * a first-level heading, sections second-level, label/value fields a bullet list with bold labels, tables
 * GFM tables with their labelled headers. Every text is escaped as {@link TabularRenderer} escapes a cell,
 * and a line that would open a block (a list, a quote, a heading) is escaped at its start.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String page(Doc doc) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : doc.blocks()) {
            // bullets and lines of one run form one list; everything else is its own paragraph
            boolean sameList = (block instanceof Block.Bullet || block instanceof Block.Line)
                    && (previous instanceof Block.Bullet || previous instanceof Block.Line);
            if (previous != null && !sameList) {
                out.append('\n');
            }
            previous = block;
            if (block instanceof Block.Title || block instanceof Block.Heading) {
                // headings are inline text; the rest start a line, where they could open a block
                out.append(block instanceof Block.Title ? "# " : "## ").append(inline(((Block.Text) block).text())).append('\n');
            } else if (block instanceof Block.Text t) {
                out.append(t instanceof Block.Paragraph ? "" : "- ").append(line(t.text())).append('\n');
            } else if (block instanceof Block.Fields f) {
                for (Block.Field field : f.fields()) {
                    out.append("- **").append(inline(field.label())).append(":** ").append(inline(field.value())).append('\n');
                }
            } else if (block instanceof Block.Table t) {
                table(t, out);
            }
        }
        return out.toString();
    }

    private static void table(Block.Table t, StringBuilder out) {
        row(t.headers(), out);
        out.append('|');
        for (boolean numeric : t.numeric()) {
            out.append(numeric ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> r : t.rows()) {
            row(r, out);
        }
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append("| ");
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : " | ").append(cell(cells.get(i)));
        }
        out.append(" |\n");
    }

    /** An empty cell shows as nothing; a cell of text is escaped like any text. */
    private static String cell(String s) {
        return s.isEmpty() ? "" : TabularRenderer.mdCell(s);
    }

    /** Text inside a line: escaped as a table cell is. */
    static String inline(String s) {
        return TabularRenderer.mdCell(s);
    }

    /** Text that starts a line: escaped as a cell, and escaped at its start where it would open a block. */
    static String line(String s) {
        String escaped = inline(s);
        if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        int digits = listNumber(escaped);
        return digits < 0 ? escaped : escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }

    /**
     * How many ASCII digits start {@code s} when a "." or ")" follows them, as in "1. text" or "12) text", which
     * would begin an ordered list; -1 when it does not start so.
     */
    static int listNumber(CharSequence s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')') ? i : -1;
    }
}
