package advisor.cli;

import advisor.model.Dimension;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Remark;
import advisor.model.ScenarioRating;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.render.DecisionRecord;
import advisor.render.DecisionRecord.Argument;
import advisor.render.DecisionRecord.Kind;
import advisor.scoring.Candidate;
import advisor.scoring.Comparison;
import advisor.scoring.Evidence;
import advisor.model.MaturityScore;
import advisor.scoring.ProfileWeights;
import advisor.scoring.Recommender;
import advisor.scoring.Robustness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decision records ({@code --format adr}) for {@code compare} and {@code recommend}: every section of
 * the MADR record filled from the same engine results the other views show: the options and their
 * scores, the weights, the robustness of the first place, dimension leads and lags, fit evidence,
 * strengths and limitations, and the sources with their dates and review state on the record's date.
 */
final class DecisionRecords {
    private final Views v;
    private final DecisionOptions options;
    private final LocalDate date;

    DecisionRecords(Views v, DecisionOptions options, LocalDate date) {
        this.v = v;
        this.options = options;
        this.date = date;
    }

    private DecisionRecord.Words words() {
        return v.lang() == Lang.ZH
                ? new DecisionRecord.Words("背景与问题", "决策驱动因素", "备选方案", "决策结果", "影响", "验证", "各方案的利弊",
                "更多信息", "选定方案：", "，因为", "好，因为", "中性，因为", "坏，因为")
                : new DecisionRecord.Words("Context and Problem Statement", "Decision Drivers", "Considered Options",
                "Decision Outcome", "Consequences", "Confirmation", "Pros and Cons of the Options", "More Information",
                "Chosen option: ", ", because ", "Good, because ", "Neutral, because ", "Bad, because ");
    }

