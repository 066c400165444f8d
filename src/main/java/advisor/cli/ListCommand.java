package advisor.cli;

import advisor.model.Choice;
import advisor.model.Fact;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import advisor.scoring.MaturityScore;
import advisor.scoring.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advisor list}: libraries, filtered and sorted; scored libraries always come first. */
@Command(name = "list", description = "List libraries, filtered and sorted (scored libraries first).",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Only libraries a source rates for this scenario.")
    String scenario;

    @Option(names = "--tier", paramLabel = "TIER", description = "Only libraries in this tier.")
    String tier;

    @Option(names = "--trend", paramLabel = "TREND", description = "Only libraries of this trend.")
    String trend;

    @Option(names = "--scored", description = "Only libraries with a maturity score.")
    boolean scoredOnly;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "balanced",
            description = "Weight profile for the score (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "score", converter = Args.SortConverter.class,
            description = "Sort by score, name, stars (GitHub stars) or first-release (default: ${DEFAULT-VALUE}).")
    Sort sort;

    /** The orders of {@code --sort}; scored libraries come first in each. */
    enum Sort implements Choice {
        SCORE("score", "highest score first", "评分从高到低"),
        NAME("name", "by name", "名称"),
        STARS("stars", "most GitHub stars first", "GitHub 星标从多到少"),
        FIRST_RELEASE("first-release", "earliest first release first", "首次发布从早到晚");

        private final String id;
        private final String en;
        private final String zh;

        Sort(String id, String en, String zh) {
            this.id = id;
            this.en = en;
            this.zh = zh;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String describe(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    ListCommand(Env env) {
        this.env = env;
    }

    private record Row(Library library, Optional<MaturityScore> score, Tier tier, long stars, String firstRelease) {
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        Views v = new Views(session.catalog(), session.lang());
        Comparator<Row> order = order(sort);
        Profile p = v.profile(profile);
        Weights weights = v.weights(p);
        String categoryId = category == null ? null : v.category(category).id();
        Scenario sc = scenario == null ? null : v.scenario(scenario);
        Tier tierFilter = tier == null ? null : v.tier(tier);
        Trend tr = trend == null ? null : v.trend(trend);

        List<Row> rows = new ArrayList<>();
        for (Library lib : v.catalog().libraries()) {
            Optional<MaturityScore> score = v.maturity(lib, weights);
            Tier libTier = score.map(s -> v.tierOf(s.value())).orElse(null);
            if (categoryId != null && !lib.category().equals(categoryId)
                    || sc != null && lib.scenarios().stream().noneMatch(r -> r.scenario().equals(sc.id()))
                    || tierFilter != null && (libTier == null || !libTier.id().equals(tierFilter.id()))
                    || tr != null && !tr.libraries().contains(lib.id())
                    || scoredOnly && score.isEmpty()) {
                continue;
            }
            Fact first = v.facts().current(lib, "first-release");
            rows.add(new Row(lib, score, libTier, v.githubStars(lib), first == null ? null : first.value()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.score().isEmpty()).thenComparing(order)
                .thenComparing(r -> r.library().id()));
        Map<String, Object> data = data(rows, v, p);
        session.print(new Output(data, doc(rows, v, p), Rows.flatten("libraries", List.of("id", "name", "category",
                "scored", "score", "scoreBasis", "tier", "githubStars", "firstRelease", "summary"),
                (List<?>) data.get("libraries"))));
        return ExitCodes.OK;
    }

    private static Comparator<Row> order(Sort sort) {
        return switch (sort) {
            // as shown: scores that print the same are a tie, and the id decides
            case SCORE -> Comparator.comparingLong((Row r) -> -r.score().map(MaturityScore::key).orElse(-1L));
            case NAME -> Comparator.comparing((Row r) -> r.library().name().toLowerCase(Locale.ROOT));
            case STARS -> Comparator.comparingLong((Row r) -> -r.stars());
            case FIRST_RELEASE -> Comparator.comparing((Row r) -> r.firstRelease() == null ? "9999" : r.firstRelease());
        };
    }

    private Map<String, Object> data(List<Row> rows, Views v, Profile p) {
        List<Object> libraries = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.library().id());
            m.put("name", r.library().name());
            m.put("category", r.library().category());
            m.put("scored", r.score().isPresent());
            m.put("score", r.score().map(s -> (Object) Views.number(s.value(), 2)).orElse(null));
            m.put("scoreBasis", r.score().map(s -> s.basis().id()).orElse(null));
            m.put("tier", r.tier() == null ? null : r.tier().id());
            m.put("githubStars", r.stars() < 0 ? null : r.stars());
            m.put("firstRelease", r.firstRelease());
            m.put("summary", r.library().summary().in(v.lang()));
            libraries.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schemaVersion", 1);
        data.put("profile", p.id());
        data.put("count", rows.size());
        data.put("libraries", libraries);
        return data;
    }

    private Doc doc(List<Row> rows, Views v, Profile p) {
        Doc.TableBuilder table = new Doc.TableBuilder()
                .column("ID").column(v.t("NAME", "名称")).column(v.t("CATEGORY", "分类"))
                .numberColumn(v.t("SCORE", "评分")).column(v.t("TIER", "等级")).numberColumn(v.t("GITHUB ★", "GITHUB ★"));
        boolean anyReported = false;
        for (Row r : rows) {
            String score = r.score().map(Views::score).orElse("—");
            if (r.score().filter(s -> s.basis() == MaturityScore.Basis.REPORTED).isPresent()) {
                score += " r";
                anyReported = true;
            }
            table.row(r.library().id(), r.library().name(), v.categoryLabel(r.library().category()), score,
                    v.tierLabel(r.tier()), r.stars() < 0 ? "" : v.facts().current(r.library(), "stars").value());
        }
        Doc doc = new Doc().table(table.build());
        long scored = rows.stream().filter(r -> r.score().isPresent()).count();
        String footer = v.t(rows.size() + " libraries, " + scored + " scored (profile " + p.id() + ")",
                rows.size() + " 个库，其中 " + scored + " 个已评分（权重方案 " + p.id() + "）");
        if (anyReported) {
            footer += v.t("; r = the source's reported composite (no dimension scores)", "；r = 来源给出的综合分（无分项评分）");
        }
        return doc.paragraph(footer);
    }
}
