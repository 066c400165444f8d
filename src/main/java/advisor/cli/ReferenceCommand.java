package advisor.cli;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.render.Answer;
import advisor.report.References;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * One of the reference listings: the catalog's scenarios, categories, dimensions, profiles, trends or sources.
 * One class serves them all, each described once in {@link Listing}; its name and description are set where
 * the command's model is built, not in the annotation.
 */
@Command(mixinStandardHelpOptions = true)
final class ReferenceCommand extends SessionCommand {
    /** The listings, in help order: each is the command of its name (lower case) and prints its answer. */
    enum Listing {
        SCENARIOS("List the scenario taxonomy."),
        CATEGORIES("List the library categories."),
        DIMENSIONS("List the maturity dimensions."),
        PROFILES("List the weight profiles and their normalised weights."),
        TRENDS("List the technology trends with their libraries, impact and advice."),
        SOURCES("List the source documents the catalog's facts come from.");

        /**
         * The command the listings follow in help order: picocli registers an annotated class once, so
         * {@link AdvisorCommand}'s {@code subcommands} cannot list them, and the model adds them after it.
         */
        static final String FOLLOWS = "diff";

        /** What {@code --help} says the command does. */
        final String description;

        Listing(String description) {
            this.description = description;
        }

        String command() {
            return name().toLowerCase(Locale.ROOT);
        }

        // a switch rather than a function per constant: linking six lambdas would cost start-up time
        Answer answer(Catalog catalog, Lang lang) {
            return switch (this) {
                case SCENARIOS -> References.scenarios(catalog, lang);
                case CATEGORIES -> References.categories(catalog, lang);
                case DIMENSIONS -> References.dimensions(catalog, lang);
                case PROFILES -> References.profiles(catalog, lang);
                case TRENDS -> References.trends(catalog, lang);
                case SOURCES -> References.sources(catalog, lang);
            };
        }
    }

    final Listing listing;

    ReferenceCommand(Listing listing) {
        this.listing = listing;
    }

    @Override
    int run(Session session) {
        session.print(listing.answer(session.catalog(), session.lang()));
        return ExitCode.OK.code();
    }
}