    /** The record for {@code compare}: the options are the libraries, ranked by maturity under the profile. */
    String compare(List<Library> libs, ProfileWeights profile, String command) {
        List<String> names = libs.stream().map(Library::name).toList();
        String title = options.title() != null ? options.title()
                : v.t((libs.size() == 2 ? "Choose between " : "Choose among ") + and(names),
                (libs.size() == 2 ? "在 " + String.join(" 与 ", names) + " 之间选择" : "在 " + String.join("、", names) + " 中选择"));
        Set<String> categories = new LinkedHashSet<>();
        libs.forEach(l -> categories.add(v.categoryLabel(l.category())));
        List<String> context = new ArrayList<>();
        context.add(v.t("Which of " + and(names) + " should we use? ", "我们应该选用 " + String.join("、", names) + " 中的哪一个？")
                + (categories.size() == 1
                ? v.t("They are of one category: " + categories.iterator().next() + ".", "它们属于同一分类：" + categories.iterator().next() + "。")
                : v.t("They are of different categories (" + String.join(", ", categories) + "), so they may not solve the same problem.",
                "它们属于不同分类（" + String.join("、", categories) + "），未必解决同一问题。")));
        context.add(v.t("They are compared on the catalog's seven maturity dimensions, each scored 0 to 5 by a source, "
                        + "and on the maturity score under the profile " + sentence(v.profileText(profile)),
                "比较依据是目录的七个成熟度维度（来源给出的 0-5 分）以及权重方案下的成熟度评分：" + sentence(v.profileText(profile))));
        List<Comparison.ScenarioRow> shared = Comparison.scenarios(libs).stream().filter(Comparison.ScenarioRow::shared).toList();
        if (!shared.isEmpty()) {
            context.add(v.t("Scenarios all of them are rated for: ", "它们都有评级的场景：")
                    + String.join(v.t(", ", "、"), shared.stream().map(r -> v.scenarioLabel(r.scenario())).toList())
                    + v.t(".", "。"));
        }

        List<String> drivers = weightDrivers(profile);
        for (Comparison.ScenarioRow r : shared) {
            drivers.add(v.t("Fit for " + v.scenarioLabel(r.scenario()) + ": ", v.scenarioLabel(r.scenario()) + " 的适配度：")
                    + String.join(v.t(", ", "，"), libs.stream().map(l -> l.name() + " " + starsOrDash(r.stars().get(l.id()))).toList()));
        }

        // the options as candidates for the maturity alone: fit weight 0, so the ranking rule is the recommender's
        List<Candidate> ranked = new ArrayList<>();
        for (Library l : libs) {
            v.maturity(l, profile.weights()).ifPresent(m -> ranked.add(new Candidate(l,
                    new Evidence(Evidence.Kind.DIRECT, 0.0, null, null, 1, null, null), List.of(), m, v.tierOf(m.value()),
                    m.value())));
        }
        ranked.sort(Recommender.ORDER);
        List<String> optionLines = new ArrayList<>();
        for (Library l : libs) {
            optionLines.add(l.name() + v.t(" (", "（") + v.categoryLabel(l.category()) + v.t("; ", "；") + maturityText(l, profile)
                    + v.t(")", "）"));
        }

        String chosen;
        String because;
        List<Argument> consequences = new ArrayList<>();
        List<Comparison.DimensionRow> dims = Comparison.dimensions(libs, dimensionIds());
        if (ranked.isEmpty()) {
            chosen = libs.get(0).name();
            because = v.t("no option has maturity scores in the catalog, so the catalog cannot rank them; "
                            + chosen + " is the first named. Weigh the pros and cons below before accepting this record.",
                    "目录中没有任何方案的成熟度评分，无法排序；" + chosen + " 只是命令行中的第一个。接受此记录前请先权衡下面的利弊。");
        } else {
            Candidate first = ranked.get(0);
            chosen = first.library().name();
            because = ranked.size() == 1
                    ? v.t("it is the only option with a maturity score (" + Views.score(first.maturity()) + ").",
                    "它是唯一有成熟度评分的方案（" + Views.score(first.maturity()) + "）。")
                    : v.t("it has the highest maturity score under the profile " + profile.name() + ": "
                            + Views.score(first.maturity()) + " against " + othersMaturity(ranked) + ". ",
                    "在权重方案 " + profile.name() + " 下它的成熟度评分最高：" + Views.score(first.maturity()) + "，对比 "
                            + othersMaturity(ranked) + "。")
                    + advisor.report.Recommendation.verdict(ranked, Robustness.analyse(ranked, profile.weights(), 0), advisor.render.Messages.of(v.lang()));
            consequences.addAll(leadsAndLags(first.library(), libs, dims, false));
            for (Remark r : first.library().limitations()) {
                consequences.add(new Argument(Kind.BAD, v.t("we accept its limitation: ", "我们接受它的局限：")
                        + clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
            }
            if (consequences.isEmpty()) {
                consequences.add(new Argument(Kind.NEUTRAL, v.t("the sources give no dimension on which the options differ "
                        + "and no limitation of " + chosen + ".", "来源没有给出各方案有差别的维度，也没有给出 " + chosen + " 的局限。")));
            }
        }

        List<DecisionRecord.OptionCase> cases = new ArrayList<>();
        for (Library l : libs) {
            List<Argument> args = new ArrayList<>(leadsAndLags(l, libs, dims, true));
            for (ScenarioRating r : l.scenarios()) {
                if (shared.stream().anyMatch(s -> s.scenario().equals(r.scenario()))) {
                    args.add(fitArgument(r));
                }
            }
            args.addAll(remarks(l));
            if (args.isEmpty()) {
                args.add(new Argument(Kind.NEUTRAL, v.t("the catalog has no scores, ratings or remarks for it.",
                        "目录中没有它的评分、评级或评语。")));
            }
            cases.add(new DecisionRecord.OptionCase(l.name(), description(l, profile), args));
        }
        return new DecisionRecord(words(), title, options.status(), date.toString(), options.decisionMakers(), context,
                drivers, optionLines, chosen, because, consequences, confirmation(libs), command, cases,
                moreInformation(libs, List.of())).markdown();
    }

    /**
     * The record for {@code recommend}: the options are the ranked candidates shown, the chosen one is the
     * first by decision score; those named by sources but not scored are listed under More Information.
     */
    String recommend(Scenario sc, ProfileWeights profile, double fitWeight, List<Candidate> shown, Robustness.Result robust,
                     List<Candidate> unscored, String scope, String command) {
        String label = sc.label().in(v.lang());
        String title = options.title() != null ? options.title()
                : v.t("Choose a library for " + label, "为「" + label + "」选择库");
        if (shown.isEmpty()) {
            throw AdvisorException.usage(v.t("no scored candidate for " + label + scope
                    + ", so there is no decision to record; try without --category or --min-tier",
                    label + scope + " 没有已评分的候选，无从记录决策；请去掉 --category 或 --min-tier 再试"));
        }
        List<Library> libs = shown.stream().map(Candidate::library).toList();
        List<String> context = new ArrayList<>();
        context.add(v.t("Which library should we use for " + label + " (" + sc.id() + ")" + scope + "? ",
                "「" + label + "」（" + sc.id() + "）" + scope + "应该选用哪个库？")
                + v.t("The catalog ranks " + shown.size() + (shown.size() == 1 ? " scored candidate" : " scored candidates")
                        + " by a decision score that blends scenario fit with maturity.",
                "目录按决策评分（场景适配度与成熟度的加权组合）排出 " + shown.size() + " 个已评分候选。")
                + (unscored.isEmpty() ? "" : v.t(" " + unscored.size() + " more are named by sources but not scored (see More Information).",
                " 另有 " + unscored.size() + " 个被来源提及但未评分（见“更多信息”）。")));
        context.add(v.t("Maturity is the weighted mean of the seven dimension scores under the profile ",
                "成熟度是七个维度评分在权重方案下的加权平均：") + sentence(v.profileText(profile)));
        List<String> drivers = new ArrayList<>();
        drivers.add(v.t("Scenario fit counts " + Views.fixed(fitWeight, 2) + " and maturity " + Views.fixed(1 - fitWeight, 2)
                        + " (decision = " + Views.fixed(fitWeight, 2) + " × fit + " + Views.fixed(1 - fitWeight, 2)
                        + " × maturity, both 0-5; set with --fit-weight)",
                "场景适配度占 " + Views.fixed(fitWeight, 2) + "，成熟度占 " + Views.fixed(1 - fitWeight, 2) + "（决策评分 = "
                        + Views.fixed(fitWeight, 2) + " × 适配度 + " + Views.fixed(1 - fitWeight, 2) + " × 成熟度，均为 0-5；由 --fit-weight 设置）"));
        drivers.addAll(weightDrivers(profile));
        List<String> optionLines = new ArrayList<>();
        for (Candidate c : shown) {
            optionLines.add(c.library().name() + v.t(" (", "（") + v.categoryLabel(c.library().category())
                    + v.t("; decision score ", "；决策评分 ") + Views.fixed(c.decision(), 2) + v.t(")", "）"));
        }
        Candidate first = shown.get(0);
        String because = v.t("it has the highest decision score, " + Views.fixed(first.decision(), 2) + " (fit "
                        + fitText(first.fit()) + ", maturity " + Views.score(first.maturity()) + ")",
                "它的决策评分最高：" + Views.fixed(first.decision(), 2) + "（适配度 " + fitText(first.fit()) + "，成熟度 "
                        + Views.score(first.maturity()) + "）")
                + (shown.size() > 1 ? v.t(", against " + others(shown) + ". ", "，对比 " + others(shown) + "。") : v.t(". ", "。"))
                + advisor.report.Recommendation.verdict(shown, robust, advisor.render.Messages.of(v.lang()));
        List<Comparison.DimensionRow> dims = Comparison.dimensions(libs, dimensionIds());
        List<Argument> consequences = new ArrayList<>();
        consequences.add(fitEvidence(first.fit()));
        consequences.addAll(leadsAndLags(first.library(), libs, dims, false));
        for (Remark r : first.library().limitations()) {
            consequences.add(new Argument(Kind.BAD, v.t("we accept its limitation: ", "我们接受它的局限：")
                    + clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
        }
        List<DecisionRecord.OptionCase> cases = new ArrayList<>();
        for (Candidate c : shown) {
            List<Argument> args = new ArrayList<>();
            args.add(fitEvidence(c.fit()));
            args.addAll(leadsAndLags(c.library(), libs, dims, true));
            args.addAll(remarks(c.library()));
            String description = v.categoryLabel(c.library().category()) + v.t("; decision score ", "；决策评分 ")
                    + Views.fixed(c.decision(), 2) + " = " + (c.fit().fit() == null
                    ? v.t("maturity alone (the source recommends it without stars)", "仅成熟度（来源推荐但未给星级）")
                    : Views.fixed(fitWeight, 2) + v.t(" × fit ", " × 适配度 ") + Views.fixed(c.fit().fit(), 2) + " + "
                    + Views.fixed(1 - fitWeight, 2) + v.t(" × maturity ", " × 成熟度 ") + Views.score(c.maturity()))
                    + v.t("; tier ", "；等级 ") + v.tierLabel(c.tier()) + v.t(".", "。");
            cases.add(new DecisionRecord.OptionCase(c.library().name(), description, args));
        }
        return new DecisionRecord(words(), title, options.status(), date.toString(), options.decisionMakers(), context,
                drivers, optionLines, first.library().name(), because, consequences, confirmation(libs), command, cases,
                moreInformation(libs, unscored.stream().map(Candidate::library).toList())).markdown();
    }

    private List<String> dimensionIds() {
        return v.catalog().dimensions().stream().map(Dimension::id).toList();
    }

    private List<String> weightDrivers(ProfileWeights profile) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> w : profile.weights().asMap().entrySet()) {
            out.add(dimensionLabel(w.getKey()) + v.t(" (weight ", "（权重 ") + Views.fixed(w.getValue(), 2) + v.t(")", "）"));
        }
        return out;
    }

    private String dimensionLabel(String id) {
        return v.catalog().dimension(id).map(d -> d.label().in(v.lang())).orElse(id);
    }

    /** A dimension's label inside a sentence: lower case in English ("leads on community activity"). */
    private String dimensionInText(String id) {
        String label = dimensionLabel(id);
        return v.lang() == Lang.EN ? label.toLowerCase(java.util.Locale.ROOT) : label;
    }

    /** {@code text} ended by exactly one full stop of the language. */
    private String sentence(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1);
        }
        return t + v.t(".", "。");
    }

