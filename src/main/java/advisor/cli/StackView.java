package advisor.cli;

import advisor.model.Integration;
import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Remark;
import advisor.model.Stack;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.report.StackReport;
import advisor.render.Rows;
import advisor.scoring.Candidate;
import advisor.scoring.Evidence;
import advisor.scoring.StackProposer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of {@code stacks}, {@code stack show} and {@code stack --scenario} as data, a document, rows
 * and a Mermaid graph. Kept in one class, apart from the commands, so that it can move to the answer
 * design of issue 11 in one piece.
 */
final class StackView {
    private final Views v;

    StackView(Views v) {
        this.v = v;
    }

    private String text(advisor.model.Text t) {
        return t == null ? null : t.in(v.lang());
    }

    private static String kind(Stack s) {
        return s.reference() ? "reference" : "layout";
    }

    private String kindText(Stack s) {
        return s.reference() ? v.text("stackView.kind.reference") : v.text("stackView.kind.layers");
    }

    private String fillers(Stack.Layer l) {
        return StackReport.fillers(v.catalog(), l, v.lang());
    }

    // ---- advisor stack --scenario S ----

    Map<String, Object> proposalData(StackProposer.Proposal p, String profile, Map<String, Object> overrides,
                                     double fitWeight) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schemaVersion", 1);
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("id", p.scenario().id());
        sc.put("label", text(p.scenario().label()));
        data.put("scenario", sc);
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("id", p.stack().id());
        st.put("label", text(p.stack().label()));
        st.put("source", p.stack().source());
        data.put("stack", st);
        data.put("profile", profile);
        data.put("weightOverrides", overrides);
        data.put("fitWeight", Views.figure(fitWeight));
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("integrationBonus", Views.figure(StackProposer.INTEGRATION_BONUS));
        rule.put("searchWidth", StackProposer.SEARCH_WIDTH);
        rule.put("text", ruleText());
        data.put("rule", rule);
        List<Object> layers = new ArrayList<>();
        for (StackProposer.FilledLayer f : p.layers()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", f.layer().id());
            lm.put("label", text(f.layer().label()));
            lm.put("choice", f.choice() == null ? null : candidateData(f.choice(), f.choiceRank()));
            lm.put("why", why(p, f));
            List<Object> ranked = new ArrayList<>();
            int rank = 0;
            for (Candidate c : f.ranked()) {
                ranked.add(candidateData(c, ++rank));
            }
            lm.put("candidates", ranked);
            List<Object> unscored = new ArrayList<>();
            rank = 0;
            for (Candidate c : f.unscored()) {
                unscored.add(candidateData(c, f.ranked().isEmpty() ? ++rank : 0));
            }
            lm.put("unscored", unscored);
            layers.add(lm);
        }
        data.put("layers", layers);
        List<Object> links = new ArrayList<>();
        for (StackProposer.Link l : p.links()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("from", l.from());
            lm.put("to", l.to());
            lm.put("fromLibrary", l.a() == null ? null : l.a().id());
            lm.put("toLibrary", l.b() == null ? null : l.b().id());
            lm.put("worksWith", l.tie().holds());
            lm.put("sameLibrary", l.tie().same());
            lm.put("integrations", l.tie().integrations().stream().map(this::integrationData).toList());
            lm.put("references", l.tie().references());
            links.add(lm);
        }
        data.put("links", links);
        data.put("score", p.score() == null ? null : Views.number(p.score(), 2));
        data.put("meanDecision", p.meanDecision() == null ? null : Views.number(p.meanDecision(), 2));
        data.put("integratedLinks", p.integrated());
        data.put("linkCount", p.links().size());
        Map<String, Object> weakest = new LinkedHashMap<>();
        if (p.weakest() != null) {
            weakest.put("layer", p.weakest().layer().id());
            weakest.put("library", p.weakest().choice() == null ? null : p.weakest().choice().library().id());
            weakest.put("reason", p.weakness().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            weakest.put("text", weakestText(p));
        }
        data.put("weakestLink", p.weakest() == null ? null : weakest);
        List<Object> refs = new ArrayList<>();
        for (Stack r : p.references()) {
            refs.add(Fields.data(StackReport.Shown.of(v.catalog(), r, v.lang(), shared(p, r)), null));
        }
        data.put("references", refs);
        return data;
    }

