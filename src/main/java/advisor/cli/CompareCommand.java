package advisor.cli;

import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.MaturityScore;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Remark;
import advisor.model.Weights;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import advisor.scoring.Comparison;
import advisor.scoring.Facts;
import advisor.scoring.Figures;
import advisor.scoring.ProfileWeights;
import advisor.scoring.RingHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor compare A B [C...]}: side by side, with dimension leaders, dominance or trade-offs. */
@Command(name = "compare", description = "Compare two or more libraries side by side.", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Mixin
    WeightOptions weightOptions;

    @Mixin
    DecisionOptions decision;

    @Parameters(arity = "2..*", paramLabel = "LIB", description = "Two or more library ids, names or aliases.")
    List<String> names;

    CompareCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        Views v = new Views(session.catalog(), session.lang());
        List<Library> libs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            Library l = v.library(n);
            if (!seen.add(l.id())) {
                throw AdvisorException.usage("'" + n + "' names " + l.id() + " twice; compare different libraries");
            }
            libs.add(l);
        }
        ProfileWeights p = weightOptions.resolve(v, v.profile(weightOptions.profile));
        switch (session.format()) {
            case ADR -> session.printDocument(new DecisionRecords(v, decision, session.asOf()).compare(libs, p,
                    "advisor compare " + String.join(" ", libs.stream().map(Library::id).toList()) + DecisionRecords.profileArguments(p)));
            case SVG -> session.printDocument(new Charts(v).dimensions(libs));
            case HTML -> session.printDocument(new Charts(v).page(build(v, libs, p).doc(), new Charts(v).dimensions(libs)));
            default -> session.print(build(v, libs, p));
        }
        return ExitCodes.OK;
    }

    private Output build(Views v, List<Library> libs, ProfileWeights profile) {
        Weights weights = profile.weights();
        List<String> dims = v.catalog().dimensions().stream().map(Dimension::id).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schemaVersion", 1);
        Doc doc = new Doc();
        List<String> rowFields = new ArrayList<>();
        rowFields.add("aspect");
        libs.forEach(l -> rowFields.add(l.id()));
        rowFields.add("leader");
        Rows rows = new Rows("rows", rowFields);
        doc.heading(v.t("Comparison: ", "对比：") + String.join(" · ", libs.stream().map(Library::name).toList()));

        Set<String> categories = new LinkedHashSet<>();
        libs.forEach(l -> categories.add(l.category()));
        boolean crossCategory = categories.size() > 1;
        data.put("crossCategory", crossCategory);
        if (crossCategory) {
            doc.paragraph(v.t("Note: these libraries are of different categories (", "注意：这些库属于不同分类（")
                    + String.join(", ", categories.stream().map(v::categoryLabel).toList())
                    + v.t("); they may not solve the same problem.", "），未必解决同一问题。"));
        }

        // facts side by side
        List<Object> libData = new ArrayList<>();
        Doc.TableBuilder facts = header(v, libs, v.t("FACT", "项目"));
        List<String[]> factRows = new ArrayList<>();
        factRows.add(row(v.t("Category", "分类"), libs, l -> v.categoryLabel(l.category())));
        Map<String, Optional<MaturityScore>> scores = new LinkedHashMap<>();
        for (Library l : libs) {
            scores.put(l.id(), v.maturity(l, weights));
        }
        factRows.add(row(v.t("Score (" + profile.name() + ")", "评分（" + profile.name() + "）"), libs,
                l -> scores.get(l.id()).map(s -> Views.score(s) + (s.basis() == MaturityScore.Basis.REPORTED ? " r" : ""))
                        .orElse(v.t("not scored", "未评分"))));
        factRows.add(row(v.t("Tier", "等级"), libs, l -> v.tierLabel(scores.get(l.id()).map(s -> v.tierOf(s.value())).orElse(null))));
        factRows.add(row(v.t("Reported", "来源评分"), libs, l -> l.evaluation() == null || l.evaluation().reported() == null ? "—"
                : Views.fixed(l.evaluation().reported().score(), 1) + " · " + v.tierLabel(l.evaluation().reported().tier())));
        // the ring row (issue 12) only when one of the libraries has a ring: a ring is a team's judgement, not a score
        if (libs.stream().anyMatch(l -> RingHistory.latest(v.catalog(), l).isPresent())) {
            factRows.add(row(advisor.render.Messages.of(v.lang()).text("show.ring"), libs, l -> RingHistory.latest(v.catalog(), l)
                    .map(x -> x.ring().label().in(v.lang()) + (x.date() == null ? "" : " (" + x.date() + ")")).orElse("—")));
        }
        Facts f = v.facts();
        for (String key : List.of("version", "first-release", "stars", "production-use")) {
            if (libs.stream().anyMatch(l -> f.current(l, key) != null)) {
                factRows.add(row(v.factLabel(key), libs, l -> {
                    var fact = f.current(l, key);
                    return fact == null ? "—" : fact.display(v.lang()) + " (" + fact.source() + ")";
                }));
            }
        }
        factRows.forEach(r -> {
            facts.row(r);
            Object[] values = new Object[r.length + 1];
            System.arraycopy(r, 0, values, 0, r.length);
            rows.add(values);
        });
        doc.table(facts.build());
        for (Library l : libs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("name", l.name());
            m.put("category", l.category());
            Optional<MaturityScore> s = scores.get(l.id());
            m.put("score", s.map(x -> (Object) Views.number(x.value(), 2)).orElse(null));
            m.put("scoreBasis", s.map(x -> x.basis().id()).orElse(null));
            m.put("tier", s.map(x -> v.tierOf(x.value()).id()).orElse(null));
            m.put("ring", RingHistory.latest(v.catalog(), l).map(x -> x.ring().id()).orElse(null));
            Map<String, Object> reported = null;
            if (l.evaluation() != null && l.evaluation().reported() != null) {
                reported = new LinkedHashMap<>();
                reported.put("score", Views.number(l.evaluation().reported().score(), 1));
                reported.put("tier", l.evaluation().reported().tier());
            }
            m.put("reported", reported);
            Map<String, Object> factMap = new LinkedHashMap<>();
            f.current(l).forEach((k, d) -> factMap.put(k, d.fact().display(v.lang())));
            m.put("facts", factMap);
            Map<String, Object> perProfile = new LinkedHashMap<>();
            for (Profile pr : v.catalog().profiles()) {
                perProfile.put(pr.id(), v.maturity(l, v.weights(pr)).map(x -> (Object) Views.number(x.value(), 2)).orElse(null));
            }
            m.put("maturityByProfile", perProfile);
            m.put("strengths", l.strengths().stream().map(r -> r.text().in(v.lang())).toList());
            m.put("limitations", l.limitations().stream().map(r -> r.text().in(v.lang())).toList());
            libData.add(m);
        }
        data.put("profile", profile.base().id());
        data.put("weightOverrides", Views.overrideData(profile));
        data.put("libraries", libData);

        // dimensions with leaders
        List<Comparison.DimensionRow> dimRows = Comparison.dimensions(libs, dims);
        List<Object> dimData = new ArrayList<>();
        Doc.TableBuilder dimTable = header(v, libs, v.t("DIMENSION", "维度"));
        dimTable.column(v.t("LEADER", "领先")).numberColumn(v.t("MARGIN", "差距"));
        boolean anyDims = false;
        for (Comparison.DimensionRow r : dimRows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.dimension());
            Map<String, Object> sc = new LinkedHashMap<>();
            for (Library l : libs) {
                Double s = r.scores().get(l.id());
                sc.put(l.id(), s == null ? null : Views.number(s, 1));
            }
            m.put("scores", sc);
            m.put("leader", r.leader());
            m.put("margin", Views.number(r.margin(), 1));
            dimData.add(m);
            if (!r.scores().isEmpty()) {
                anyDims = true;
            }
            List<String> cells = new ArrayList<>();
            cells.add(v.catalog().dimension(r.dimension()).map(d -> d.label().in(v.lang())).orElse(r.dimension()));
            for (Library l : libs) {
                Double s = r.scores().get(l.id());
                String text = s == null ? "—" : Views.fixed(s, 1);
                if (l.id().equals(r.leader())) {
                    text = "▲ " + text;
                }
                cells.add(text);
            }
            cells.add(r.leader() == null ? (r.scores().size() >= 2 ? v.t("tie", "持平") : "—")
                    : v.catalog().library(r.leader()).map(Library::name).orElse(r.leader()));
            cells.add(r.leader() == null ? "" : Views.fixed(r.margin(), 1));
            dimTable.row(cells.toArray(String[]::new));
            Object[] values = new Object[libs.size() + 2];
            values[0] = cells.get(0);
            for (int i = 0; i < libs.size(); i++) {
                Double s = r.scores().get(libs.get(i).id());
                values[i + 1] = s == null ? null : Views.number(s, 1);
            }
            values[libs.size() + 1] = r.leader() == null ? (r.scores().size() >= 2 ? v.t("tie", "持平") : null) : r.leader();
            rows.add(values);
        }
        data.put("dimensions", dimData);
        if (anyDims) {
            doc.heading(v.t("Maturity dimensions (▲ leader)", "成熟度维度（▲ 领先）"));
            doc.table(dimTable.build());
        }

        // maturity per profile
        Doc.TableBuilder profTable = header(v, libs, v.t("PROFILE", "权重方案"));
        for (Profile pr : v.catalog().profiles()) {
            Weights w = v.weights(pr);
            profTable.row(row(pr.id(), libs, l -> v.maturity(l, w).map(Views::score).orElse("—")));
        }
        doc.heading(v.t("Maturity by profile", "各权重方案下的成熟度"));
        doc.table(profTable.build());

        // dominance and trade-offs
        List<Object> pairData = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Comparison.Pair pair : Comparison.pairs(libs, dims)) {
            String a = name(v, pair.a());
            String b = name(v, pair.b());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", pair.a());
            m.put("b", pair.b());
            m.put("aLeads", pair.aLeads());
            m.put("bLeads", pair.bLeads());
            m.put("ties", pair.ties());
            String dominates = pair.aDominates() ? pair.a() : pair.bDominates() ? pair.b() : null;
            m.put("dominates", dominates);
            String sentence;
            if (pair.aLeads().isEmpty() && pair.bLeads().isEmpty()) {
                sentence = v.t(a + " and " + b + " score the same on every dimension.", a + " 与 " + b + " 在各维度评分相同。");
            } else if (dominates != null) {
                String winner = pair.aDominates() ? a : b;
                String loser = pair.aDominates() ? b : a;
                List<String> leads = pair.aDominates() ? pair.aLeads() : pair.bLeads();
                sentence = v.t(winner + " dominates " + loser + ": at least as good on every dimension and better on "
                                + dims(v, leads) + ".",
                        winner + " 全面优于 " + loser + "：每个维度都不差，且在" + dims(v, leads) + "上更好。");
            } else {
                sentence = v.t(a + " leads on " + dims(v, pair.aLeads()) + "; " + b + " on " + dims(v, pair.bLeads())
                                + (pair.ties().isEmpty() ? "." : "; they tie on the rest."),
                        a + " 在" + dims(v, pair.aLeads()) + "上领先；" + b + " 在" + dims(v, pair.bLeads()) + "上领先"
                                + (pair.ties().isEmpty() ? "。" : "；其余持平。"));
            }
            m.put("summary", sentence);
            pairData.add(m);
            sentences.add(sentence);
        }
        data.put("pairs", pairData);
        List<String> unscoredNames = libs.stream().filter(l -> l.evaluation() == null || l.evaluation().dimensions().isEmpty())
                .map(Library::name).toList();
        if (!unscoredNames.isEmpty()) {
            sentences.add(v.t("No dimension scores for " + String.join(", ", unscoredNames) + ", so no dominance can be judged for "
                            + (unscoredNames.size() == 1 ? "it." : "them."),
                    String.join("、", unscoredNames) + " 没有分项评分，无法判断优劣关系。"));
        }
        doc.heading(v.t("Verdict", "结论"));
        sentences.forEach(doc::paragraph);

        // scenarios
        List<Comparison.ScenarioRow> scenRows = Comparison.scenarios(libs);
        List<Object> scenData = new ArrayList<>();
        Doc.TableBuilder scenTable = header(v, libs, v.t("SCENARIO", "场景"));
        scenTable.column(v.t("VERDICT", "结论"));
        for (Comparison.ScenarioRow r : scenRows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.scenario());
            m.put("label", v.scenarioLabel(r.scenario()));
            Map<String, Object> stars = new LinkedHashMap<>();
            r.stars().forEach(stars::put);
            m.put("stars", stars);
            m.put("shared", r.shared());
            m.put("leader", r.leader());
            String verdict = !r.shared() ? v.t("rated for one side only", "仅一方有评级")
                    : r.leader() == null ? v.t("equal fit", "适配度相同")
                    : v.t(name(v, r.leader()) + " fits better", name(v, r.leader()) + " 更适合");
            m.put("verdict", verdict);
            scenData.add(m);
            List<String> cells = new ArrayList<>();
            cells.add(v.scenarioLabel(r.scenario()));
            for (Library l : libs) {
                Integer s = r.stars().get(l.id());
                boolean rated = l.scenarios().stream().anyMatch(x -> x.scenario().equals(r.scenario()));
                cells.add(s != null ? Views.stars(s) : rated ? v.t("recommended", "推荐") : "—");
            }
            cells.add(verdict);
            scenTable.row(cells.toArray(String[]::new));
            Object[] values = new Object[libs.size() + 2];
            values[0] = cells.get(0);
            for (int i = 0; i < libs.size(); i++) {
                values[i + 1] = cells.get(i + 1);
            }
            values[libs.size() + 1] = verdict;
            rows.add(values);
        }
        data.put("scenarios", scenData);
        if (!scenRows.isEmpty()) {
            doc.heading(v.t("Scenario fit", "场景适配"));
            doc.table(scenTable.build());
        }

        // strengths, limitations, measurements
        for (Library l : libs) {
            List<Block.Field> fields = new ArrayList<>();
            for (Remark r : l.strengths()) {
                fields.add(new Block.Field("+", r.text().in(v.lang()) + " (" + r.source() + ")"));
            }
            for (Remark r : l.limitations()) {
                fields.add(new Block.Field("−", r.text().in(v.lang()) + " (" + r.source() + ")"));
            }
            for (Measurement m : l.measurements()) {
                if (Figures.besideAFigure(l, m)) {
                    continue;
                }
                List<String> baselines = Figures.baselinesOf(l, m).stream().map(advisor.report.Texts::measured).toList();
                fields.add(new Block.Field("#", m.metric().in(v.lang()) + ": " + advisor.report.Texts.measured(m)
                        + (baselines.isEmpty() ? "" : v.t(" (baseline ", "（基线 ") + String.join("; ", baselines)
                        + v.t(")", "）"))
                        + (m.isBaseline() ? v.t(" (a baseline)", "（基线）") : "")
                        + (m.conditions().isEmpty() ? "" : " [" + String.join("; ", m.conditions().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).toList()) + "]") + " (" + m.source() + ")"));
            }
            if (!fields.isEmpty()) {
                doc.heading(l.name() + v.t(": strengths (+), limitations (−), measured figures (#)",
                        "：优势（+）、局限（−）、实测数据（#）"));
                doc.fields(fields);
            }
        }
        worksWith(v, libs, data, doc);
        return new Output(data, doc, rows);
    }

    /**
     * What the sources say the compared libraries work with (issue 14): relations between two of them first,
     * then each one's relations with other libraries.
     */
    private static void worksWith(Views v, List<Library> libs, Map<String, Object> data, Doc doc) {
        List<String> ids = libs.stream().map(Library::id).toList();
        List<advisor.model.Integration> between = new ArrayList<>();
        List<advisor.model.Integration> outside = new ArrayList<>();
        for (advisor.model.Integration g : v.catalog().integrations()) {
            boolean a = ids.contains(g.library());
            boolean b = ids.contains(g.with());
            if (a && b) {
                between.add(g);
            } else if (a || b) {
                outside.add(g);
            }
        }
        StackView view = new StackView(v);
        List<Object> list = new ArrayList<>();
        Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("BETWEEN", "范围")).column(v.t("RELATION", "关系"))
                .column(v.t("NOTE", "说明")).column(v.t("SOURCE", "来源"));
        for (advisor.model.Integration g : between) {
            Map<String, Object> m = view.integrationData(g);
            m.put("between", true);
            list.add(m);
            table.row(v.t("compared", "对比对象之间"), view.relationText(g), g.note().in(v.lang()), g.source());
        }
        for (advisor.model.Integration g : outside) {
            Map<String, Object> m = view.integrationData(g);
            m.put("between", false);
            list.add(m);
            table.row(v.t("other", "其他库"), view.relationText(g), g.note().in(v.lang()), g.source());
        }
        data.put("worksWith", list);
        if (!table.isEmpty()) {
            doc.heading(v.t("Works with", "协同"));
            doc.table(table.build());
        }
    }

    private static Doc.TableBuilder header(Views v, List<Library> libs, String first) {
        Doc.TableBuilder t = new Doc.TableBuilder().column(first);
        for (Library l : libs) {
            t.column(l.name());
        }
        return t;
    }

    private static String[] row(String label, List<Library> libs, java.util.function.Function<Library, String> cell) {
        String[] cells = new String[libs.size() + 1];
        cells[0] = label;
        for (int i = 0; i < libs.size(); i++) {
            cells[i + 1] = cell.apply(libs.get(i));
        }
        return cells;
    }

    private static String name(Views v, String id) {
        return v.catalog().library(id).map(Library::name).orElse(id);
    }

    private static String dims(Views v, List<String> ids) {
        List<String> labels = ids.stream()
                .map(id -> v.catalog().dimension(id).map(d -> d.label().in(v.lang()).toLowerCase(java.util.Locale.ROOT)).orElse(id))
                .toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        if (v.lang() == advisor.model.Lang.ZH) {
            return String.join("、", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
