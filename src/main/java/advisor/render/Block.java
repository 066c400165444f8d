package advisor.render;

import java.util.List;

/** One piece of a human-readable document: a title, a heading, a paragraph, a bullet, label/value fields or a table. */
public sealed interface Block permits Block.Text, Block.Fields, Block.Table {
    /** A block that is one text: a title, a heading, a paragraph, a bullet or a line. */
    sealed interface Text extends Block permits Title, Heading, Paragraph, Bullet, Line {
        String text();
    }

    /**
     * The title of a page: the Markdown page shows it; the terminal shows it as a heading only when
     * {@code onTerminal} (a listing's title is what its command line says, a library's name is not).
     */
    record Title(String text, boolean onTerminal) implements Text {
    }

    /** A section heading. */
    record Heading(String text) implements Text {
    }

    /** Running text, wrapped to the width. */
    record Paragraph(String text) implements Text {
    }

    /** A bullet point: wrapped like a paragraph, its continuation lines hanging under its text. */
    record Bullet(String text) implements Text {
    }

    /** One line that is never wrapped, so that it stays greppable (a compiler-style problem report). */
    record Line(String text) implements Text {
    }

    /** Label/value pairs, labels aligned. */
    record Fields(List<Field> fields) implements Block {
    }

    /** One label/value pair. */
    record Field(String label, String value) {
    }

    /** A table with a header row; {@code numeric} columns are right-aligned. */
    record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows) implements Block {
    }
}
