package advisor.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The plain text of Markdown output parsed by CommonMark, for tests that read a page by its structure. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** The literal text below a node, in order, the text of extension nodes such as GFM table cells included. */
    public static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(CustomNode n) {
                visitChildren(n);
            }
        });
        return sb.toString();
    }
}
