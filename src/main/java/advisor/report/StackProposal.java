package advisor.report;

import advisor.model.Catalog;
import advisor.model.Integration;
import advisor.model.Lang;
import advisor.model.Stack;
import advisor.render.Answer;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.scoring.Candidate;
import advisor.scoring.Evidence;
import advisor.scoring.ProfileWeights;
import advisor.scoring.StackProposer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer of {@code advisor stack --scenario S}: one library per layer of a stack, chosen by decision score
 * and by what the sources say works together, the links between the parts, the stack's score and its weakest
 * link, and the reference architectures that serve the scenario.
 */
public record StackProposal(Catalog catalog, StackProposer.Proposal proposal, ProfileWeights profile, double fitWeight,
        Lang lang, List<ProposedLayer> layers, List<LinkEntry> links, WeakestLink weakest,
        List<StackReport.Shown> references) implements Answer {

    private static final Fields<StackProposal> FIELDS = Fields.of(StackProposal.class, "stackProposal.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("scenario", a -> new Named(a.proposal().scenario().id(),
                    a.proposal().scenario().label().in(a.lang()))),
            Field.data("stack", "stackView.field.stack", a -> new StackRef(a.proposal().stack().id(),
                    Stacks.text(a.proposal().stack().label(), a.lang()), a.proposal().stack().source())),
            Field.data("profile", "stackView.field.profile", a -> a.profile().base().id()),
            Field.data("weightOverrides", a -> Texts.overrides(a.profile())),
            Field.data("fitWeight", a -> Texts.figure(a.fitWeight())),
            Field.data("rule", "stackView.field.rule", a -> new Rule(Texts.figure(StackProposer.INTEGRATION_BONUS),
                    StackProposer.SEARCH_WIDTH, ruleText(Messages.of(a.lang())))),
            Field.data("layers", "stackView.heading.layers", StackProposal::layers),
            Field.data("links", "stackView.heading.links", StackProposal::links),
            Field.data("score", "stackView.column.score", a -> a.proposal().score() == null ? null
                    : Texts.number(a.proposal().score(), 2)),
            Field.data("meanDecision", a -> a.proposal().meanDecision() == null ? null
                    : Texts.number(a.proposal().meanDecision(), 2)),
            Field.data("integratedLinks", a -> a.proposal().integrated()),
            Field.data("linkCount", a -> a.proposal().links().size()),
            Field.data("weakestLink", StackProposal::weakest),
            Field.data("references", StackProposal::references)));

    /** A scenario named by id and label. */
    public record Named(String id, String label) implements Node {
        static final Fields<Named> FIELDS = Fields.of(Named.class, () -> List.of(
                Field.data("id", "list.field.id", Named::id),
                Field.data("label", "stackProposal.field.scenario", Named::label)));
    }

    /** The stack whose layers were filled. */
    public record StackRef(String id, String label, String source) implements Node {
        static final Fields<StackRef> FIELDS = Fields.of(StackRef.class, () -> List.of(
                Field.data("id", "list.field.id", StackRef::id),
                Field.data("label", "stackView.column.stack", StackRef::label),
                SharedFields.source(StackRef::source)));
    }

    /** The rule that scores a stack, with its constants. */
    public record Rule(java.math.BigDecimal integrationBonus, int searchWidth, String text) implements Node {
        static final Fields<Rule> FIELDS = Fields.of(Rule.class, "stackProposal.field", () -> List.of(
                Field.data("integrationBonus", Rule::integrationBonus),
                Field.data("searchWidth", Rule::searchWidth),
                SharedFields.text(Rule::text)));
    }

    /** A candidate for a layer, with its rank among the layer's candidates (null when not ranked). */
    public record CandidateEntry(Candidate c, Integer rank, String reason) implements Node {
        static final Fields<CandidateEntry> FIELDS = Fields.of(CandidateEntry.class, () -> List.of(
                Field.data("rank", "stackProposal.field.rank", CandidateEntry::rank),
                Field.data("id", "list.field.id", e -> e.c().library().id()),
                Field.data("name", "list.field.name", e -> e.c().library().name()),
                Field.data("category", "list.field.category", e -> e.c().library().category()),
                Field.data("decisionScore", "stackProposal.field.decisionScore", e -> e.c().scored()
                        ? Texts.number(e.c().decision(), 2) : null),
                Field.data("fit", "stackView.column.fit", e -> fit(e.c())),
                Field.data("fitKind", "stackProposal.field.fitKind", e -> e.c().fit() == null ? null : e.c().fit().kind().id()),
                Field.data("maturity", "stackView.column.maturity", e -> e.c().scored()
                        ? Texts.number(e.c().maturity().value(), 2) : null),
                Field.data("tier", "stackView.column.tier", e -> Texts.id(e.c().tier())),
                Field.data("reason", "stackView.column.evidence", CandidateEntry::reason)));
    }

    /**
     * A filled layer: its choice and why, its ranked and unscored candidates. JSON and YAML write it by
     * {@code FIELDS}; CSV, TSV and {@code --fields} by {@code ROW}, one flat row per layer.
     */
    public record ProposedLayer(StackProposer.FilledLayer f, String label, CandidateEntry choice, String why,
            List<CandidateEntry> candidates, List<CandidateEntry> unscored, List<String> partners, boolean weakest)
            implements Node {
        static final Fields<ProposedLayer> FIELDS = Fields.of(ProposedLayer.class, () -> List.of(
                Field.data("id", "list.field.id", e -> e.f().layer().id()),
                Field.data("label", "stackView.column.layer", ProposedLayer::label),
                Field.data("choice", "stackView.column.choice", ProposedLayer::choice),
                Field.data("why", "stackView.column.why", ProposedLayer::why),
                Field.data("candidates", "stackProposal.field.candidates", ProposedLayer::candidates),
                Field.data("unscored", "stackProposal.field.unscored", ProposedLayer::unscored)));
        /** The flat row; its labels are the field names, as the table of {@code --fields} has always shown. */
        static final Fields<ProposedLayer> ROW = Fields.of("stackProposal.row",
                Field.data("layer", e -> e.f().layer().id()),
                Field.data("label", ProposedLayer::label),
                Field.data("choice", e -> e.c() == null ? null : e.c().library().id()),
                Field.data("name", e -> e.c() == null ? null : e.c().library().name()),
                Field.data("category", e -> e.c() == null ? null : e.c().library().category()),
                Field.data("rankInLayer", e -> e.c() == null ? null : e.f().choiceRank()),
                Field.data("decisionScore", e -> e.c() == null || !e.c().scored() ? null
                        : Texts.number(e.c().decision(), 2)),
                Field.data("fit", e -> e.c() == null ? null : fit(e.c())),
                Field.data("maturity", e -> e.c() == null || !e.c().scored() ? null
                        : Texts.number(e.c().maturity().value(), 2)),
                Field.data("tier", e -> e.c() == null ? null : Texts.id(e.c().tier())),
                Field.data("worksWith", e -> String.join(";", e.partners())),
                Field.data("weakest", ProposedLayer::weakest),
                Field.data("why", ProposedLayer::why));

        Candidate c() {
            return f.choice();
        }
    }

    /** A link between two layers and whether their choices work together. */
    public record LinkEntry(StackProposer.Link l, List<IntegrationEntry> integrations) implements Node {
        static final Fields<LinkEntry> FIELDS = Fields.of(LinkEntry.class, "stackProposal.field", () -> List.of(
                Field.data("from", "stackView.column.from", e -> e.l().from()),
                Field.data("to", "stackView.column.to", e -> e.l().to()),
                Field.data("fromLibrary", e -> e.l().a() == null ? null : e.l().a().id()),
                Field.data("toLibrary", e -> e.l().b() == null ? null : e.l().b().id()),
                Field.data("worksWith", "stackView.column.workTogether", e -> e.l().tie().holds()),
                Field.data("sameLibrary", e -> e.l().tie().same()),
                Field.data("integrations", LinkEntry::integrations),
                Field.data("references", e -> e.l().tie().references())));
    }

    /** What a source says about two libraries working together. */
    public record IntegrationEntry(String library, String with, String relation, String note, String source) implements Node {
        static final Fields<IntegrationEntry> FIELDS = Fields.of(IntegrationEntry.class, () -> List.of(
                Field.data("library", "stackView.column.library", IntegrationEntry::library),
                Field.data("with", "show.field.worksWith", IntegrationEntry::with),
                Field.data("relation", "show.field.worksWith.relation", IntegrationEntry::relation),
                Field.data("note", "show.field.note", IntegrationEntry::note),
                SharedFields.source(IntegrationEntry::source)));
    }

    /** The weakest link of the stack and why. */
    public record WeakestLink(String layer, String library, String reason, String text) implements Node {
        static final Fields<WeakestLink> FIELDS = Fields.of(WeakestLink.class, "stackView.column", () -> List.of(
                Field.data("layer", WeakestLink::layer),
                Field.data("library", WeakestLink::library),
                Field.data("reason", "stackProposal.field.reason", WeakestLink::reason),
                SharedFields.text(WeakestLink::text)));
    }

    public StackProposal {
        layers = List.copyOf(layers);
        links = List.copyOf(links);
        references = List.copyOf(references);
    }

    /** The answer for {@code p}, proposed under {@code profile} with {@code fitWeight}, its texts in {@code lang}. */
    public static StackProposal of(Catalog catalog, StackProposer.Proposal p, ProfileWeights profile, double fitWeight,
            Lang lang) {
        Messages m = Messages.of(lang);
        List<ProposedLayer> layers = new ArrayList<>();
        for (StackProposer.FilledLayer f : p.layers()) {
            List<CandidateEntry> ranked = new ArrayList<>();
            int rank = 0;
            for (Candidate c : f.ranked()) {
                ranked.add(new CandidateEntry(c, ++rank, reason(catalog, c, m)));
            }
            List<CandidateEntry> unscored = new ArrayList<>();
            rank = 0;
            for (Candidate c : f.unscored()) {
                unscored.add(new CandidateEntry(c, f.ranked().isEmpty() ? ++rank : null, reason(catalog, c, m)));
            }
            CandidateEntry choice = f.choice() == null ? null
                    : new CandidateEntry(f.choice(), f.choiceRank() == 0 ? null : f.choiceRank(), reason(catalog, f.choice(), m));
            layers.add(new ProposedLayer(f, Stacks.text(f.layer().label(), lang), choice, why(catalog, p, f, m), ranked,
                    unscored, partners(p, f), f == p.weakest()));
        }
        List<LinkEntry> links = p.links().stream().map(l -> new LinkEntry(l, l.tie().integrations().stream()
                .map(g -> new IntegrationEntry(g.library(), g.with(), g.relation().id(), Stacks.text(g.note(), lang), g.source()))
                .toList())).toList();
        WeakestLink weakest = p.weakest() == null ? null : new WeakestLink(p.weakest().layer().id(),
                p.weakest().choice() == null ? null : p.weakest().choice().library().id(),
                p.weakness().name().toLowerCase(Locale.ROOT).replace('_', '-'), weakestText(p, m));
        List<StackReport.Shown> references = p.references().stream()
                .map(r -> StackReport.Shown.of(catalog, r, lang, shared(p, r))).toList();
        return new StackProposal(catalog, p, profile, fitWeight, lang, layers, links, weakest, references);
    }

    @Override
    public Listed<ProposedLayer> listed() {
        return new Listed<>("layers", ProposedLayer.ROW, layers);
    }

    @Override
    public Doc doc(Messages m) {
        StackProposer.Proposal p = proposal;
        Doc doc = new Doc();
        doc.heading(m.text("stackView.heading.proposal", p.scenario().label().in(m.lang()), p.scenario().id()));
        doc.fields(List.of(
                new Block.Field(m.text("stackView.field.stack"), text(p.stack().label(), m) + " (" + p.stack().id() + ", "
                        + p.stack().source() + ")"),
                new Block.Field(m.text("stackView.field.profile"), Texts.profile(profile, m)),
                new Block.Field(m.text("stackView.field.formula"), "decision = " + Texts.figure(fitWeight).toPlainString()
                        + " × fit + " + Texts.figure(1 - fitWeight).toPlainString() + " × maturity (0-5)"),
                new Block.Field(m.text("stackView.field.rule"), ruleText(m))));
        Doc.TableBuilder t = new Doc.TableBuilder().column(m.text("stackView.column.layer")).column(m.text("stackView.column.choice"))
                .numberColumn(m.text("stackView.column.score")).column(m.text("stackView.column.tier"))
                .column(m.text("stackView.column.why"));
        for (StackProposer.FilledLayer f : p.layers()) {
            Candidate c = f.choice();
            String mark = f == p.weakest() ? " ⚠" : "";
            t.row(text(f.layer().label(), m) + mark, c == null ? "—" : c.library().name(),
                    c == null || !c.scored() ? m.text("tier.notScored") : Texts.fixed(c.decision(), 2),
                    c == null || c.tier() == null ? "" : Texts.tier(c.tier(), m), why(catalog, p, f, m));
        }
        doc.table(t.build());
        if (!p.links().isEmpty()) {
            Doc.TableBuilder links = new Doc.TableBuilder().column(m.text("stackView.column.link"))
                    .column(m.text("stackView.column.parts")).column(m.text("stackView.column.workTogether"));
            for (StackProposer.Link l : p.links()) {
                links.row(l.from() + " → " + l.to(), (l.a() == null ? "—" : l.a().name()) + " + "
                        + (l.b() == null ? "—" : l.b().name()), tieText(l.tie(), m));
            }
            doc.heading(m.text("stackView.heading.links"));
            doc.table(links.build());
        }
        doc.heading(m.text("stackView.heading.verdict"));
        doc.paragraph(scoreText(p, m));
        if (p.weakest() != null) {
            doc.paragraph(m.text("stackView.weakest", weakestText(p, m)));
        }
        for (StackProposer.FilledLayer f : p.layers()) {
            doc.heading(m.text("stackView.heading.candidates", text(f.layer().label(), m), f.layer().id()));
            if (f.ranked().isEmpty() && f.unscored().isEmpty()) {
                doc.paragraph(m.text("stackView.candidates.none", StackReport.fillers(catalog, f.layer(), m.lang())));
                continue;
            }
            if (!f.ranked().isEmpty()) {
                Doc.TableBuilder c = new Doc.TableBuilder().numberColumn("#").column(m.text("stackView.column.library"))
                        .column(m.text("stackView.column.fit")).numberColumn(m.text("stackView.column.maturity"))
                        .numberColumn(m.text("stackView.column.score")).column(m.text("stackView.column.evidence"));
                int rank = 0;
                for (Candidate x : f.ranked()) {
                    c.row(String.valueOf(++rank), x.library().name() + (x == f.choice() ? " ✓" : ""), fitText(x, m),
                            Texts.fixed(x.maturity().value(), 2), Texts.fixed(x.decision(), 2), reason(catalog, x, m));
                }
                doc.table(c.build());
            }
            if (!f.unscored().isEmpty()) {
                List<String> names = f.unscored().stream()
                        .map(x -> x.library().name() + (x == f.choice() ? " ✓" : "")).toList();
                doc.paragraph(m.text("stackView.candidates.unscored", String.join(", ", names)));
            }
        }
        for (StackReport.Shown r : references) {
            doc.heading(m.text("stackView.heading.reference", text(r.stack().label(), m), r.stack().id()));
            List<String> shared = r.sharedChoices();
            doc.paragraph(m.text("stackView.reference.shared", shared.size(), r.stack().layers().size(),
                    shared.isEmpty() ? "" : ": " + String.join(", ", shared)));
            r.sections(doc, m, false);
        }
        return doc;
    }

    private static String text(advisor.model.Text t, Messages m) {
        return Stacks.text(t, m.lang());
    }

    private static java.math.BigDecimal fit(Candidate c) {
        return c.fit() == null || c.fit().fit() == null ? null : Texts.number(c.fit().fit(), 2);
    }

    private static String ruleText(Messages m) {
        return m.text("stackView.rule", Texts.figure(StackProposer.INTEGRATION_BONUS).toPlainString(),
                StackProposer.SEARCH_WIDTH);
    }

    private static String scoreText(StackProposer.Proposal p, Messages m) {
        if (p.score() == null) {
            return m.text("stackView.score.none", p.integrated(), p.links().size());
        }
        String share = p.links().isEmpty() ? "0" : p.integrated() + "/" + p.links().size();
        return m.text("stackView.score", Texts.fixed(p.score(), 2), Texts.fixed(p.meanDecision(), 2),
                Texts.figure(StackProposer.INTEGRATION_BONUS).toPlainString(), share);
    }

    private static String weakestText(StackProposer.Proposal p, Messages m) {
        StackProposer.FilledLayer f = p.weakest();
        String layer = text(f.layer().label(), m) + " (" + f.layer().id() + ")";
        return switch (p.weakness()) {
            case EMPTY -> m.text("stackView.weakest.empty", layer);
            case NOT_SCORED -> m.text("stackView.weakest.notScored", layer, f.choice().library().name());
            case LOWEST_SCORE -> m.text("stackView.weakest.lowest", layer, f.choice().library().name(),
                    Texts.fixed(f.choice().decision(), 2), f.choice().tier() == null ? "" : " (" + Texts.tier(f.choice().tier(), m) + ")");
        };
    }

    /** Why the layer holds its choice. */
    private static String why(Catalog catalog, StackProposer.Proposal p, StackProposer.FilledLayer f, Messages m) {
        Candidate c = f.choice();
        if (c == null) {
            return m.text("stackView.why.empty");
        }
        List<String> partners = partners(p, f).stream().map(id -> catalog.nameOf(id)).toList();
        String with = partners.isEmpty() ? "" : m.text("stackView.why.worksWith", String.join(", ", partners));
        if (!c.scored()) {
            boolean named = f.layer().libraries().contains(c.library().id());
            return m.text(named ? "stackView.why.notScoredNamed" : "stackView.why.notScored") + with;
        }
        if (f.choiceRank() == 1) {
            return m.text("stackView.why.first") + " (" + reason(catalog, c, m) + ")" + with;
        }
        Candidate first = f.pool().get(0);
        return m.text("stackView.why.chosenOver", f.choiceRank(), first.library().name(), Texts.fixed(first.decision(), 2)) + with;
    }

    /** The libraries chosen at the other ends of the layer's links that work with its choice. */
    private static List<String> partners(StackProposer.Proposal p, StackProposer.FilledLayer f) {
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

    private String tieText(StackProposer.Tie tie, Messages m) {
        if (!tie.holds()) {
            return m.text("stackView.tie.none");
        }
        List<String> parts = new ArrayList<>();
        if (tie.same()) {
            parts.add(m.text("stackView.tie.same"));
        }
        for (Integration g : tie.integrations()) {
            parts.add(relationText(g, m) + ": " + text(g.note(), m) + " (" + g.source() + ")");
        }
        for (String r : tie.references()) {
            parts.add(m.text("stackView.tie.reference", r));
        }
        return String.join("; ", parts);
    }

    private String relationText(Integration g, Messages m) {
        String a = catalog.nameOf(g.library());
        String b = catalog.nameOf(g.with());
        return switch (g.relation()) {
            case BUILDS_ON -> m.text("stackView.relation.buildsOn", a, b);
            case INTEGRATES -> m.text("stackView.relation.integrates", a, b);
            case BACKEND -> m.text("stackView.relation.backend", a, b);
            case USED_WITH -> m.text("stackView.relation.usedWith", a, b);
        };
    }

    /** The proposal's choices that reference architecture {@code r} also made. */
    private static List<String> shared(StackProposer.Proposal p, Stack r) {
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

    private static String reason(Catalog catalog, Candidate c, Messages m) {
        return c.fit() == null ? m.text("stackView.why.noFit") : Recommendation.reason(catalog, c.fit(), m);
    }

    private static String fitText(Candidate c, Messages m) {
        Evidence e = c.fit();
        if (e == null) {
            return "—";
        }
        if (e.fit() == null) {
            return m.text("stackView.fit.recommended");
        }
        if (e.direct()) {
            return Texts.stars(e.stars());
        }
        return m.text("stackView.fit.inferred", Texts.fixed(e.fit(), 2));
    }
}
