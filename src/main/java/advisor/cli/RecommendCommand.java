package advisor.cli;

import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.scoring.Candidate;
import advisor.report.Recommendation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code advisor recommend --scenario S}: ranked candidates with their evidence, and how robust the ranking is. */
@Command(name = "recommend", description = "Rank libraries for a scenario by a blend of scenario fit and maturity.",
        mixinStandardHelpOptions = true)
final class RecommendCommand extends SessionCommand {
    @Mixin
    RecommendOptions ask;

    @Mixin
    DecisionOptions decision;

    @Override
    int run(Session session) {
        Views v = session.views();
        Recommendation answer = Recommendation.of(v.catalog(), ask.request(v), session.messages());
        switch (session.format()) {
            case ADR -> session.printDocument(decisionRecord(v, session, answer));
            case SVG -> session.printDocument(chart(v, answer));
            case HTML -> session.printDocument(new Charts(v).page(answer.doc(session.messages()), chart(v, answer)));
            default -> session.print(answer);
        }
        return ExitCode.OK.code();
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
                + " --fit-weight " + Views.fixed(q.fitWeight(), 2) + " --top " + q.top();
        return new DecisionRecords(v, decision, session.asOf()).recommend(sc, q.profile(), q.fitWeight(), shown,
                g.robustness().result(), unscored, scope, command);
    }
}
