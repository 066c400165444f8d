package advisor.report;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Ring;
import advisor.model.Scenario;
import advisor.model.Trend;
import advisor.render.Messages;
import advisor.scoring.Candidate;
import advisor.scoring.Decision;
import advisor.scoring.Evidence;
import advisor.model.Precision;
import advisor.scoring.Recommender;
import advisor.scoring.RingHistory;
import advisor.scoring.Robustness;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds a {@link Recommendation}: the ranking rules, the robustness verdicts and the reasons, in one language. */
final class RecommendationBuilder {
    private final Catalog catalog;
    private final Recommendation.Request q;
    private final Messages m;
    private final Tiers tiers;
    private final Weights weights;
    private final int floorRank;

    RecommendationBuilder(Catalog catalog, Recommendation.Request request, Messages m) {
        this.catalog = catalog;
        this.q = request;
        this.m = m;
        this.tiers = new Tiers(catalog.tiers());
        this.weights = request.profile().weights();
        this.floorRank = request.minTier() == null ? Integer.MAX_VALUE : tiers.rank(request.minTier().id());
    }

    /** The candidates shown under one heading: a category's (id) for a grouped answer, or all (id null). */
    private record Group(String id, List<Candidate> shown, Robustness.Result robust) {
    }

    Recommendation build() {
        Scenario sc = q.scenario();
        double alpha = q.fitWeight();
        Recommender.Result result = new Recommender(catalog).recommend(sc, weights, alpha, new InCategory());
        int excludedByRing = 0;
        if (!q.excludeRings().isEmpty()) {
            // --exclude-ring (issue 12): each library is judged on its own and the orders are total, so leaving
            // those in an excluded ring out of the lists is the ranking without them; count those with evidence
            List<List<Candidate>> kept = new ArrayList<>();
            for (List<Candidate> list : List.of(result.ranked(), result.unscored(), result.related())) {
                List<Candidate> in = new ArrayList<>();
                for (Candidate c : list) {
                    if (keeps(c.library())) {
                        in.add(c);
                    } else {
                        excludedByRing++;
                    }
                }
                kept.add(List.copyOf(in));
            }
            result = new Recommender.Result(kept.get(0), kept.get(1), kept.get(2));
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : result.ranked()) {
            if (meetsFloor(c)) {
                ranked.add(c);
            }
        }
        List<Candidate> unscored = q.minTier() == null ? result.unscored() : List.of();
        List<Group> groups = new ArrayList<>();
        if (!sc.domain() && q.category() == null) {
            // a quality scenario means something only within a kind of library: answer per category
            Recommender.byCategory(ranked).forEach((id, list) -> groups.add(new Group(id,
                    list.subList(0, Math.min(q.top(), list.size())), Robustness.analyse(list, weights, alpha))));
        } else {
            groups.add(new Group(null, ranked.subList(0, Math.min(q.top(), ranked.size())),
                    Robustness.analyse(ranked, weights, alpha)));
        }
        boolean grouped = groups.size() != 1 || groups.get(0).id() != null;
        List<Recommendation.Ranked> recs = new ArrayList<>();
        List<Recommendation.Group> groupEntries = new ArrayList<>();
        int rank = 0;
        for (Group g : groups) {
            int groupRank = 0;
            List<Recommendation.Ranked> shown = new ArrayList<>();
            for (Candidate c : g.shown()) {
                RingHistory.Step ring = RingHistory.latest(catalog, c.library()).orElse(null);
                Recommendation.Ranked r = new Recommendation.Ranked(c, ++rank, g.id(), grouped ? ++groupRank : null,
                        categoryLabel(c.library().category()), fitText(c.fit()), reason(c.fit()),
                        evidence(c),
                        q.explain() ? explain(c) : null, ring == null ? null : ring.ring().id(), ringEvidence(ring));
                recs.add(r);
                shown.add(r);
            }
            groupEntries.add(new Recommendation.Group(g.id(), categoryLabel(g.id()), shown,
                    new Recommendation.RobustnessEntry(g.robust(), g.shown().isEmpty() ? null : verdict(g.shown(), g.robust()))));
        }
        Recommendation.WhyNot whyNot = null;
        List<Recommendation.WhyNot> notRanked = null;
        if (q.whyNot() != null) {
            whyNot = whyNot(q.whyNot(), result, groups, recs);
        } else if (q.explain()) {
            // --explain also says why the libraries a reader would look for are absent: those with evidence that
            // the lane rule keeps apart, and those below --min-tier
            notRanked = new ArrayList<>();
            for (Candidate c : result.related()) {
                notRanked.add(whyNot(c.library(), result, groups, recs));
            }
            for (Candidate c : result.ranked()) {
                if (!ranked.contains(c)) {
                    notRanked.add(whyNot(c.library(), result, groups, recs));
                }
            }
        }
        return new Recommendation(q, new Recommendation.ScenarioRef(sc.id(), sc.label().in(m.lang()), sc.kind().id()),
                grouped, recs, others(unscored), others(result.related()), groupEntries, groupEntries.get(0).robustness(),
                whyNot, notRanked, Texts.profile(q.profile(), m), excludedByRing);
    }