    static final List<String> PROPOSAL_FIELDS = List.of("layer", "label", "choice", "name", "category", "rankInLayer",
            "decisionScore", "fit", "maturity", "tier", "worksWith", "weakest", "why");

    Rows proposalRows(StackProposer.Proposal p) {
        Rows rows = new Rows("layers", PROPOSAL_FIELDS);
        for (StackProposer.FilledLayer f : p.layers()) {
            Candidate c = f.choice();
            rows.add(f.layer().id(), text(f.layer().label()), c == null ? null : c.library().id(),
                    c == null ? null : c.library().name(), c == null ? null : c.library().category(),
                    c == null ? null : f.choiceRank(),
                    c == null || !c.scored() ? null : Views.number(c.decision(), 2),
                    c == null || c.fit() == null || c.fit().fit() == null ? null : Views.number(c.fit().fit(), 2),
                    c == null || !c.scored() ? null : Views.number(c.maturity().value(), 2),
                    c == null || c.tier() == null ? null : c.tier().id(),
                    String.join(";", partners(p, f)), f == p.weakest(), why(p, f));
        }
        return rows;
    }

    Doc proposalDoc(StackProposer.Proposal p, String profileText, double fitWeight) {
        Doc doc = new Doc();
        doc.heading(v.text("stackView.heading.proposal", text(p.scenario().label()), p.scenario().id()));
        doc.fields(List.of(
                new Block.Field(v.text("stackView.field.stack"), text(p.stack().label()) + " (" + p.stack().id() + ", "
                        + p.stack().source() + ")"),
                new Block.Field(v.text("stackView.field.profile"), profileText),
                new Block.Field(v.text("stackView.field.formula"), "decision = " + Views.figure(fitWeight).toPlainString() + " × fit + "
                        + Views.figure(1 - fitWeight).toPlainString() + " × maturity (0-5)"),
                new Block.Field(v.text("stackView.field.rule"), ruleText())));
        Doc.TableBuilder t = new Doc.TableBuilder().column(v.text("stackView.column.layer")).column(v.text("stackView.column.choice"))
                .numberColumn(v.text("stackView.column.score")).column(v.text("stackView.column.tier")).column(v.text("stackView.column.why"));
        for (StackProposer.FilledLayer f : p.layers()) {
            Candidate c = f.choice();
            String mark = f == p.weakest() ? " ⚠" : "";
            t.row(text(f.layer().label()) + mark, c == null ? "—" : c.library().name(),
                    c == null || !c.scored() ? v.text("tier.notScored") : Views.fixed(c.decision(), 2),
                    c == null || c.tier() == null ? "" : v.tierLabel(c.tier()), why(p, f));
        }
        doc.table(t.build());
        if (!p.links().isEmpty()) {
            Doc.TableBuilder links = new Doc.TableBuilder().column(v.text("stackView.column.link")).column(v.text("stackView.column.parts"))
                    .column(v.text("stackView.column.workTogether"));
            for (StackProposer.Link l : p.links()) {
                links.row(l.from() + " → " + l.to(), (l.a() == null ? "—" : l.a().name()) + " + "
                        + (l.b() == null ? "—" : l.b().name()), tieText(l.tie()));
            }
            doc.heading(v.text("stackView.heading.links"));
            doc.table(links.build());
        }
        doc.heading(v.text("stackView.heading.verdict"));
        doc.paragraph(scoreText(p));
        if (p.weakest() != null) {
            doc.paragraph(v.text("stackView.weakest", weakestText(p)));
        }
        for (StackProposer.FilledLayer f : p.layers()) {
            doc.heading(v.text("stackView.heading.candidates", text(f.layer().label()), f.layer().id()));
            if (f.ranked().isEmpty() && f.unscored().isEmpty()) {
                doc.paragraph(v.text("stackView.candidates.none", fillers(f.layer())));
                continue;
            }
            if (!f.ranked().isEmpty()) {
                Doc.TableBuilder c = new Doc.TableBuilder().numberColumn("#").column(v.text("stackView.column.library"))
                        .column(v.text("stackView.column.fit")).numberColumn(v.text("stackView.column.maturity")).numberColumn(v.text("stackView.column.score"))
                        .column(v.text("stackView.column.evidence"));
                int rank = 0;
                for (Candidate x : f.ranked()) {
                    c.row(String.valueOf(++rank), x.library().name() + (x == f.choice() ? " ✓" : ""), fitText(x),
                            Views.fixed(x.maturity().value(), 2), Views.fixed(x.decision(), 2), reason(x));
                }
                doc.table(c.build());
            }
            if (!f.unscored().isEmpty()) {
                List<String> names = f.unscored().stream()
                        .map(x -> x.library().name() + (x == f.choice() ? " ✓" : "")).toList();
                doc.paragraph(v.text("stackView.candidates.unscored", String.join(", ", names)));
            }
        }
        for (Stack r : p.references()) {
            doc.heading(v.text("stackView.heading.reference", text(r.label()), r.id()));
            List<String> shared = shared(p, r);
            doc.paragraph(v.text("stackView.reference.shared", shared.size(), r.layers().size(),
                    shared.isEmpty() ? "" : ": " + String.join(", ", shared)));
            StackReport.Shown.of(v.catalog(), r, v.lang(), shared(p, r)).sections(doc, Messages.of(v.lang()), false);
        }
        return doc;
    }

