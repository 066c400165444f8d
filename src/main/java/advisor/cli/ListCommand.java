package advisor.cli;

import advisor.model.Choice;
import advisor.model.Lang;
import advisor.model.Profile;
import advisor.report.LibraryList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor list}: libraries, filtered and sorted; scored libraries always come first. */
@Command(name = "list", description = "List libraries, filtered and sorted (scored libraries first).",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Mixin
    LibraryFilterOptions filter;

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
        Profile p = v.profile(filter.profile);
        session.print(LibraryList.of(v.catalog(), v.lang(), p, filter.filter(v), LibraryList.Sort.parse(sort.id())));
        return ExitCodes.OK;
    }
}