    /** The libraries a recommendation considers: all, or those of --category (a class, not a lambda: it is built on every start). */
    private final class InCategory implements Predicate<Library> {
        @Override
        public boolean test(Library lib) {
            return q.category() == null || lib.category().equals(q.category());
        }
    }

    /** Whether --exclude-ring keeps the library: its latest ring is none of those named. */
    private boolean keeps(Library lib) {
        if (q.excludeRings().isEmpty()) {
            return true;
        }
        RingHistory.Step latest = RingHistory.latest(catalog, lib).orElse(null);
        String ring = latest == null ? null : latest.ring().id();
        for (Ring r : q.excludeRings()) {
            if (r.id().equals(ring)) {
                return false;
            }
        }
        return true;
    }

    private List<Recommendation.EvidenceEntry> evidence(Candidate c) {
        List<Recommendation.EvidenceEntry> out = new ArrayList<>();
        for (Evidence e : c.evidence()) {
            out.add(new Recommendation.EvidenceEntry(e, reason(e)));
        }
        return out;
    }

    /** "Ring: Trial (2025-01). " before a candidate's reasons (its latest ring), or nothing when it has none. */
    private String ringEvidence(RingHistory.Step s) {
        return s == null ? "" : m.text("recommend.ring", s.ring().label().in(m.lang()), s.date() == null ? Texts.NONE : s.date());
    }

    private boolean meetsFloor(Candidate c) {
        return q.minTier() == null || c.tier() != null && tiers.rank(c.tier().id()) <= floorRank;
    }

    private List<Recommendation.Other> others(List<Candidate> list) {
        List<Recommendation.Other> out = new ArrayList<>();
        for (Candidate c : list) {
            out.add(new Recommendation.Other(c, categoryLabel(c.library().category()), fitText(c.fit()), reason(c.fit())));
        }
        return out;
    }

    private String categoryLabel(String id) {
        return categoryLabel(catalog, m, id);
    }

    private static String categoryLabel(Catalog catalog, Messages m, String id) {
        return catalog.categoryLabel(id, m.lang());
    }

    private String reason(Evidence e) {
        return reason(catalog, m, e);
    }

    private String fitText(Evidence e) {
        return fitText(m, e);
    }

    private String verdict(List<Candidate> shown, Robustness.Result robust) {
        return verdict(m, shown, robust);
    }

    /** One line on why: the source's note for a direct rating, the inference path otherwise. */
    static String reason(Catalog catalog, Messages m, Evidence e) {
        String src = e.source() == null ? "" : " (" + e.source() + ")";
        String factor = Texts.figure(e.factor()).toPlainString();
        return switch (e.kind()) {
            case DIRECT -> (e.note() != null ? e.note().in(m.lang()) : m.text("recommend.reason.unstarred")) + src;
            case RELATED -> {
                Scenario via = catalog.scenario(e.via()).orElse(null);
                yield m.text("recommend.reason.related", via == null ? e.via() : via.label().in(m.lang()),
                        Texts.stars(e.stars()).replace("☆", ""), factor) + src;
            }
            case TREND -> {
                Trend via = catalog.trend(e.via()).orElse(null);
                yield m.text("recommend.reason.trend", via == null ? e.via() : via.label().in(m.lang()),
                        "★".repeat(e.stars()), factor) + (e.note() == null ? "" : ": " + e.note().in(m.lang())) + src;
            }
            default -> m.text("recommend.reason.category", categoryLabel(catalog, m, e.via()), factor);
        };
    }

    static String fitText(Messages m, Evidence e) {
        if (e.fit() == null) {
            return m.text("show.recommended");
        }
        if (e.direct()) {
            return Texts.stars(e.stars());
        }
        // the precision it is compared at (2.25 is not shown as 2.3), without padding 3.0 to 3.00
        BigDecimal shown = Precision.round(e.fit(), Precision.SCORE).stripTrailingZeros();
        return m.text("recommend.inferred", shown.setScale(Math.max(1, shown.scale())).toPlainString());
    }

