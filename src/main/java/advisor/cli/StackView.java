package advisor.cli;

import advisor.model.Stack;
import advisor.render.Escapes;
import advisor.report.StackReport;
import advisor.scoring.Candidate;
import advisor.scoring.StackProposer;
import java.util.List;

/**
 * {@code --format mermaid} of {@code stack --scenario} and {@code stack show}: the proposal or the stack as a
 * Mermaid flowchart. The answers themselves are {@link advisor.report.StackProposal} and {@link StackReport}.
 */
final class StackView {
    private final Views v;

    StackView(Views v) {
        this.v = v;
    }

    private String text(advisor.model.Text t) {
        return t == null ? null : t.in(v.lang());
    }

    private String fillers(Stack.Layer l) {
        return StackReport.fillers(v.catalog(), l, v.lang());
    }

    // ---- --format mermaid ----

    /** The proposal as a Mermaid flowchart: a node per layer with its choice, links that work together drawn thick. */
    String proposalMermaid(StackProposer.Proposal p) {
        StringBuilder out = new StringBuilder("graph TD\n");
        List<String> ids = p.stack().layers().stream().map(Stack.Layer::id).toList();
        for (StackProposer.FilledLayer f : p.layers()) {
            Candidate c = f.choice();
            String choice = c == null ? v.text("stackView.mermaid.noCandidate")
                    : c.library().name() + " · " + (c.scored() ? Views.fixed(c.decision(), 2) : v.text("tier.notScored"));
            node(out, ids.indexOf(f.layer().id()), text(f.layer().label()), choice);
        }
        for (StackProposer.Link l : p.links()) {
            Stack.Edge e = p.stack().edges().stream().filter(x -> x.from().equals(l.from()) && x.to().equals(l.to()))
                    .findFirst().orElse(null);
            String label = e == null || e.label() == null ? "" : text(e.label());
            if (l.tie().holds() && !l.tie().same()) {
                label = label.isEmpty() ? v.text("stackView.mermaid.worksTogether") : label + " · " + v.text("stackView.mermaid.worksTogether");
            }
            out.append("    L").append(ids.indexOf(l.from())).append(l.tie().holds() ? " ==>" : " -->");
            if (!label.isEmpty()) {
                out.append("|\"").append(mermaidText(label)).append("\"|");
            }
            out.append(" L").append(ids.indexOf(l.to())).append('\n');
        }
        if (p.weakest() != null) {
            out.append("    classDef weakest stroke:#c00,stroke-width:3px\n");
            out.append("    class L").append(ids.indexOf(p.weakest().layer().id())).append(" weakest\n");
        }
        return out.toString();
    }

    /** A stack's layers as a Mermaid flowchart: each node names what fills it, or the reference's choice. */
    String stackMermaid(Stack s) {
        StringBuilder out = new StringBuilder("graph TD\n");
        List<String> ids = s.layers().stream().map(Stack.Layer::id).toList();
        for (int k = 0; k < s.layers().size(); k++) {
            Stack.Layer l = s.layers().get(k);
            node(out, k, text(l.label()), l.choice() != null
                    ? v.catalog().nameOf(l.choice()) : fillers(l));
        }
        for (Stack.Edge e : s.edges()) {
            out.append("    L").append(ids.indexOf(e.from())).append(" -->");
            if (e.label() != null) {
                out.append("|\"").append(mermaidText(text(e.label()))).append("\"|");
            }
            out.append(" L").append(ids.indexOf(e.to())).append('\n');
        }
        return out.toString();
    }

    private static void node(StringBuilder out, int index, String label, String detail) {
        out.append("    L").append(index).append("[\"").append(mermaidText(label)).append("<br/>")
                .append(mermaidText(detail)).append("\"]\n");
    }

    /**
     * Text safe inside a quoted Mermaid label: quotes, angle brackets, the entity sign and line breaks become
     * Mermaid's entity codes, so catalog text can neither end the label nor inject markup.
     */
    static String mermaidText(String s) {
        return MERMAID.apply(s);
    }

    private static final Escapes MERMAID = Escapes.of("\"#<>|\n\r", "#quot;", "#35;", "#lt;", "#gt;", "#124;", " ", " ");
}