    private String ruleText() {
        return v.text("stackView.rule", Views.figure(StackProposer.INTEGRATION_BONUS).toPlainString(),
                StackProposer.SEARCH_WIDTH);
    }

    private String scoreText(StackProposer.Proposal p) {
        if (p.score() == null) {
            return v.text("stackView.score.none", p.integrated(), p.links().size());
        }
        String share = p.links().isEmpty() ? "0" : p.integrated() + "/" + p.links().size();
        return v.text("stackView.score", Views.fixed(p.score(), 2), Views.fixed(p.meanDecision(), 2),
                Views.figure(StackProposer.INTEGRATION_BONUS).toPlainString(), share);
    }

    private String weakestText(StackProposer.Proposal p) {
        StackProposer.FilledLayer f = p.weakest();
        String layer = text(f.layer().label()) + " (" + f.layer().id() + ")";
        return switch (p.weakness()) {
            case EMPTY -> v.text("stackView.weakest.empty", layer);
            case NOT_SCORED -> v.text("stackView.weakest.notScored", layer, f.choice().library().name());
            case LOWEST_SCORE -> v.text("stackView.weakest.lowest", layer, f.choice().library().name(),
                    Views.fixed(f.choice().decision(), 2), tierNote(f.choice()));
        };
    }

    private String tierNote(Candidate c) {
        return c.tier() == null ? "" : " (" + v.tierLabel(c.tier()) + ")";
    }

    /** Why the layer holds its choice. */
    private String why(StackProposer.Proposal p, StackProposer.FilledLayer f) {
        Candidate c = f.choice();
        if (c == null) {
            return v.text("stackView.why.empty");
        }
        List<String> partners = partnerNames(p, f);
        String with = partners.isEmpty() ? "" : v.text("stackView.why.worksWith", String.join(", ", partners));
        if (!c.scored()) {
            boolean named = f.layer().libraries().contains(c.library().id());
            return v.text(named ? "stackView.why.notScoredNamed" : "stackView.why.notScored") + with;
        }
        String evidence = c.fit() == null ? v.text("stackView.why.noFit")
                : reason(c);
        if (f.choiceRank() == 1) {
            return v.text("stackView.why.first") + " (" + evidence + ")" + with;
        }
        Candidate first = f.pool().get(0);
        return v.text("stackView.why.chosenOver", f.choiceRank(), first.library().name(), Views.fixed(first.decision(), 2)) + with;
    }