    /** The sentence on how robust a ranking is: the first's share of first places, and what would flip it. */
    static String verdict(Messages m, List<Candidate> shown, Robustness.Result robust) {
        Candidate first = shown.get(0);
        String share = Texts.fixed(robust.firstShare().get(first.library().id()) * 100, 1) + "%";
        if (shown.size() == 1) {
            return m.text("recommend.verdict.only", first.library().name());
        }
        String second = shown.get(1).library().name();
        String flip;
        if (robust.flip() == null || robust.flip().mass() == null) {
            flip = m.text("recommend.flip.never", second);
        } else if (robust.flip().moves().isEmpty()) {
            flip = m.text("recommend.flip.tie", second);
        } else {
            List<String> moves = new ArrayList<>();
            for (Robustness.Move mv : robust.flip().moves()) {
                moves.add(m.text("recommend.flip.move", Texts.fixed(mv.amount() * 100, 1), mv.from(), mv.to()));
            }
            flip = m.text("recommend.flip.moves", String.join(m.text("recommend.flip.and"), moves), second);
        }
        return m.text(robust.clearWinner() ? "recommend.verdict.clear" : "recommend.verdict.unclear")
                + m.text("recommend.verdict", first.library().name(), share, robust.samples(), flip);
    }

    /** A decision score in parts, each with how it is computed from the weights and scores. */
    private Recommendation.Explanation explain(Candidate c) {
        double alpha = q.fitWeight();
        Decision.Explanation x = Decision.explain(c.library(), c.fit(), weights, alpha, c.decision());
        double maturityShare = c.fit().fit() == null ? 1 : 1 - alpha;
        List<Recommendation.Part> parts = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : x.parts().entrySet()) {
            String how;
            if (e.getKey().equals("fit")) {
                how = c.fit().fit() == null ? m.text("explain.fit.none")
                        : Texts.figure(alpha).toPlainString() + " × " + Texts.fixed(c.fit().fit(), 2);
            } else if (e.getKey().equals("reported")) {
                how = Texts.fixed(maturityShare, 2) + " × " + Texts.fixed(c.maturity().value(), 1)
                        + m.text("explain.reported");
            } else {
                double s = c.library().evaluation().dimensions().get(e.getKey()).score();
                how = Texts.fixed(maturityShare, 2) + " × " + Texts.fixed(weights.of(e.getKey()), 4) + " × "
                        + Texts.fixed(s, 1);
            }
            parts.add(new Recommendation.Part(e.getKey().equals("fit") ? m.text("explain.fit") : e.getKey(), how,
                    e.getValue()));
        }
        return new Recommendation.Explanation(x, parts);
    }

    private Recommendation.WhyNot whyNot(Library lib, Recommender.Result result, List<Group> groups,
            List<Recommendation.Ranked> recs) {
        return new Recommendation.WhyNot(lib, recs.stream().anyMatch(r -> r.c().library().id().equals(lib.id())),
                reasons(lib, result, groups));
    }

    /** Why {@code lib} is not among the answers shown: one sentence per reason, the deciding one first. */
    private List<String> reasons(Library lib, Recommender.Result result, List<Group> groups) {
        Scenario sc = q.scenario();
        String name = lib.name();
        String scenarioName = sc.label().in(m.lang());
        String cat = categoryLabel(lib.category());
        if (q.category() != null && !lib.category().equals(q.category())) {
            return List.of(m.text("whyNot.category", name, cat, categoryLabel(q.category())));
        }
        for (Group g : groups) {
            int i = g.shown().stream().map(c -> c.library().id()).toList().indexOf(lib.id());
            if (i >= 0) {
                return List.of(g.id() == null ? m.text("whyNot.ranked", name, i + 1)
                        : m.text("whyNot.rankedIn", name, i + 1, categoryLabel(g.id())));
            }
        }
        for (Candidate c : result.ranked()) {
            if (c.library().id().equals(lib.id())) {
                return List.of(meetsFloor(c) ? m.text("whyNot.top", name, q.top())
                        : m.text("whyNot.minTier", name, Texts.tier(c.tier(), m), Texts.tier(q.minTier(), m)));
            }
        }
        for (Candidate c : result.unscored()) {
            if (c.library().id().equals(lib.id())) {
                return List.of(m.text(q.minTier() == null ? "whyNot.unscored" : "whyNot.unscoredMinTier", name));
            }
        }
        if (!sc.servedBy(lib.category())) {
            List<String> out = new ArrayList<>();
            out.add(m.text("whyNot.wrongCategory", scenarioName, String.join(m.text("whyNot.listSeparator"),
                    sc.categories().stream().map(this::categoryLabel).toList()), name, cat));
            if (result.related().stream().anyMatch(c -> c.library().id().equals(lib.id()))) {
                out.add(m.text("whyNot.related"));
            }
            return out;
        }
        return List.of(m.text("whyNot.noEvidence", name, scenarioName, cat));
    }
}
