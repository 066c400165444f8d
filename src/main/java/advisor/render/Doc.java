package advisor.render;

import java.util.ArrayList;
import java.util.List;

/** A human-readable document built by a command and laid out by {@link TextRenderer}. */
public final class Doc {
    private final List<Block> blocks = new ArrayList<>();

    /** The page's title, which the terminal leaves out. */
    public Doc title(String text) {
        return title(text, false);
    }

    /** The page's title; {@code onTerminal}: the terminal shows it as a heading. */
    public Doc title(String text, boolean onTerminal) {
        return add(new Block.Title(text, onTerminal));
    }

    public Doc heading(String text) {
        return add(new Block.Heading(text));
    }

    public Doc bullet(String text) {
        return add(new Block.Bullet(text));
    }

    public Doc paragraph(String text) {
        return add(new Block.Paragraph(text));
    }

    public Doc line(String text) {
        return add(new Block.Line(text));
    }

    public Doc fields(List<Block.Field> fields) {
        if (!fields.isEmpty()) {
            blocks.add(new Block.Fields(List.copyOf(fields)));
        }
        return this;
    }

    public Doc table(Block.Table table) {
        return add(table);
    }

    private Doc add(Block block) {
        blocks.add(block);
        return this;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** A table builder: columns first, then rows of the same length. */
    public static final class TableBuilder {
        private final List<String> headers = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        public TableBuilder column(String header) {
            headers.add(header);
            numeric.add(false);
            return this;
        }

        public TableBuilder numberColumn(String header) {
            headers.add(header);
            numeric.add(true);
            return this;
        }

        public TableBuilder row(String... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + headers.size() + " columns");
            }
            List<String> row = new ArrayList<>();
            for (String c : cells) {
                row.add(c == null ? "" : c);
            }
            rows.add(row);
            return this;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public Block.Table build() {
            return new Block.Table(List.copyOf(headers), List.copyOf(numeric), List.copyOf(rows));
        }
    }
}
