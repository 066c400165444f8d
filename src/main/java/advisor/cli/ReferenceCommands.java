package advisor.cli;

import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.model.Trend;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import advisor.scoring.MaturityScore;
import advisor.scoring.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** The reference listings: dimensions, scenarios, categories, profiles, trends and sources. */
final class ReferenceCommands {
    private ReferenceCommands() {
    }

    /** Shared plumbing: load, build, print. */
    abstract static class Listing implements Callable<Integer> {
        private final Env env;

        /** The root command's common options, handed over by {@link Main}. */
        CommonOptions common;

        Listing(Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Session session = new Session(env, common);
            session.format();
            Views v = new Views(session.catalog(), session.lang());
            session.print(build(v));
            return ExitCodes.OK;
        }

        abstract Output build(Views v);

        /** The output of a listing: {@code items} under {@code key}, flattened to rows of {@code fields}. */
        static Output output(String key, List<Object> items, List<String> fields, Doc doc) {
            return new Output(wrap(key, items), doc, Rows.flatten(key, fields, items));
        }

        static Map<String, Object> wrap(String key, List<Object> items) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("schemaVersion", 1);
            data.put(key, items);
            return data;
        }
    }

    @Command(name = "dimensions", description = "List the maturity dimensions.", mixinStandardHelpOptions = true)
    static final class Dimensions extends Listing {
        Dimensions(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column("ID").column(v.t("DIMENSION", "维度"))
                    .column(v.t("WHAT IT MEASURES", "衡量内容"));
            for (Dimension d : v.catalog().dimensions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("label", d.label().in(v.lang()));
                m.put("description", d.description().in(v.lang()));
                items.add(m);
                table.row(d.id(), d.label().in(v.lang()), d.description().in(v.lang()));
            }
            return output("dimensions", items, List.of("id", "label", "description"), new Doc().table(table.build()));
        }
    }

    @Command(name = "scenarios", description = "List the scenario taxonomy.", mixinStandardHelpOptions = true)
    static final class Scenarios extends Listing {
        Scenarios(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column("ID").column(v.t("SCENARIO", "场景"))
                    .numberColumn(v.t("RATED", "直接评级")).column(v.t("ALIASES", "别名")).column(v.t("RELATED", "相关场景"));
            for (Scenario s : v.catalog().scenarios()) {
                long rated = v.catalog().libraries().stream()
                        .filter(l -> l.scenarios().stream().anyMatch(r -> r.scenario().equals(s.id()))).count();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("label", s.label().in(v.lang()));
                Map<String, Object> labels = new LinkedHashMap<>();
                labels.put("en", s.label().en());
                labels.put("zh", s.label().zh());
                m.put("labels", labels);
                m.put("aliases", s.aliases());
                List<Object> related = new ArrayList<>();
                for (Scenario.Related r : s.related()) {
                    Map<String, Object> rm = new LinkedHashMap<>();
                    rm.put("id", r.scenario());
                    rm.put("strength", Views.figure(r.strength()));
                    related.add(rm);
                }
                m.put("related", related);
                m.put("libraries", rated);
                items.add(m);
                String alt = v.lang() == advisor.model.Lang.ZH ? s.label().en() : s.label().zh();
                List<String> aliases = new ArrayList<>();
                aliases.add(alt);
                aliases.addAll(s.aliases());
                table.row(s.id(), s.label().in(v.lang()), String.valueOf(rated), String.join(", ", aliases),
                        s.related().stream().map(r -> r.scenario() + " ×" + Views.figure(r.strength()).toPlainString())
                                .collect(Collectors.joining(", ")));
            }
            return output("scenarios", items, List.of("id", "label", "labels", "aliases", "related", "libraries"), new Doc().table(table.build()));
        }
    }

    @Command(name = "categories", description = "List the library categories.", mixinStandardHelpOptions = true)
    static final class Categories extends Listing {
        Categories(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column("ID").column(v.t("CATEGORY", "分类"))
                    .numberColumn(v.t("LIBRARIES", "库数量")).numberColumn(v.t("SCORED", "已评分"));
            for (var c : v.catalog().categories()) {
                List<Library> libs = v.catalog().libraries().stream().filter(l -> l.category().equals(c.id())).toList();
                long scored = libs.stream().filter(Library::scored).count();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("label", c.label().in(v.lang()));
                m.put("libraries", libs.size());
                m.put("scored", scored);
                items.add(m);
                table.row(c.id(), c.label().in(v.lang()), String.valueOf(libs.size()), String.valueOf(scored));
            }
            return output("categories", items, List.of("id", "label", "libraries", "scored"), new Doc().table(table.build()));
        }
    }

    @Command(name = "profiles", description = "List the weight profiles and their normalised weights.",
            mixinStandardHelpOptions = true)
    static final class Profiles extends Listing {
        Profiles(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column("ID").column(v.t("PROFILE", "方案"));
            for (Dimension d : v.catalog().dimensions()) {
                table.numberColumn(d.id());
            }
            table.column(v.t("RATIONALE", "理由"));
            for (Profile p : v.catalog().profiles()) {
                Weights w = v.weights(p);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("label", p.label().in(v.lang()));
                m.put("rationale", p.rationale().in(v.lang()));
                Map<String, Object> weights = new LinkedHashMap<>();
                List<String> cells = new ArrayList<>();
                cells.add(p.id());
                cells.add(p.label().in(v.lang()));
                for (Dimension d : v.catalog().dimensions()) {
                    weights.put(d.id(), Views.number(w.of(d.id()), 4));
                    cells.add(Views.fixed(w.of(d.id()), 2));
                }
                cells.add(p.rationale().in(v.lang()));
                m.put("weights", weights);
                items.add(m);
                table.row(cells.toArray(String[]::new));
            }
            List<String> profileFields = new ArrayList<>(List.of("id", "label", "weights", "rationale"));
            return output("profiles", items, profileFields, new Doc().table(table.build())
                    .paragraph(v.t("Weights are normalised to sum to 1.", "权重已归一化，总和为 1。")));
        }
    }

    @Command(name = "trends", description = "List the technology trends with their libraries, impact and advice.",
            mixinStandardHelpOptions = true)
    static final class Trends extends Listing {
        Trends(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Weights balanced = v.weights(v.catalog().profile("balanced").orElseThrow());
            Doc doc = new Doc();
            for (Trend t : v.catalog().trends()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", t.id());
                m.put("label", t.label().in(v.lang()));
                m.put("impact", t.impact());
                m.put("advice", t.advice().in(v.lang()));
                m.put("scenarios", t.scenarios());
                m.put("source", t.source());
                List<Object> libs = new ArrayList<>();
                Doc.TableBuilder table = new Doc.TableBuilder().column(v.t("LIBRARY", "库"))
                        .numberColumn(v.t("SCORE", "评分")).column(v.t("TIER", "等级"));
                for (String id : t.libraries()) {
                    Library lib = v.catalog().library(id).orElse(null);
                    Optional<MaturityScore> score = lib == null ? Optional.empty() : v.maturity(lib, balanced);
                    Map<String, Object> lm = new LinkedHashMap<>();
                    lm.put("id", id);
                    lm.put("name", lib == null ? id : lib.name());
                    lm.put("score", score.map(s -> (Object) Views.number(s.value(), 2)).orElse(null));
                    lm.put("tier", score.map(s -> v.tierOf(s.value())).map(x -> x.id()).orElse(null));
                    libs.add(lm);
                    table.row(lib == null ? id : lib.name(), score.map(Views::score).orElse("—"),
                            v.tierLabel(score.map(s -> v.tierOf(s.value())).orElse(null)));
                }
                m.put("libraries", libs);
                items.add(m);
                doc.heading(t.label().in(v.lang()) + "  " + Views.stars(t.impact()));
                doc.paragraph(v.t("Advice: ", "建议：") + t.advice().in(v.lang()) + "  (" + t.source() + ")");
                doc.table(table.build());
            }
            return output("trends", items, List.of("id", "label", "impact", "advice", "scenarios", "source", "libraries"), doc);
        }
    }

    @Command(name = "sources", description = "List the source documents the catalog's facts come from.",
            mixinStandardHelpOptions = true)
    static final class Sources extends Listing {
        Sources(Env env) {
            super(env);
        }

        @Override
        Output build(Views v) {
            List<Object> items = new ArrayList<>();
            Doc.TableBuilder table = new Doc.TableBuilder().column("ID").column(v.t("TITLE", "标题"))
                    .column(v.t("DATE", "日期")).column(v.t("REVIEW", "复审周期")).column(v.t("FILE", "文件"));
            for (Source s : v.catalog().sources()) {
                items.add(v.sourceData(s));
                table.row(s.id(), s.title().in(v.lang()), s.date() == null ? v.t("undated", "未注明") : s.date().toString(),
                        s.reviewMonths() == null ? "" : v.t(s.reviewMonths() + " months", s.reviewMonths() + " 个月"),
                        s.file());
            }
            return output("sources", items, List.of("id", "title", "file", "date", "reviewMonths"), new Doc().table(table.build()));
        }
    }
}
