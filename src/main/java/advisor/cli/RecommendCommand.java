package advisor.cli;

import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import advisor.scoring.Candidate;
import advisor.scoring.Decision;
import advisor.scoring.Evidence;
import advisor.scoring.Precision;
import advisor.scoring.ProfileWeights;
import advisor.scoring.Recommender;
import advisor.scoring.Robustness;
import advisor.scoring.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor recommend --scenario S}: ranked candidates with their evidence, and how robust the ranking is. */
@Command(name = "recommend", description = "Rank libraries for a scenario by a blend of scenario fit and maturity.",
        mixinStandardHelpOptions = true)
final class RecommendCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

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

    @Option(names = "--fit-weight", paramLabel = "F", defaultValue = "0.5",
            converter = Args.FitWeightConverter.class,
            description = "Balance of scenario fit against maturity, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double fitWeight;

    @Option(names = "--explain", description = "Show each part's contribution to the decision score.")
    boolean explain;

    @Mixin
    DecisionOptions decision;

    @Option(names = "--why-not", paramLabel = "LIBRARY",
            description = "Say why this library is not ranked (or where it is).")
    String whyNot;

    /** Libraries of other categories with direct evidence for a related scenario: shown apart, never ranked. */
    private List<Candidate> related = List.of();

    /** The candidates shown under one heading: a category's (id) for a grouped answer, or all (id null). */
    private record Group(String id, List<Candidate> shown, Robustness.Result robust) {
    }

    RecommendCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        int topN = top;
        double alpha = fitWeight;
        Views v = new Views(session.catalog(), session.lang());
        Scenario sc = v.scenario(scenario);
        ProfileWeights p = weightOptions.resolve(v, v.profile(weightOptions.profile));
        Weights weights = p.weights();
        String categoryId = category == null ? null : v.category(category).id();
        Tier floor = minTier == null ? null : v.tier(minTier);
        int floorRank = floor == null ? Integer.MAX_VALUE : v.tiers().rank(floor.id());

        Recommender.Result result = new Recommender(v.catalog()).recommend(sc, weights, alpha,
                lib -> categoryId == null || lib.category().equals(categoryId));
        List<Candidate> ranked = result.ranked().stream()
                .filter(c -> floor == null || c.tier() != null && v.tiers().rank(c.tier().id()) <= floorRank).toList();
        List<Candidate> unscored = floor == null ? result.unscored() : List.of();
        related = result.related();
        List<Group> groups = new ArrayList<>();
        if (!sc.domain() && categoryId == null) {
            // a quality scenario means something only within a kind of library: answer per category
            Recommender.byCategory(ranked).forEach((id, list) -> groups.add(new Group(id,
                    list.subList(0, Math.min(topN, list.size())), Robustness.analyse(list, weights, alpha))));
        } else {
            groups.add(new Group(null, ranked.subList(0, Math.min(topN, ranked.size())),
                    Robustness.analyse(ranked, weights, alpha)));
        }

        Map<String, Object> data = data(v, sc, p, weights, alpha, groups, unscored);
        Doc doc = doc(v, sc, p, weights, alpha, groups, unscored);
        if (whyNot != null) {
            Library asked = v.library(whyNot);
            data.put("whyNot", whyNotEntry(v, sc, asked, categoryId, floor, floorRank, result, groups, topN, data, doc));
        } else if (explain) {
            // --explain also says why the libraries a reader would look for are absent: those with evidence that
            // the lane rule keeps apart, and those below --min-tier
            List<Library> absent = new ArrayList<>();
            related.forEach(c -> absent.add(c.library()));
            result.ranked().stream().filter(c -> !ranked.contains(c)).forEach(c -> absent.add(c.library()));
            List<Object> notRanked = new ArrayList<>();
            for (Library lib : absent) {
                notRanked.add(whyNotEntry(v, sc, lib, categoryId, floor, floorRank, result, groups, topN, data, doc));
            }
            data.put("notRanked", notRanked);
        }
        List<String> fields = new ArrayList<>(List.of("rank", "id", "name", "category", "fit", "fitKind", "maturity",
                "maturityBasis", "decisionScore", "tier", "reason"));
        if (Boolean.TRUE.equals(data.get("grouped"))) {
            fields.addAll(1, List.of("group", "groupRank"));
        }
        switch (session.format()) {
            case ADR -> session.printDocument(decisionRecord(v, session, sc, p, alpha, groups, unscored, categoryId, floor));
            case SVG -> session.printDocument(chart(v, sc, p, alpha, groups));
            case HTML -> session.printDocument(new Charts(v).page(doc, chart(v, sc, p, alpha, groups)));
            default -> session.print(new Output(data, doc, Rows.flatten("recommendations", fields,
                    (List<?>) data.get("recommendations"))));
        }
        return ExitCodes.OK;
    }

    /** The decision scores of every candidate shown, as split bars; a grouped answer names each one's group. */
    private static String chart(Views v, Scenario sc, ProfileWeights p, double alpha, List<Group> groups) {
        List<Candidate> shown = groups.stream().flatMap(g -> g.shown().stream()).toList();
        return new Charts(v).decisionBars(sc, p, alpha, shown, groups.size() > 1);
    }

    /** A decision record needs one ranking: a quality scenario answered per category needs --category. */
    private String decisionRecord(Views v, Session session, Scenario sc, ProfileWeights p, double alpha, List<Group> groups,
                                  List<Candidate> unscored, String categoryId, Tier floor) {
        if (groups.size() > 1) {
            throw AdvisorException.usage(v.t("the scenario '" + sc.id() + "' is answered per category, and a decision record "
                            + "needs one ranking; add --category (one of: " + String.join(", ", groups.stream().map(Group::id).toList()) + ")",
                    "场景 '" + sc.id() + "' 按分类分别作答，而决策记录需要单一排名；请加上 --category（可选："
                            + String.join(", ", groups.stream().map(Group::id).toList()) + "）"));
        }
        Group g = groups.isEmpty() ? new Group(null, List.of(), Robustness.analyse(List.of(), p.weights(), alpha)) : groups.get(0);
        String scope = (categoryId == null ? "" : v.t(" among " + v.categoryLabel(categoryId) + " libraries",
                "（限" + v.categoryLabel(categoryId) + "）"))
                + (floor == null ? "" : v.t(" at tier " + v.tierLabel(floor) + " or above", "（等级不低于" + v.tierLabel(floor) + "）"));
        String command = "advisor recommend --scenario " + sc.id() + (categoryId == null ? "" : " --category " + categoryId)
                + (floor == null ? "" : " --min-tier " + floor.id()) + DecisionRecords.profileArguments(p)
                + " --fit-weight " + Views.fixed(alpha, 2) + " --top " + top;
        return new DecisionRecords(v, decision, session.asOf()).recommend(sc, p, alpha, g.shown(), g.robust(), unscored, scope,
                command);
    }

    /** The answer to "why not {@code lib}?", added to the document under its own heading and returned as data. */
    private static Map<String, Object> whyNotEntry(Views v, Scenario sc, Library asked, String categoryId, Tier floor,
                                                   int floorRank, Recommender.Result result, List<Group> groups, int topN,
                                                   Map<String, Object> data, Doc doc) {
        List<String> reasons = whyNot(v, sc, asked, categoryId, floor, floorRank, result, groups, topN);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", asked.id());
        w.put("name", asked.name());
        w.put("category", asked.category());
        w.put("ranked", data.get("recommendations") instanceof List<?> recs && recs.stream()
                .anyMatch(r -> ((Map<?, ?>) r).get("id").equals(asked.id())));
        w.put("reasons", reasons);
        doc.heading(v.t("Why not ", "为什么没有 ") + asked.name());
        reasons.forEach(doc::paragraph);
        return w;
    }

    /** Why {@code lib} is not among the answers shown: one sentence per reason, the deciding one first. */
    private static List<String> whyNot(Views v, Scenario sc, Library lib, String categoryId, Tier floor, int floorRank,
                                       Recommender.Result result, List<Group> groups, int topN) {
        List<String> out = new ArrayList<>();
        String name = lib.name();
        String scenarioName = sc.label().in(v.lang());
        String cat = v.categoryLabel(lib.category());
        if (categoryId != null && !lib.category().equals(categoryId)) {
            out.add(v.t(name + " is a " + cat + ", not a " + v.categoryLabel(categoryId) + " (--category).",
                    name + " 属于" + cat + "，不属于 --category 所选的" + v.categoryLabel(categoryId) + "。"));
            return out;
        }
        for (Group g : groups) {
            int i = g.shown().stream().map(c -> c.library().id()).toList().indexOf(lib.id());
            if (i >= 0) {
                out.add(v.t(name + " is ranked #" + (i + 1) + (g.id() == null ? "" : " among " + v.categoryLabel(g.id())) + ".",
                        name + " 排名第 " + (i + 1) + (g.id() == null ? "" : "（" + v.categoryLabel(g.id()) + "）") + "。"));
                return out;
            }
        }
        for (Candidate c : result.ranked()) {
            if (c.library().id().equals(lib.id())) {
                if (floor != null && (c.tier() == null || v.tiers().rank(c.tier().id()) > floorRank)) {
                    out.add(v.t(name + "'s tier, " + v.tierLabel(c.tier()) + ", is below --min-tier "
                                    + v.tierLabel(floor) + ".",
                            name + " 的等级（" + v.tierLabel(c.tier()) + "）低于 --min-tier " + v.tierLabel(floor) + "。"));
                } else {
                    out.add(v.t(name + " ranks below the first " + topN + " (--top " + topN + ").",
                            name + " 排在前 " + topN + " 名之后（--top " + topN + "）。"));
                }
                return out;
            }
        }
        for (Candidate c : result.unscored()) {
            if (c.library().id().equals(lib.id())) {
                out.add(floor == null
                        ? v.t(name + " has evidence but no maturity score, so it is listed under \"Also consider\","
                                + " not ranked.", name + " 有适配证据但没有成熟度评分，因此列在“也可考虑”中，不参与排名。")
                        : v.t(name + " has no maturity score, so it has no tier to meet --min-tier.",
                                name + " 没有成熟度评分，因而没有等级，达不到 --min-tier。"));
                return out;
            }
        }
        if (!sc.servedBy(lib.category())) {
            List<String> serving = sc.categories().stream().map(v::categoryLabel).toList();
            out.add(v.t("Wrong category: " + scenarioName + " is served by " + String.join(", ", serving) + "; "
                            + name + " is a " + cat + " and no source rates it for " + scenarioName + " itself.",
                    "分类不符：" + scenarioName + " 适用的分类是" + String.join("、", serving) + "；" + name + " 属于"
                            + cat + "，且没有来源直接为它评过" + scenarioName + "。"));
            if (result.related().stream().anyMatch(c -> c.library().id().equals(lib.id()))) {
                out.add(v.t("Its rating for a related scenario is shown under \"Related, other categories\".",
                        "它在相关场景上的评级列在“相关但属其他分类”中。"));
            }
            return out;
        }
        out.add(v.t("No evidence: no source rates " + name + " for " + scenarioName + " or a related scenario, no"
                        + " trend names it for it, and no other " + cat + " is rated for it.",
                "没有证据：没有来源为 " + name + " 评过" + scenarioName + "或相关场景，没有趋势将其与该场景关联，"
                        + "同类（" + cat + "）的其他库也没有该场景的评级。"));
        return out;
    }

    private Map<String, Object> data(Views v, Scenario sc, ProfileWeights p, Weights weights, double alpha,
                                     List<Group> groups, List<Candidate> unscored) {
        boolean grouped = groups.size() != 1 || groups.get(0).id() != null;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schemaVersion", 1);
        Map<String, Object> scenarioData = new LinkedHashMap<>();
        scenarioData.put("id", sc.id());
        scenarioData.put("label", sc.label().in(v.lang()));
        scenarioData.put("kind", sc.kind().id());
        data.put("scenario", scenarioData);
        data.put("grouped", grouped);
        data.put("profile", p.base().id());
        data.put("weightOverrides", Views.overrideData(p));
        data.put("weights", weightData(weights));
        data.put("fitWeight", Views.figure(alpha));
        List<Object> recs = new ArrayList<>();
        int rank = 0;
        for (Group g : groups) {
            int groupRank = 0;
            for (Candidate c : g.shown()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rank", ++rank);
                if (grouped) {
                    m.put("group", g.id());
                    m.put("groupRank", ++groupRank);
                }
                m.put("id", c.library().id());
                m.put("name", c.library().name());
                m.put("category", c.library().category());
                m.put("fit", c.fit().fit() == null ? null : Views.number(c.fit().fit(), 2));
                m.put("fitKind", c.fit().kind().id());
                m.put("maturity", Views.number(c.maturity().value(), 2));
                m.put("maturityBasis", c.maturity().basis().id());
                m.put("decisionScore", Views.number(c.decision(), 2));
                m.put("tier", c.tier() == null ? null : c.tier().id());
                m.put("reason", reason(v, c.fit()));
                m.put("evidence", evidenceData(v, c.evidence()));
                if (explain) {
                    Decision.Explanation x = Decision.explain(c.library(), c.fit(), weights, alpha, c.decision());
                    m.put("contributions", new LinkedHashMap<String, Object>(x.parts()));
                    m.put("contributionsRounding", x.rounding());
                    m.put("contributionsTotal", x.total());
                }
                recs.add(m);
            }
        }
        data.put("recommendations", recs);
        List<Object> also = new ArrayList<>();
        for (Candidate c : unscored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.library().id());
            m.put("name", c.library().name());
            m.put("category", c.library().category());
            m.put("fit", c.fit().fit() == null ? null : Views.number(c.fit().fit(), 2));
            m.put("fitKind", c.fit().kind().id());
            m.put("reason", reason(v, c.fit()));
            also.add(m);
        }
        data.put("alsoConsider", also);
        List<Object> rel = new ArrayList<>();
        for (Candidate c : related) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.library().id());
            m.put("name", c.library().name());
            m.put("category", c.library().category());
            m.put("fit", c.fit().fit() == null ? null : Views.number(c.fit().fit(), 2));
            m.put("fitKind", c.fit().kind().id());
            m.put("reason", reason(v, c.fit()));
            rel.add(m);
        }
        data.put("related", rel);
        if (grouped) {
            List<Object> gs = new ArrayList<>();
            for (Group g : groups) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("id", g.id());
                gm.put("label", v.categoryLabel(g.id()));
                gm.put("robustness", robustnessData(v, g.shown(), g.robust()));
                gs.add(gm);
            }
            data.put("groups", gs);
            // robustness is per group: one figure over different kinds of library would mean nothing
            data.put("robustness", null);
        } else {
            data.put("robustness", robustnessData(v, groups.get(0).shown(), groups.get(0).robust()));
        }
        return data;
    }

    private Map<String, Object> robustnessData(Views v, List<Candidate> shown, Robustness.Result robust) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("samples", robust.samples());
        r.put("seed", Robustness.SEED);
        r.put("concentration", Views.figure(Robustness.CONCENTRATION));
        List<Object> shares = new ArrayList<>();
        robust.firstShare().forEach((id, s) -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", id);
            sm.put("firstPlaceShare", Views.number(s, 4));
            shares.add(sm);
        });
        r.put("firstPlace", shares);
        if (robust.flip() != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("weightMoved", robust.flip().mass() == null ? null : Views.number(robust.flip().mass(), 4));
            List<Object> moves = new ArrayList<>();
            for (Robustness.Move mv : robust.flip().moves()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("from", mv.from());
                mm.put("to", mv.to());
                mm.put("amount", Views.number(mv.amount(), 4));
                moves.add(mm);
            }
            f.put("moves", moves);
            r.put("flipMargin", f);
        } else {
            r.put("flipMargin", null);
        }
        r.put("clearWinner", robust.clearWinner());
        r.put("verdict", shown.isEmpty() ? null : verdict(v, shown, robust));
        return r;
    }

    private static Map<String, Object> weightData(Weights weights) {
        Map<String, Object> w = new LinkedHashMap<>();
        weights.asMap().forEach((k, x) -> w.put(k, Views.number(x, 4)));
        return w;
    }

    private List<Object> evidenceData(Views v, List<Evidence> evidence) {
        List<Object> list = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind().id());
            m.put("fit", e.fit() == null ? null : Views.number(e.fit(), 2));
            m.put("via", e.via());
            m.put("stars", e.stars());
            m.put("factor", Views.figure(e.factor()));
            m.put("source", e.source());
            m.put("text", reason(v, e));
            list.add(m);
        }
        return list;
    }

    /** One line on why: the source's note for a direct rating, the inference path otherwise. */
    static String reason(Views v, Evidence e) {
        String src = e.source() == null ? "" : " (" + e.source() + ")";
        switch (e.kind()) {
            case DIRECT:
                if (e.note() != null) {
                    return e.note().in(v.lang()) + src;
                }
                return v.t("recommended by the source, without stars", "来源推荐，未给星级") + src;
            case RELATED:
                return v.t("from ", "来自 ") + v.scenarioLabel(e.via()) + " " + Views.stars(e.stars()).replace("☆", "")
                        + " × " + Views.figure(e.factor()).toPlainString() + src;
            case TREND:
                return v.t("trend ", "趋势 ") + v.catalog().trend(e.via()).map(t -> t.label().in(v.lang())).orElse(e.via())
                        + " " + "★".repeat(e.stars()) + " × " + Views.figure(e.factor()).toPlainString()
                        + (e.note() == null ? "" : ": " + e.note().in(v.lang())) + src;
            default:
                return v.t("category " + v.categoryLabel(e.via()) + ": mean direct rating × ",
                        "同类（" + v.categoryLabel(e.via()) + "）直接评级均值 × ") + Views.figure(e.factor()).toPlainString();
        }
    }

    static String fitText(Views v, Evidence e) {
        if (e.fit() == null) {
            return v.t("recommended", "推荐");
        }
        if (e.direct()) {
            return Views.stars(e.stars());
        }
        // the precision it is compared at (2.25 is not shown as 2.3), without padding 3.0 to 3.00
        BigDecimal shown = Precision.round(e.fit(), Precision.SCORE).stripTrailingZeros();
        return "≈" + shown.setScale(Math.max(1, shown.scale())).toPlainString() + v.t(" inferred", " 推断");
    }

    static String verdict(Views v, List<Candidate> shown, Robustness.Result robust) {
        Candidate first = shown.get(0);
        Double share = robust.firstShare().get(first.library().id());
        String shareText = Views.fixed(share * 100, 1) + "%";
        if (shown.size() == 1) {
            return v.t(first.library().name() + " is the only scored candidate.", first.library().name() + " 是唯一已评分的候选。");
        }
        Candidate second = shown.get(1);
        String flip;
        if (robust.flip() == null || robust.flip().mass() == null) {
            flip = v.t("no change of weights puts " + second.library().name() + " ahead",
                    "任何权重调整都无法让 " + second.library().name() + " 超过它");
        } else if (robust.flip().moves().isEmpty()) {
            flip = v.t("it ties with " + second.library().name(), "与 " + second.library().name() + " 并列");
        } else {
            List<String> moves = new ArrayList<>();
            for (Robustness.Move mv : robust.flip().moves()) {
                moves.add(Views.fixed(mv.amount() * 100, 1) + v.t(" points from ", " 个百分点从 ") + mv.from()
                        + v.t(" to ", " 移到 ") + mv.to());
            }
            flip = v.t("moving " + String.join(" and ", moves) + " would put " + second.library().name() + " level",
                    "将 " + String.join("、", moves) + " 即可让 " + second.library().name() + " 追平");
        }
        String head = robust.clearWinner() ? v.t("Clear winner: ", "明确首选：") : v.t("No clear winner: ", "没有明确的首选：");
        return head + v.t(first.library().name() + " ranks first in " + shareText + " of " + robust.samples()
                        + " weight samples around the profile; " + flip + ".",
                first.library().name() + " 在围绕该权重方案的 " + robust.samples() + " 组随机权重中有 " + shareText
                        + " 排名第一；" + flip + "。");
    }

    private Doc doc(Views v, Scenario sc, ProfileWeights p, Weights weights, double alpha, List<Group> groups,
                    List<Candidate> unscored) {
        List<Candidate> shown = groups.stream().flatMap(g -> g.shown().stream()).toList();
        Doc doc = new Doc();
        doc.heading(v.t("Recommendations for ", "场景推荐：") + sc.label().in(v.lang()) + " (" + sc.id() + ")");
        List<String> w = new ArrayList<>();
        for (Dimension d : v.catalog().dimensions()) {
            w.add(d.id() + " " + Views.fixed(weights.of(d.id()), 2));
        }
        doc.fields(List.of(
                new Block.Field(v.t("Profile", "权重方案"), v.profileText(p)),
                new Block.Field(v.t("Weights", "权重"), String.join(", ", w)),
                new Block.Field(v.t("Formula", "公式"), v.t("decision = " + Views.figure(alpha).toPlainString() + " × fit + "
                        + Views.figure(BigDecimal.ONE.subtract(Views.figure(alpha)).doubleValue()).toPlainString() + " × maturity (0-5)",
                        "决策分 = " + Views.figure(alpha).toPlainString() + " × 适配度 + "
                                + Views.figure(BigDecimal.ONE.subtract(Views.figure(alpha)).doubleValue()).toPlainString() + " × 成熟度（0-5）"))));
        if (shown.isEmpty()) {
            doc.paragraph(v.t("No scored library has evidence for this scenario.", "没有已评分的库与该场景相关。"));
        } else if (groups.get(0).id() != null) {
            doc.paragraph(v.t(sc.label().in(v.lang()) + " is a quality, not a kind of library: the leaders of each"
                    + " category, ranked within it. Use --category to rank one category.",
                    sc.label().in(v.lang()) + " 是一种品质而非一类库：以下按分类分别排名。用 --category 只看一个分类。"));
        }
        for (Group g : groups) {
            if (g.shown().isEmpty()) {
                continue;
            }
            List<Candidate> groupShown = g.shown();
            Robustness.Result robust = g.robust();
            if (g.id() != null) {
                doc.heading(v.categoryLabel(g.id()) + " (" + g.id() + ")");
            }
            Doc.TableBuilder table = new Doc.TableBuilder().numberColumn("#").column(v.t("LIBRARY", "库"))
                    .column(v.t("CATEGORY", "分类")).column(v.t("FIT", "适配度")).numberColumn(v.t("MATURITY", "成熟度"))
                    .numberColumn(v.t("SCORE", "决策分")).column(v.t("TIER", "等级")).column(v.t("WHY", "依据"));
            int rank = 0;
            for (Candidate c : groupShown) {
                table.row(String.valueOf(++rank), c.library().name(), v.categoryLabel(c.library().category()),
                        fitText(v, c.fit()), Views.score(c.maturity()) + (c.maturity().basis().id().equals("reported") ? " r" : ""),
                        Views.fixed(c.decision(), 2), v.tierLabel(c.tier()), reason(v, c.fit()));
            }
            doc.table(table.build());
            doc.paragraph(verdict(v, groupShown, robust));
        }
        if (explain) {
            for (Candidate c : shown) {
                doc.heading(v.t("Why ", "计算明细：") + c.library().name() + " = " + Views.fixed(c.decision(), 2));
                Doc.TableBuilder t = new Doc.TableBuilder().column(v.t("PART", "组成")).column(v.t("HOW", "计算"))
                        .numberColumn(v.t("ADDS", "贡献"));
                Decision.Explanation x = Decision.explain(c.library(), c.fit(), weights, alpha, c.decision());
                double maturityShare = c.fit().fit() == null ? 1 : 1 - alpha;
                for (Map.Entry<String, BigDecimal> e : x.parts().entrySet()) {
                    String how;
                    if (e.getKey().equals("fit")) {
                        how = c.fit().fit() == null ? v.t("no stars: maturity decides alone", "无星级：仅按成熟度")
                                : Views.figure(alpha).toPlainString() + " × " + Views.fixed(c.fit().fit(), 2);
                    } else if (e.getKey().equals("reported")) {
                        how = Views.fixed(maturityShare, 2) + " × " + Views.fixed(c.maturity().value(), 1)
                                + v.t(" (reported composite)", "（来源综合分）");
                    } else {
                        double s = c.library().evaluation().dimensions().get(e.getKey()).score();
                        how = Views.fixed(maturityShare, 2) + " × " + Views.fixed(weights.of(e.getKey()), 4) + " × "
                                + Views.fixed(s, 1);
                    }
                    String label = e.getKey().equals("fit") ? v.t("fit", "适配度") : e.getKey();
                    t.row(label, how, e.getValue().toPlainString());
                }
                if (x.rounding().signum() != 0) {
                    t.row(v.t("rounding", "舍入"), v.t("the parts above are rounded", "以上各项已舍入"),
                            (x.rounding().signum() > 0 ? "+" : "") + x.rounding().toPlainString());
                }
                t.row(v.t("total", "合计"), v.t("shown as ", "显示为 ") + x.shown().toPlainString(), x.total().toPlainString());
                doc.table(t.build());
            }
        }
        if (!unscored.isEmpty()) {
            doc.heading(v.t("Also consider (not scored)", "也可考虑（未评分）"));
            Doc.TableBuilder t = new Doc.TableBuilder().column(v.t("LIBRARY", "库")).column(v.t("CATEGORY", "分类"))
                    .column(v.t("FIT", "适配度")).column(v.t("WHY", "依据"));
            for (Candidate c : unscored) {
                t.row(c.library().name(), v.categoryLabel(c.library().category()), fitText(v, c.fit()), reason(v, c.fit()));
            }
            doc.table(t.build());
        }
        if (!related.isEmpty()) {
            doc.heading(v.t("Related, other categories (not ranked)", "相关但属其他分类（不参与排名）"));
            doc.paragraph(v.t("These libraries are not of a category that serves " + sc.label().in(v.lang())
                            + "; a source rates them for a related scenario.",
                    "这些库不属于适用于" + sc.label().in(v.lang()) + "的分类；来源为它们评过相关场景。"));
            Doc.TableBuilder t = new Doc.TableBuilder().column(v.t("LIBRARY", "库")).column(v.t("CATEGORY", "分类"))
                    .column(v.t("FIT", "适配度")).column(v.t("WHY", "依据"));
            for (Candidate c : related) {
                t.row(c.library().name(), v.categoryLabel(c.library().category()), fitText(v, c.fit()), reason(v, c.fit()));
            }
            doc.table(t.build());
        }
        return doc;
    }
}