    /** The libraries chosen at the other ends of the layer's links that work with its choice. */
    private List<String> partners(StackProposer.Proposal p, StackProposer.FilledLayer f) {
        Set<String> out = new LinkedHashSet<>();
        String layer = f.layer().id();
        for (StackProposer.Link l : p.links()) {
            if (!l.tie().holds() || l.tie().same()) {
                continue;
            }
            if (l.from().equals(layer) && l.b() != null) {
                out.add(l.b().id());
            } else if (l.to().equals(layer) && l.a() != null) {
                out.add(l.a().id());
            }
        }
        return List.copyOf(out);
    }

    private List<String> partnerNames(StackProposer.Proposal p, StackProposer.FilledLayer f) {
        return partners(p, f).stream().map(id -> v.catalog().library(id).map(Library::name).orElse(id)).toList();
    }

    private String tieText(StackProposer.Tie tie) {
        if (!tie.holds()) {
            return v.text("stackView.tie.none");
        }
        List<String> parts = new ArrayList<>();
        if (tie.same()) {
            parts.add(v.text("stackView.tie.same"));
        }
        for (Integration g : tie.integrations()) {
            parts.add(relationText(g) + ": " + text(g.note()) + " (" + g.source() + ")");
        }
        for (String r : tie.references()) {
            parts.add(v.text("stackView.tie.reference", r));
        }
        return String.join("; ", parts);
    }

    String relationText(Integration g) {
        String a = v.catalog().library(g.library()).map(Library::name).orElse(g.library());
        String b = v.catalog().library(g.with()).map(Library::name).orElse(g.with());
        return switch (g.relation()) {
            case BUILDS_ON -> v.text("stackView.relation.buildsOn", a, b);
            case INTEGRATES -> v.text("stackView.relation.integrates", a, b);
            case BACKEND -> v.text("stackView.relation.backend", a, b);
            case USED_WITH -> v.text("stackView.relation.usedWith", a, b);
        };
    }

    Map<String, Object> integrationData(Integration g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("library", g.library());
        m.put("with", g.with());
        m.put("relation", g.relation().id());
        m.put("note", text(g.note()));
        m.put("source", g.source());
        return m;
    }

    private List<String> shared(StackProposer.Proposal p, Stack r) {
        Set<String> chosen = new LinkedHashSet<>();
        p.layers().forEach(f -> {
            if (f.choice() != null) {
                chosen.add(f.choice().library().id());
            }
        });
        Set<String> out = new LinkedHashSet<>();
        r.layers().forEach(l -> {
            if (chosen.contains(l.choice())) {
                out.add(l.choice());
            }
        });
        return List.copyOf(out);
    }

    private Map<String, Object> candidateData(Candidate c, int rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank == 0 ? null : rank);
        m.put("id", c.library().id());
        m.put("name", c.library().name());
        m.put("category", c.library().category());
        m.put("decisionScore", c.scored() ? Views.number(c.decision(), 2) : null);
        m.put("fit", c.fit() == null || c.fit().fit() == null ? null : Views.number(c.fit().fit(), 2));
        m.put("fitKind", c.fit() == null ? null : c.fit().kind().id());
        m.put("maturity", c.scored() ? Views.number(c.maturity().value(), 2) : null);
        m.put("tier", c.tier() == null ? null : c.tier().id());
        m.put("reason", reason(c));
        return m;
    }

    private String reason(Candidate c) {
        return c.fit() == null ? v.text("stackView.why.noFit") : advisor.report.Recommendation.reason(v.catalog(), c.fit(), advisor.render.Messages.of(v.lang()));
    }

    private String fitText(Candidate c) {
        Evidence e = c.fit();
        if (e == null) {
            return "—";
        }
        if (e.fit() == null) {
            return v.text("stackView.fit.recommended");
        }
        if (e.direct()) {
            return Views.stars(e.stars());
        }
        return v.text("stackView.fit.inferred", Views.fixed(e.fit(), 2));
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
        Map<String, Stack.Edge> edges = new LinkedHashMap<>();
        p.stack().edges().forEach(e -> edges.put(e.from() + " " + e.to(), e));
        for (StackProposer.Link l : p.links()) {
            Stack.Edge e = edges.get(l.from() + " " + l.to());
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
                    ? v.catalog().library(l.choice()).map(Library::name).orElse(l.choice()) : fillers(l));
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
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '|' -> b.append("#124;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
