package advisor.cli;

import advisor.model.Choice;
import advisor.model.Lang;
import advisor.model.Profile;
import advisor.report.LibraryList;
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

    @Option(names = "--ring", paramLabel = "RING", description = "Only libraries whose latest ring is this one (adopt, trial, assess, hold).")
    String ring;

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

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        Views v = new Views(session.catalog(), session.lang());
        LibraryList.Sort order = LibraryList.Sort.parse(sort.id()); // the converter accepts only these ids
        Profile p = v.profile(profile);
        LibraryList.Filter filter = new LibraryList.Filter(category == null ? null : v.category(category).id(),
                scenario == null ? null : v.scenario(scenario), tier == null ? null : v.tier(tier),
                trend == null ? null : v.trend(trend), scoredOnly, ring == null ? null : v.ring(ring));
        session.print(LibraryList.of(v.catalog(), v.lang(), p, filter, order));
        return ExitCodes.OK;
    }
}
