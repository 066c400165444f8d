package advisor.cli;

import advisor.model.Ring;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.scoring.Candidate;
import advisor.report.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor recommend --scenario S}: ranked candidates with their evidence, and how robust the ranking is. */
@Command(name = "recommend", description = "Rank libraries for a scenario by a blend of scenario fit and maturity.",
        mixinStandardHelpOptions = true)
final class RecommendCommand extends SessionCommand {
    @Mixin
    WeightOptions weightOptions;

    @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO", required = true,
            description = "Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
    String scenario;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", converter = Args.TopConverter.class,
            description = "Show the first N (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--min-tier", paramLabel = "TIER", description = "Only libraries in this tier or a higher one.")
    String minTier;

    @Mixin
    FitWeightOption fitWeight;

    @Option(names = "--exclude-ring", paramLabel = "RING",
            description = "Leave out libraries whose latest ring is this one (repeatable), e.g. hold.")
    List<String> excludeRings = new ArrayList<>();

    @Option(names = "--explain", description = "Show each part's contribution to the decision score.")
    boolean explain;

    @Mixin
    DecisionOptions decision;

    @Option(names = "--why-not", paramLabel = "LIBRARY",
            description = "Say why this library is not ranked (or where it is).")
    String whyNot;

    @Override
    int run(Session session) {
        Views v = session.views();
        Recommendation answer = Recommendation.of(v.catalog(), request(v), session.messages());
        switch (session.format()) {
            case ADR -> session.printDocument(decisionRecord(v, session, answer));
            case SVG -> session.printDocument(chart(v, answer));
            case HTML -> session.printDocument(new Charts(v).page(answer.doc(session.messages()), chart(v, answer)));
            default -> session.print(answer);
        }
        return ExitCode.OK.code();
    }

    /** What the options ask for, every name resolved (an unknown one exits 4 with suggestions). */
    private Recommendation.Request request(Views v) {
        Set<Ring> rings = new LinkedHashSet<>();
        excludeRings.forEach(t -> rings.add(v.ring(t)));
        return new Recommendation.Request(v.scenario(scenario), weightOptions.resolve(v), fitWeight.value, top,
                category == null ? null : v.category(category).id(), minTier == null ? null : v.tier(minTier), explain,
                whyNot == null ? null : v.library(whyNot), List.copyOf(rings));
    }

    /** The decision scores of every candidate shown, as split bars; a grouped answer names each one's group. */
    private static String chart(Views v, Recommendation a) {
        Recommendation.Request q = a.request();
        List<Candidate> shown = a.recommendations().stream().map(Recommendation.Ranked::c).toList();
        return new Charts(v).decisionBars(q.scenario(), q.profile(), q.fitWeight(), shown, a.groups().size() > 1);
    }

    /** A decision record needs one ranking: a quality scenario answered per category needs --category. */
    private String decisionRecord(Views v, Session session, Recommendation a) {
        Recommendation.Request q = a.request();
        Scenario sc = q.scenario();
        if (a.groups().size() > 1) {
            throw AdvisorException.usage(session.messages().text("recommend.adr.grouped", sc.id(),
                    String.join(", ", a.groups().stream().map(Recommendation.Group::id).toList())));
        }
        Recommendation.Group g = a.groups().get(0);
        List<Candidate> shown = g.shown().stream().map(Recommendation.Ranked::c).toList();
        List<Candidate> unscored = a.alsoConsider().stream().map(Recommendation.Other::c).toList();
        String categoryId = q.category();
        Tier floor = q.minTier();
        String scope = (categoryId == null ? "" : session.messages().text("recommend.adr.category", v.categoryLabel(categoryId)))
                + (floor == null ? "" : session.messages().text("recommend.adr.minTier", v.tierLabel(floor)));
        String command = "advisor recommend --scenario " + sc.id() + (categoryId == null ? "" : " --category " + categoryId)
                + (floor == null ? "" : " --min-tier " + floor.id()) + DecisionRecords.profileArguments(q.profile())
                + " --fit-weight " + Views.fixed(q.fitWeight(), 2) + " --top " + top;
        return new DecisionRecords(v, decision, session.asOf()).recommend(sc, q.profile(), q.fitWeight(), shown,
                g.robustness().result(), unscored, scope, command);
    }
}
