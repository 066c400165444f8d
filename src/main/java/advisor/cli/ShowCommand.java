package advisor.cli;

import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Remark;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Block;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import advisor.scoring.Facts;
import advisor.scoring.Figures;
import advisor.scoring.MaturityScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code advisor show LIB}: everything the catalog knows about one library, with its sources. */
@Command(name = "show", description = "Show everything known about one library.", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "LIB", description = "Library id, name or alias (case-insensitive).")
    String name;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "balanced",
            description = "Weight profile for the computed score (default: ${DEFAULT-VALUE}).")
    String profile;

    ShowCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        Views v = new Views(session.catalog(), session.lang());
        Library lib = v.library(name);
        Profile p = v.profile(profile);
        session.print(new LibraryView(v, lib, p, env.today().get()).output());
        return ExitCodes.OK;
    }

    /** Builds the data and the document for one library. */
    static final class LibraryView {
        private final Views v;
        private final Library lib;
        private final Profile profile;
        private final LocalDate today;
        private final Lang lang;
        private final Set<String> sourcesUsed = new LinkedHashSet<>();
        private final Rows rows = new Rows("items", List.of("section", "item", "value", "detail", "source"));

        LibraryView(Views v, Library lib, Profile profile, LocalDate today) {
            this.v = v;
            this.lib = lib;
            this.profile = profile;
            this.today = today;
            this.lang = v.lang();
        }

        Output output() {
            Map<String, Object> m = new LinkedHashMap<>();
            Doc doc = new Doc();
            doc.heading(lib.name() + " (" + lib.id() + ") · " + v.categoryLabel(lib.category()));
            doc.paragraph(lib.summary().in(lang));
            m.put("id", lib.id());
            m.put("name", lib.name());
            m.put("aliases", lib.aliases());
            m.put("category", lib.category());
            m.put("repository", lib.repository());
            m.put("summary", lib.summary().in(lang));
            rows.add("library", "id", lib.id(), null, null);
            rows.add("library", "name", lib.name(), null, null);
            rows.add("library", "category", lib.category(), v.categoryLabel(lib.category()), null);
            rows.add("library", "summary", lib.summary().in(lang), null, null);
            List<Block.Field> fields = new ArrayList<>();
            if (!lib.aliases().isEmpty()) {
                fields.add(new Block.Field(v.t("Aliases", "别名"), String.join(", ", lib.aliases())));
            }
            if (lib.repository() != null) {
                fields.add(new Block.Field(v.t("Repository", "仓库"), lib.repository()));
            }
            scores(m, fields);
            doc.fields(fields);
            dimensions(m, doc);
            facts(m, doc);
            scenarios(m, doc);
            remarks(m, doc, "strengths", v.t("Strengths", "优势"), lib.strengths());
            remarks(m, doc, "limitations", v.t("Limitations", "局限"), lib.limitations());
            measurements(m, doc);
            trends(m, doc);
            remarks(m, doc, "notes", v.t("Notes", "备注"), lib.notes());
            sources(m, doc);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("schemaVersion", 1);
            data.put("library", m);
            return new Output(data, doc, rows);
        }

        private void scores(Map<String, Object> m, List<Block.Field> fields) {
            Evaluation e = lib.evaluation();
            Optional<MaturityScore> score = v.maturity(lib, v.weights(profile));
            Tier tier = score.map(s -> v.tierOf(s.value())).orElse(null);
            m.put("scored", score.isPresent());
            m.put("score", score.map(s -> (Object) Views.number(s.value(), 2)).orElse(null));
            m.put("scoreBasis", score.map(s -> s.basis().id()).orElse(null));
            m.put("profile", profile.id());
            m.put("tier", tier == null ? null : tier.id());
            Map<String, Object> reported = null;
            List<String> disagreements = new ArrayList<>();
            if (e != null && e.reported() != null) {
                reported = new LinkedHashMap<>();
                reported.put("score", Views.number(e.reported().score(), 1));
                reported.put("tier", e.reported().tier());
                reported.put("source", e.reported() == null ? null : e.source());
                sourcesUsed.add(e.source());
            }
            Map<String, Object> computed = null;
            if (e != null && !e.dimensions().isEmpty()) {
                MaturityScore balanced = v.maturity(lib, v.weights(v.catalog().profile("balanced").orElse(profile)))
                        .orElseThrow();
                Tier balancedTier = v.tierOf(balanced.value());
                computed = new LinkedHashMap<>();
                computed.put("score", Views.number(balanced.value(), 2));
                computed.put("tier", balancedTier == null ? null : balancedTier.id());
                computed.put("profile", "balanced");
                if (e.reported() != null) {
                    if (Math.abs(balanced.value() - e.reported().score()) > 0.05 + 1e-9) {
                        disagreements.add(v.t("the source reports " + Views.fixed(e.reported().score(), 1)
                                        + ", but the mean of its dimension scores is " + Views.fixed(balanced.value(), 2),
                                "来源给出的综合分为 " + Views.fixed(e.reported().score(), 1) + "，但各维度评分的平均值为 "
                                        + Views.fixed(balanced.value(), 2)));
                    }
                    if (balancedTier != null && !balancedTier.id().equals(e.reported().tier())) {
                        disagreements.add(v.t("the source's tier is " + v.tierLabel(e.reported().tier())
                                        + ", the computed score gives " + v.tierLabel(balancedTier),
                                "来源给出的等级为 " + v.tierLabel(e.reported().tier()) + "，按计算分应为 "
                                        + v.tierLabel(balancedTier)));
                    }
                }
            }
            rows.add("score", "score", score.map(s -> (Object) Views.number(s.value(), 2)).orElse(null),
                    score.map(s -> s.basis().id()).orElse("not scored"), e == null ? null : e.source());
            rows.add("score", "tier", tier == null ? null : tier.id(), null, null);
            if (reported != null) {
                rows.add("score", "reported", reported.get("score"), reported.get("tier"), e.source());
            }
            m.put("reported", reported);
            m.put("computed", computed);
            m.put("scoreDisagreements", disagreements);
            if (score.isEmpty()) {
                fields.add(new Block.Field(v.t("Score", "评分"), v.t("not scored: no source gives this library scores",
                        "未评分：没有来源为该库打分")));
            } else {
                String basis = score.get().basis() == MaturityScore.Basis.REPORTED
                        ? v.t("reported composite (the source gives no dimension scores)", "来源给出的综合分（无分项评分）")
                        : v.t("computed, profile " + profile.id(), "计算得出，权重方案 " + profile.id());
                fields.add(new Block.Field(v.t("Score", "评分"), Views.score(score.get()) + "  (" + basis + ")"));
                fields.add(new Block.Field(v.t("Tier", "等级"), v.tierLabel(tier)));
            }
            if (e != null && e.reported() != null && computed != null) {
                fields.add(new Block.Field(v.t("Reported", "来源评分"), Views.fixed(e.reported().score(), 1) + " · "
                        + v.tierLabel(e.reported().tier()) + "  (" + e.source() + ")"));
                fields.add(new Block.Field(v.t("Computed", "计算评分"), computed.get("score") + " · "
                        + v.tierLabel((String) computed.get("tier")) + "  (balanced)"));
            }
            for (String d : disagreements) {
                fields.add(new Block.Field(v.t("Disagreement", "不一致"), d));
            }
            if (e != null) {
                Map<String, Object> evaluated = new LinkedHashMap<>();
                evaluated.put("source", e.source());
                evaluated.put("date", e.date().toString());
                Source src = v.catalog().source(e.source()).orElse(null);
                LocalDate due = src == null ? null : src.reviewDue(e.date());
                evaluated.put("reviewDue", due == null ? null : due.toString());
                evaluated.put("reviewOverdue", due != null && due.isBefore(today));
                m.put("evaluated", evaluated);
                String text = e.date() + " (" + e.source() + ")";
                if (due != null) {
                    text += due.isBefore(today) ? v.t("; review was due " + due, "；应于 " + due + " 复审，已逾期")
                            : v.t("; review due " + due, "；复审日期 " + due);
                }
                fields.add(new Block.Field(v.t("Evaluated", "评估日期"), text));
            } else {
                m.put("evaluated", null);
            }
        }

        private void dimensions(Map<String, Object> m, Doc doc) {
            List<Object> list = new ArrayList<>();
            Evaluation e = lib.evaluation();
            Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("DIMENSION", "维度"))
                    .numberColumn(v.t("SCORE", "评分")).column(v.t("NOTE", "说明"));
            if (e != null) {
                for (Dimension d : v.catalog().dimensions()) {
                    DimensionScore s = e.dimensions().get(d.id());
                    if (s == null) {
                        continue;
                    }
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("id", d.id());
                    dm.put("label", d.label().in(lang));
                    dm.put("score", Views.number(s.score(), 1));
                    dm.put("note", s.note() == null ? null : s.note().in(lang));
                    list.add(dm);
                    table.row(d.label().in(lang), Views.fixed(s.score(), 1), s.note() == null ? "" : s.note().in(lang));
                    rows.add("dimension", d.id(), Views.number(s.score(), 1), s.note() == null ? null : s.note().in(lang), e.source());
                }
            }
            m.put("dimensions", list);
            if (!table.isEmpty()) {
                doc.heading(v.t("Maturity dimensions (0-5, source " + e.source() + ")",
                        "成熟度维度（0-5，来源 " + e.source() + "）"));
                doc.table(table.build());
            }
        }

        private void facts(Map<String, Object> m, Doc doc) {
            Facts facts = v.facts();
            List<Object> current = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("FACT", "事实")).column(v.t("VALUE", "值"))
                    .column(v.t("AS OF", "时间")).column(v.t("SOURCE", "来源"));
            facts.current(lib).forEach((key, d) -> {
                current.add(factData(d));
                rows.add("fact", key, d.fact().display(lang), d.date().isEmpty() ? null : d.date(), d.fact().source());
                table.row(v.factLabel(key), d.fact().display(lang), d.date().isEmpty() ? v.t("undated", "未注明") : d.date(),
                        d.fact().source());
                sourcesUsed.add(d.fact().source());
            });
            m.put("facts", current);
            if (!table.isEmpty()) {
                doc.heading(v.t("Facts (newest)", "基本信息（最新）"));
                doc.table(table.build());
            }
            List<Object> history = new ArrayList<>();
            Doc.TableBuilder historyTable = new Doc.TableBuilder().column(v.t("AS OF", "时间")).column(v.t("FACT", "事实"))
                    .column(v.t("VALUE", "值")).column(v.t("SOURCE", "来源"));
            facts.byKey(lib).forEach((key, list) -> {
                if (list.size() > 1) {
                    for (Facts.Dated d : list) {
                        history.add(factData(d));
                        historyTable.row(d.date().isEmpty() ? v.t("undated", "未注明") : d.date(), v.factLabel(key),
                                d.fact().display(lang), d.fact().source());
                        sourcesUsed.add(d.fact().source());
                    }
                }
            });
            m.put("history", history);
            if (!historyTable.isEmpty()) {
                doc.heading(v.t("History", "历史"));
                doc.table(historyTable.build());
            }
            List<Object> conflicts = new ArrayList<>();
            List<Block.Field> conflictFields = new ArrayList<>();
            for (Facts.Disagreement d : facts.disagreements(lib)) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("kind", "fact");
                cm.put("key", d.key());
                List<Object> values = new ArrayList<>();
                List<String> parts = new ArrayList<>();
                for (Facts.Dated f : d.facts()) {
                    values.add(factData(f));
                    parts.add(f.fact().display(lang) + " (" + f.fact().source()
                            + (f.date().isEmpty() ? "" : ", " + f.date()) + ")");
                }
                cm.put("facts", values);
                conflicts.add(cm);
                conflictFields.add(new Block.Field(v.factLabel(d.key()), String.join(v.t(" vs ", " 对比 "), parts)));
            }
            for (Figures.Disagreement d : Figures.disagreements(lib)) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("kind", "measurement");
                cm.put("key", d.first().metric().in(lang));
                cm.put("unit", d.unit());
                List<String> parts = new ArrayList<>();
                for (Measurement x : d.figures()) {
                    parts.add(figureText(x) + " (" + x.source() + (x.conditions().isEmpty() ? "" : "; "
                            + String.join("; ", x.conditions().entrySet().stream()
                            .map(c -> c.getKey() + ": " + c.getValue()).toList())) + ")");
                    sourcesUsed.add(x.source());
                }
                cm.put("measurements", d.figures().stream().map(this::measurementData).toList());
                conflicts.add(cm);
                conflictFields.add(new Block.Field(d.first().metric().in(lang), String.join(v.t(" vs ", " 对比 "), parts)));
            }
            m.put("sourceDisagreements", conflicts);
            if (!conflictFields.isEmpty()) {
                doc.heading(v.t("Sources disagree", "来源之间不一致"));
                doc.fields(conflictFields);
            }
        }

        private Map<String, Object> factData(Facts.Dated d) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("key", d.fact().key());
            fm.put("value", d.fact().display(lang));
            fm.put("asOf", d.date().isEmpty() ? null : d.date());
            fm.put("source", d.fact().source());
            return fm;
        }

        private void scenarios(Map<String, Object> m, Doc doc) {
            List<Object> list = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("SCENARIO", "场景")).column(v.t("FIT", "适配度"))
                    .column(v.t("NOTE", "说明")).column(v.t("SOURCE", "来源"));
            for (ScenarioRating r : lib.scenarios()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", r.scenario());
                sm.put("label", v.scenarioLabel(r.scenario()));
                sm.put("stars", r.stars());
                sm.put("note", r.note() == null ? null : r.note().in(lang));
                sm.put("source", r.source());
                rows.add("scenario", r.scenario(), r.stars(), r.note() == null ? null : r.note().in(lang), r.source());
                list.add(sm);
                sourcesUsed.add(r.source());
                table.row(v.scenarioLabel(r.scenario()), r.stars() == null ? v.t("recommended", "推荐") : Views.stars(r.stars()),
                        r.note() == null ? "" : r.note().in(lang), r.source());
            }
            m.put("scenarios", list);
            if (!table.isEmpty()) {
                doc.heading(v.t("Scenario fit", "场景适配"));
                doc.table(table.build());
            }
        }

        private void remarks(Map<String, Object> m, Doc doc, String key, String heading, List<Remark> remarks) {
            List<Object> list = new ArrayList<>();
            if (!remarks.isEmpty()) {
                doc.heading(heading);
            }
            for (Remark r : remarks) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("text", r.text().in(lang));
                rm.put("source", r.source());
                rows.add(key, null, r.text().in(lang), null, r.source());
                list.add(rm);
                sourcesUsed.add(r.source());
                doc.bullet(r.text().in(lang) + "  (" + r.source() + ")");
            }
            m.put(key, list);
        }

        private void measurements(Map<String, Object> m, Doc doc) {
            List<Object> list = new ArrayList<>();
            List<Measurement> all = lib.measurements();
            boolean anyBaseline = all.stream().anyMatch(x -> all.stream().anyMatch(x::comparesWith));
            Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("METRIC", "指标")).numberColumn(v.t("VALUE", "数值"));
            if (anyBaseline) {
                table.numberColumn(v.t("BASELINE", "基线"));
            }
            table.column(v.t("CONDITIONS", "条件")).column(v.t("SOURCE", "来源"));
            for (Measurement x : all) {
                Map<String, Object> mm = measurementData(x);
                List<Measurement> baselines = Figures.baselinesOf(lib, x);
                if (!x.isBaseline()) {
                    mm.put("baselines", baselines.stream().map(this::measurementData).toList());
                }
                rows.add(x.isBaseline() ? "baseline" : "measurement", x.metric().in(lang), figureText(x), String.join("; ",
                        x.conditions().entrySet().stream().map(c -> c.getKey() + ": " + c.getValue()).toList()), x.source());
                list.add(mm);
                sourcesUsed.add(x.source());
                boolean shownBeside = Figures.besideAFigure(lib, x);
                if (shownBeside) {
                    continue;
                }
                List<String> conditions = new ArrayList<>();
                x.conditions().forEach((k, val) -> conditions.add(k + ": " + val));
                if (x.note() != null) {
                    conditions.add(x.note().in(lang));
                }
                List<String> cells = new ArrayList<>(List.of(x.metric().in(lang), figureText(x)));
                if (anyBaseline) {
                    List<String> beside = new ArrayList<>();
                    for (Measurement b : baselines) {
                        String text = figureText(b);
                        if (baselines.size() > 1) {
                            text += " (" + b.conditions().get("baseline") + ")";
                        }
                        if (b.note() != null) {
                            conditions.add(b.note().in(lang));
                        }
                        beside.add(text);
                    }
                    cells.add(x.isBaseline() ? v.t("(a baseline)", "（基线）") : String.join("; ", beside));
                }
                cells.add(String.join("; ", conditions));
                cells.add(x.source());
                table.row(cells.toArray(String[]::new));
            }
            m.put("measurements", list);
            if (!table.isEmpty()) {
                doc.heading(v.t("Measured figures", "实测数据"));
                doc.table(table.build());
            }
        }

        private Map<String, Object> measurementData(Measurement x) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("metric", x.metric().in(lang));
            mm.put("role", x.isBaseline() ? Measurement.BASELINE : "figure");
            mm.put("value", Views.figure(x.value()));
            mm.put("valueMax", x.valueMax() == null ? null : Views.figure(x.valueMax()));
            mm.put("qualifier", x.qualifier());
            mm.put("unit", x.unit());
            mm.put("conditions", x.conditions());
            mm.put("note", x.note() == null ? null : x.note().in(lang));
            mm.put("source", x.source());
            return mm;
        }

        static String figureText(Measurement x) {
            String prefix = x.qualifier() == null ? "" : switch (x.qualifier()) {
                case "about" -> "~";
                case "at-most" -> "≤";
                case "at-least" -> "≥";
                case "less-than" -> "<";
                case "more-than" -> ">";
                default -> "";
            };
            String value = Views.figure(x.value()).toPlainString();
            if (x.valueMax() != null) {
                value += "-" + Views.figure(x.valueMax()).toPlainString();
            }
            return prefix + value + " " + x.unit();
        }

        private void trends(Map<String, Object> m, Doc doc) {
            List<Object> list = new ArrayList<>();
            List<Block.Field> fields = new ArrayList<>();
            for (Trend t : v.catalog().trendsOf(lib.id())) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("id", t.id());
                tm.put("label", t.label().in(lang));
                tm.put("impact", t.impact());
                tm.put("advice", t.advice().in(lang));
                rows.add("trend", t.id(), t.impact(), t.advice().in(lang), t.source());
                list.add(tm);
                sourcesUsed.add(t.source());
                fields.add(new Block.Field(t.label().in(lang), Views.stars(t.impact()) + " · " + t.advice().in(lang)));
            }
            m.put("trends", list);
            if (!fields.isEmpty()) {
                doc.heading(v.t("Trends", "趋势"));
                doc.fields(fields);
            }
        }

        private void sources(Map<String, Object> m, Doc doc) {
            List<Object> list = new ArrayList<>();
            List<Block.Field> fields = new ArrayList<>();
            for (String id : sourcesUsed) {
                Source s = v.catalog().source(id).orElse(null);
                if (s == null) {
                    continue;
                }
                list.add(v.sourceData(s));
                fields.add(new Block.Field(id, s.title().in(lang) + " (" + (s.date() == null ? v.t("undated", "未注明日期")
                        : s.date().toString()) + "; " + s.file() + ")"));
            }
            m.put("sources", list);
            if (!fields.isEmpty()) {
                doc.heading(v.t("Sources", "来源"));
                doc.fields(fields);
            }
        }
    }
}