    /** A source's remark after "because": its first letter lower case unless it starts a name (BERT, WebGPU), no full stop. */
    private String clause(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1);
        }
        if (v.lang() == Lang.EN && t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    /**
     * What {@code lib} leads on (Good), trails on (Bad) and ties on (Neutral) against the other options, one
     * dimension at a time; for the consequences ({@code all} false) ties are left out.
     */
    private List<Argument> leadsAndLags(Library lib, List<Library> libs, List<Comparison.DimensionRow> rows, boolean all) {
        List<Argument> good = new ArrayList<>();
        List<Argument> neutral = new ArrayList<>();
        List<Argument> bad = new ArrayList<>();
        for (Comparison.DimensionRow r : rows) {
            Double mine = r.scores().get(lib.id());
            if (mine == null || r.scores().size() < 2) {
                continue;
            }
            String dim = dimensionInText(r.dimension());
            if (lib.id().equals(r.leader())) {
                good.add(new Argument(Kind.GOOD, v.t("it leads on ", "它在") + dim + v.t(" (", "上领先（") + Views.fixed(mine, 1)
                        + v.t(" against ", "，对比 ") + runnersUp(r, lib) + v.t(")", "）")));
                continue;
            }
            double best = r.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(mine);
            if (r.leader() == null && Views.fixed(best, 1).equals(Views.fixed(mine, 1))) {
                if (all) {
                    neutral.add(new Argument(Kind.NEUTRAL, v.t("it ties for the best on ", "它在") + dim
                            + v.t(" (" + Views.fixed(mine, 1) + ")", "上并列最佳（" + Views.fixed(mine, 1) + "）")));
                }
            } else {
                String leader = r.leader() == null ? "" : v.catalog().library(r.leader()).map(Library::name).orElse(r.leader());
                bad.add(new Argument(Kind.BAD, v.t("it trails on ", "它在") + dim + v.t(" (", "上落后（") + Views.fixed(mine, 1)
                        + v.t(" against ", "，对比 ") + (leader.isEmpty() ? "" : leader + " ") + Views.fixed(best, 1) + v.t(")", "）")));
            }
        }
        List<Argument> out = new ArrayList<>(good);
        out.addAll(neutral);
        out.addAll(bad);
        return out;
    }

    /** The other options' scores on a dimension, as "Burn 4.5". */
    private String runnersUp(Comparison.DimensionRow r, Library lib) {
        List<String> out = new ArrayList<>();
        r.scores().forEach((id, s) -> {
            if (!id.equals(lib.id())) {
                out.add(v.catalog().library(id).map(Library::name).orElse(id) + " " + Views.fixed(s, 1));
            }
        });
        return String.join(v.t(", ", "，"), out);
    }

    private List<Argument> remarks(Library l) {
        List<Argument> out = new ArrayList<>();
        for (Remark r : l.strengths()) {
            out.add(new Argument(Kind.GOOD, clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
        }
        for (Remark r : l.limitations()) {
            out.add(new Argument(Kind.BAD, clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
        }
        return out;
    }

    private Argument fitArgument(ScenarioRating r) {
        String scenario = v.scenarioLabel(r.scenario());
        if (r.stars() == null) {
            return new Argument(Kind.GOOD, v.t("the source recommends it for ", "来源推荐它用于") + scenario + " (" + r.source() + ")");
        }
        Kind kind = r.stars() >= 4 ? Kind.GOOD : r.stars() == 3 ? Kind.NEUTRAL : Kind.BAD;
        return new Argument(kind, v.t("its fit for " + scenario + " is rated ", "它对 " + scenario + " 的适配度评级为 ")
                + Views.stars(r.stars()) + " (" + r.source() + ")");
    }

    /** The best evidence of fit for the scenario: a direct rating of four stars or more is Good, inferred is Neutral. */
    private Argument fitEvidence(Evidence e) {
        String reason = advisor.report.Recommendation.reason(v.catalog(), e, advisor.render.Messages.of(v.lang()));
        if (e.fit() == null) {
            return new Argument(Kind.GOOD, v.t("the source recommends it for this scenario: ", "来源推荐它用于此场景：") + reason);
        }
        if (!e.direct()) {
            return new Argument(Kind.NEUTRAL, v.t("its fit is inferred, not rated: ", "它的适配度是推断的，而非直接评级：")
                    + fitText(e) + ", " + reason);
        }
        Kind kind = e.stars() >= 4 ? Kind.GOOD : e.stars() == 3 ? Kind.NEUTRAL : Kind.BAD;
        return new Argument(kind, v.t("a source rates its fit ", "来源给出的适配度评级为 ") + Views.stars(e.stars()) + ": " + reason);
    }

    private String fitText(Evidence e) {
        return advisor.report.Recommendation.fitText(e, advisor.render.Messages.of(v.lang()));
    }

    private static String starsOrDash(Integer stars) {
        return stars == null ? "—" : Views.stars(stars);
    }

    private String maturityText(Library l, ProfileWeights profile) {
        Optional<MaturityScore> m = v.maturity(l, profile.weights());
        return m.map(s -> v.t("maturity ", "成熟度 ") + Views.score(s) + v.t(", ", "，") + v.tierLabel(v.tierOf(s.value())))
                .orElse(v.t("not scored", "未评分"));
    }

    private String description(Library l, ProfileWeights profile) {
        String text = v.categoryLabel(l.category()) + v.t("; ", "；") + maturityText(l, profile);
        Optional<MaturityScore> m = v.maturity(l, profile.weights());
        if (m.isPresent()) {
            text += m.get().basis() == MaturityScore.Basis.REPORTED
                    ? v.t(" (the source's composite; no dimension scores)", "（来源给出的综合分，无分项评分）")
                    : v.t(" (computed from " + l.evaluation().dimensions().size() + " dimension scores, profile " + profile.name() + ")",
                    "（由 " + l.evaluation().dimensions().size() + " 个维度评分按权重方案 " + profile.name() + " 计算）");
        }
        if (l.evaluation() != null && l.evaluation().reported() != null) {
            text += v.t("; the source reports ", "；来源评分 ") + Views.fixed(l.evaluation().reported().score(), 1) + v.t(" (", "（")
                    + v.tierLabel(l.evaluation().reported().tier()) + v.t(")", "）");
        }
        return text + v.t(".", "。");
    }

    /** Others' scores after the first, as "Burn 4.14, Linfa 3.20". */
    private String others(List<Candidate> ranked) {
        List<String> out = new ArrayList<>();
        for (Candidate c : ranked.subList(1, ranked.size())) {
            out.add(c.library().name() + " " + Views.fixed(c.decision(), 2));
        }
        return String.join(v.t(", ", "、"), out);
    }

    /** Others' maturity after the first, as shown: "Burn 4.14". */
    private String othersMaturity(List<Candidate> ranked) {
        List<String> out = new ArrayList<>();
        for (Candidate c : ranked.subList(1, ranked.size())) {
            out.add(c.library().name() + " " + Views.score(c.maturity()));
        }
        return String.join(v.t(", ", "、"), out);
    }

    private List<String> confirmation(List<Library> libs) {
        List<String> out = new ArrayList<>();
        out.add(v.t("Run the command below again when the catalog changes: the record holds while the chosen option stays first.",
                "目录变化时请再次运行下面的命令：只要选定方案仍排第一，本记录即成立。"));
        LocalDate due = null;
        for (Library l : libs) {
            if (l.evaluation() == null) {
                continue;
            }
            LocalDate d = v.catalog().source(l.evaluation().source()).map(s -> s.reviewDue(l.evaluation().date())).orElse(null);
            if (d != null && (due == null || d.isBefore(due))) {
                due = d;
            }
        }
        if (due != null) {
            out.add(due.isBefore(date)
                    ? v.t("Review it now: the first evaluation behind it was due for review on " + due + ".",
                    "请立即复审：其依据的评估中最早的一项已于 " + due + " 到期。")
                    : v.t("Review it by " + due + ", when the first evaluation behind it is due for review.",
                    "请在 " + due + " 前复审：届时其依据的评估中最早的一项到期。"));
        }
        return out;
    }

    /** Each option's evaluation with its date and review state on the record's date, then the sources used, then the unscored. */
    private List<String> moreInformation(List<Library> libs, List<Library> unscored) {
        List<String> out = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Library l : libs) {
            if (l.evaluation() != null) {
                sources.add(l.evaluation().source());
                Source src = v.catalog().source(l.evaluation().source()).orElse(null);
                LocalDate due = src == null ? null : src.reviewDue(l.evaluation().date());
                String text = v.t(l.name() + " was evaluated on " + l.evaluation().date() + " (" + l.evaluation().source() + ")",
                        l.name() + " 的评估日期为 " + l.evaluation().date() + "（" + l.evaluation().source() + "）");
                if (due != null) {
                    text += due.isBefore(date) ? v.t("; its review was due " + due + ", so the scores may be stale.",
                            "；应于 " + due + " 复审，已逾期，评分可能已过时。")
                            : v.t("; review due " + due + ".", "；复审日期 " + due + "。");
                } else {
                    text += v.t(".", "。");
                }
                out.add(text);
            } else {
                out.add(v.t(l.name() + " has no evaluation in the catalog.", l.name() + " 在目录中没有评估。"));
            }
            l.strengths().forEach(r -> sources.add(r.source()));
            l.limitations().forEach(r -> sources.add(r.source()));
            l.scenarios().forEach(r -> sources.add(r.source()));
        }
        for (String id : sources) {
            v.catalog().source(id).ifPresent(s -> out.add(v.t("Source ", "来源 ") + s.id() + ": " + s.title().in(v.lang()) + " ("
                    + (s.date() == null ? v.t("undated", "未注明日期") : s.date().toString()) + "; " + s.file() + ")"));
        }
        if (!unscored.isEmpty()) {
            out.add(v.t("Named by sources for this scenario but not scored, so not ranked: ", "来源提及但未评分、因此未参与排序的：")
                    + String.join(v.t(", ", "、"), unscored.stream().map(Library::name).toList()));
        }
        out.add(v.t("Written by advisor on " + date + " from its catalog.", "由 advisor 于 " + date + " 根据其目录生成。"));
        return out;
    }

    /** The options that give these weights on a command line: " --profile balanced --weight performance=10". */
    static String profileArguments(ProfileWeights p) {
        StringBuilder sb = new StringBuilder(" --profile ").append(p.base().id());
        p.overrides().forEach((dim, w) -> sb.append(" --weight ").append(dim).append('=')
                .append(advisor.model.Precision.figure(w).toPlainString()));
        return sb.toString();
    }

    private String and(List<String> names) {
        if (v.lang() == Lang.ZH) {
            return String.join("、", names);
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
