package advisor.cli;

import advisor.catalog.NameIndex;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.model.Tiers;
import advisor.model.Trend;
import advisor.model.Weights;
import advisor.render.Messages;
import advisor.scoring.ProfileWeights;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Finding what a command names: a library, scenario, category, profile, tier or trend by any of its names. */
record Views(Catalog catalog, Lang lang, Messages messages, Tiers tiers) {
    /** The views of {@code catalog} in {@code lang}: its words and its tiers. */
    Views(Catalog catalog, Lang lang) {
        this(catalog, lang, Messages.of(lang), new Tiers(catalog.tiers()));
    }

    /** The message {@code key} of the bundles (messages_*.properties) in this view's language. */
    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    // ---- finding things by name; unknown names exit 4 with suggestions ----

    Library library(String typed) {
        NameIndex<Library> index = catalog.derived(LIBRARY_INDEX, NameIndex::libraries);
        return find(index, typed, messages.text("name.kind.library"), "list");
    }

    /** Keys of the name indexes kept with the catalog: a shell looks names up in every command. */
    private static final Object LIBRARY_INDEX = new Object();
    private static final Object SCENARIO_INDEX = new Object();
    private static final Object CATEGORY_INDEX = new Object();
    private static final Object PROFILE_INDEX = new Object();

    Scenario scenario(String typed) {
        NameIndex<Scenario> index = catalog.derived(SCENARIO_INDEX, NameIndex::scenarios);
        return find(index, typed, messages.text("name.kind.scenario"), "scenarios");
    }

    Category category(String typed) {
        NameIndex<Category> index = catalog.derived(CATEGORY_INDEX,
                c -> NameIndex.labelled(c.categories(), Category::id, Category::label));
        return find(index, typed, messages.text("name.kind.category"), "categories");
    }

    Profile profile(String typed) {
        NameIndex<Profile> index = catalog.derived(PROFILE_INDEX,
                c -> NameIndex.labelled(c.profiles(), Profile::id, Profile::label));
        return find(index, typed, messages.text("name.kind.profile"), "profiles");
    }

    Tier tier(String typed) {
        NameIndex<Tier> index = NameIndex.labelled(catalog.tiers(), Tier::id, Tier::label);
        return find(index, typed, messages.text("name.kind.tier"), null);
    }

    Trend trend(String typed) {
        NameIndex<Trend> index = NameIndex.labelled(catalog.trends(), Trend::id, Trend::label);
        return find(index, typed, messages.text("name.kind.trend"), "trends");
    }

    /** A ring of rings.yaml by id or label (issue 12); an unknown one exits 4 with every valid id. */
    advisor.model.Ring ring(String typed) {
        NameIndex<advisor.model.Ring> index = NameIndex.labelled(catalog.radar().rings(), advisor.model.Ring::id,
                advisor.model.Ring::label);
        return find(index, typed, messages.text("views.kind.ring"), null);
    }

    /** A stack by id or label (issue 14). */
    advisor.model.Stack stack(String typed) {
        NameIndex<advisor.model.Stack> index = NameIndex.labelled(catalog.stacks(), advisor.model.Stack::id,
                advisor.model.Stack::label);
        return find(index, typed, messages.text("views.kind.stack"), "stacks");
    }

    /** Up to this many valid names are listed when a name is unknown; more would hide the message. */
    private static final int FEW = 12;

    /**
     * The entry named {@code typed}; an unknown name exits 4 with the closest names, and with every valid
     * id when there are few (tiers, profiles) or else the command that lists them ({@code listedBy}, may be
     * null). Libraries are never listed in full: catalogs hold many, so the closest names serve better.
     */
    private <T> T find(NameIndex<T> index, String typed, String kind, String listedBy) {
        if (typed == null || typed.isBlank()) {
            throw AdvisorException.usage(messages.text("name.empty", kind));
        }
        Optional<T> found = index.find(typed);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> close = index.suggest(typed);
        String hint = didYouMean(messages, close);
        List<String> ids = index.ids();
        if (!"list".equals(listedBy) && ids.size() <= FEW) {
            hint += messages.text("name.valid", String.join(", ", ids));
        } else if (close.isEmpty() && listedBy != null) {
            hint += messages.text("name.listedBy", listedBy);
        }
        throw AdvisorException.notFound(messages.text("name.unknown", kind, typed) + hint);
    }

    /** "; did you mean 'x' or 'y'?" in the words of {@code m}, or "" when nothing is {@code close}. */
    static String didYouMean(Messages m, List<String> close) {
        return close.isEmpty() ? "" : m.text("name.didYouMean", String.join(m.text("name.or"),
                close.stream().map(s -> "'" + s + "'").toList()));
    }

    // ---- formatting for the views not yet answers (stacks, decision records, charts) ----


    Weights weights(Profile profile) {
        return Weights.normalise(profile.weights(), catalog.dimensionIds());
    }

    /**
     * A profile and why it weighs as it does; for a profile changed by --weight, its name says how, and the
     * base profile's rationale is given as the base's, not as if it still held.
     */
    String profileText(ProfileWeights p) {
        String rationale = p.base().rationale().in(lang);
        if (!p.modified()) {
            return p.name() + " · " + rationale;
        }
        return p.name() + " · " + messages.text("views.profile.modified", p.base().id(), rationale);
    }

    Optional<MaturityScore> maturity(Library library, Weights weights) {
        return Maturity.of(library, weights);
    }

    /** Tier of a maturity score under this catalog's thresholds. */
    Tier tierOf(double score) {
        return tiers.of(score);
    }

    /** A maturity score for display: two decimals when computed, one (as the source gives it) when reported. */
    static String score(MaturityScore m) {
        return m.shown().toPlainString();
    }

    /** A number as text, rounded by the engine's rule ({@link Precision}), so that what compares equal prints equal. */
    static String fixed(double d, int decimals) {
        return Precision.round(d, decimals).toPlainString();
    }

    /** A number for JSON: rounded to {@code decimals} by the engine's rule, written the same on every JDK. */
    static BigDecimal number(double d, int decimals) {
        return Precision.round(d, decimals);
    }

    /** A figure as the source gives it: 45 stays 45, 0.5 stays 0.5. */
    static BigDecimal figure(double d) {
        return Precision.figure(d);
    }

    static String stars(Integer n) {
        return n == null ? "—" : "★".repeat(n) + "☆".repeat(Math.max(0, 5 - n));
    }

    String tierLabel(Tier tier) {
        return tier == null ? messages.text("tier.notScored") : tier.icon() + " " + tier.label().in(lang);
    }

    String tierLabel(String tierId) {
        return catalog.tier(tierId).map(this::tierLabel).orElse(tierId);
    }

    String categoryLabel(String id) {
        return catalog.categoryLabel(id, lang);
    }

    String scenarioLabel(String id) {
        return catalog.scenario(id).map(s -> s.label().in(lang)).orElse(id);
    }

    String sourceLabel(String id) {
        return catalog.source(id).map(s -> id + (s.date() == null ? "" : ", " + s.date())).orElse(id);
    }
}
