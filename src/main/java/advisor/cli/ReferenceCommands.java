package advisor.cli;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.render.Answer;
import advisor.report.References;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;

/** The reference listings: dimensions, scenarios, categories, profiles, trends and sources. */
final class ReferenceCommands {
    private ReferenceCommands() {
    }

    /** Shared plumbing: load, build the listing's answer, print. */
    abstract static class Listing extends SessionCommand {
        private final BiFunction<Catalog, Lang, Answer> build;

        Listing(BiFunction<Catalog, Lang, Answer> build) {
            this.build = build;
        }

        @Override
        int run(Session session) {
            session.print(build.apply(session.catalog(), session.lang()));
            return ExitCode.OK.code();
        }
    }

    @Command(name = "dimensions", description = "List the maturity dimensions.", mixinStandardHelpOptions = true)
    static final class Dimensions extends Listing {
        Dimensions() {
            super(References::dimensions);
        }
    }

    @Command(name = "scenarios", description = "List the scenario taxonomy.", mixinStandardHelpOptions = true)
    static final class Scenarios extends Listing {
        Scenarios() {
            super(References::scenarios);
        }
    }

    @Command(name = "categories", description = "List the library categories.", mixinStandardHelpOptions = true)
    static final class Categories extends Listing {
        Categories() {
            super(References::categories);
        }
    }

    @Command(name = "profiles", description = "List the weight profiles and their normalised weights.",
            mixinStandardHelpOptions = true)
    static final class Profiles extends Listing {
        Profiles() {
            super(References::profiles);
        }
    }

    @Command(name = "trends", description = "List the technology trends with their libraries, impact and advice.",
            mixinStandardHelpOptions = true)
    static final class Trends extends Listing {
        Trends() {
            super(References::trends);
        }
    }

    @Command(name = "sources", description = "List the source documents the catalog's facts come from.",
            mixinStandardHelpOptions = true)
    static final class Sources extends Listing {
        Sources() {
            super(References::sources);
        }
    }
}
