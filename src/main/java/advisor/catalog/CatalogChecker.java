package advisor.catalog;

import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.Evaluation;
import advisor.model.Invisible;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks a merged catalog as a whole: the references between files that the binder recorded ({@link Ref}),
 * name collisions (errors),
 * and whether the sources' own composites, tiers and review dates still hold (warnings).
 */
final class CatalogChecker {
    private final Catalog catalog;
    private final List<Refs> refs;
    private final Problems problems;
    private final LocalDate asOf;
    private Tiers tiers;
    private Weights balanced;

    CatalogChecker(Catalog catalog, List<Refs> refs, Problems problems, LocalDate asOf) {
        this.catalog = catalog;
        this.refs = refs;
        this.problems = problems;
        this.asOf = asOf;
    }

    void check() {
        checkReference();
        checkRefs();
        checkRadar();
        checkStacks();
        for (Library library : catalog.libraries()) {
            if (library.evaluation() != null) {
                problems.library(library.id());
                checkEvaluation(library, library.evaluation());
                problems.library(null);
            }
        }
    }

    // ---- radar (issue 12) ----

    /** Each category sits in one quadrant at most; an extension must have a library to extend. */
    private void checkRadar() {
        Map<String, String> quadrantOf = new HashMap<>();
        for (advisor.model.Quadrant q : catalog.radar().quadrants()) {
            for (String category : q.categories()) {
                String other = quadrantOf.putIfAbsent(category, q.id());
                if (other != null) {
                    problems.error("duplicate-quadrant", q.loc(), "category '" + category + "' is in quadrant '"
                            + other + "' already; a category belongs to one quadrant");
                }
            }
        }
        for (Library library : catalog.libraries()) {
            if (library.extension()) {
                problems.error("unknown-library", library.loc(), library.id(), "library '" + library.id()
                        + "' has 'extends: true' but no earlier catalog has a library '" + library.id()
                        + "' to extend; remove 'extends' and give name, category and summary");
            }
        }
    }

    private void checkReference() {
        if (catalog.dimensions().isEmpty()) {
            problems.error("missing-reference", Loc.file("dimensions.yaml"), "the catalog defines no dimensions");
        }
        if (catalog.tiers().isEmpty()) {
            problems.error("missing-reference", Loc.file("tiers.yaml"), "the catalog defines no tiers");
        }
        if (catalog.profile("balanced").isEmpty()) {
            problems.error("missing-reference", Loc.file("profiles.yaml"), "the catalog has no 'balanced' profile");
        }
        List<String> dimIds = ids(catalog.dimensions(), Dimension::id);
        for (Profile profile : catalog.profiles()) {
            for (String dim : dimIds) {
                if (!profile.weights().containsKey(dim)) {
                    problems.error("missing-field", profile.loc(), "profile '" + profile.id() + "' gives no weight to '"
                            + dim + "'");
                }
            }
            if (profile.weights().values().stream().allMatch(w -> w == 0)) {
                problems.error("out-of-range", profile.loc(), "profile '" + profile.id()
                        + "' has no weight above 0; give at least one dimension a weight above 0");
            }
        }
        double previous = Double.NaN;
        for (Tier tier : catalog.tiers()) {
            if (tier.minScore() == previous) {
                problems.error("duplicate-threshold", tier.loc(), "tier '" + tier.id() + "' has the same minScore as the tier above");
            }
            previous = tier.minScore();
        }
    }

    /**
     * Every name used from another file must exist; every library or scenario name belongs to one entry.
     * A reference becomes a {@link Ref}, with its place, only when it is wrong: most are right, and the
     * place of one derived from a cached library takes reading its file again.
     */
    private void checkRefs() {
        // sized for an id, a name and an alias or two per entry: a large catalog claims hundreds of thousands
        Map<String, String> libraryNames = new HashMap<>(Math.max(16, refs.size() * 4));
        Map<String, String> scenarioNames = new HashMap<>();
        // the last name found of each kind: most references repeat it (one source for a whole library),
        // as the same string (the cache and the reader share equal strings)
        String[] known = new String[Ref.Kind.values().length];
        for (Refs group : refs) {
            for (int i = 0; i < group.size(); i++) {
                Ref.Kind kind = group.kind(i);
                String name = group.name(i);
                if (known[kind.ordinal()] != name && check(group, i, libraryNames, scenarioNames)) {
                    known[kind.ordinal()] = name;
                }
            }
        }
    }

    /** Checks the {@code i}th reference of {@code group}; true when it names something that exists. */
    private boolean check(Refs group, int i, Map<String, String> libraryNames, Map<String, String> scenarioNames) {
        String name = group.name(i);
        return switch (group.kind(i)) {
            case SOURCE -> resolve(group, i, "source", catalog.source(name).isPresent(), () -> ids(catalog.sources(), Source::id));
            case CATEGORY -> resolve(group, i, "category", catalog.category(name).isPresent(),
                    () -> ids(catalog.categories(), c -> c.id()));
            case SCENARIO -> resolve(group, i, "scenario", catalog.scenario(name).isPresent(),
                    () -> ids(catalog.scenarios(), Scenario::id));
            case TIER -> resolve(group, i, "tier", catalog.tier(name).isPresent(), () -> ids(catalog.tiers(), Tier::id));
            case DIMENSION -> resolve(group, i, "dimension", catalog.dimension(name).isPresent(),
                    () -> ids(catalog.dimensions(), Dimension::id));
            case LIBRARY -> resolve(group, i, "library", catalog.library(name).isPresent(),
                    () -> ids(catalog.libraries(), Library::id));
            case LIBRARY_NAME -> claim(libraryNames, group, i, "library");
            case SCENARIO_NAME -> claim(scenarioNames, group, i, "scenario");
            case RING -> resolve(group, i, "ring", catalog.radar().ring(name).isPresent(),
                    () -> ids(catalog.radar().rings(), advisor.model.Ring::id));
        };
    }

    /** A reference architecture's choice for a layer is a library that can fill it. */
    private void checkStacks() {
        for (advisor.model.Stack stack : catalog.stacks()) {
            for (advisor.model.Stack.Layer layer : stack.layers()) {
                Library chosen = layer.choice() == null ? null : catalog.library(layer.choice()).orElse(null);
                if (chosen != null && !layer.libraries().contains(chosen.id())
                        && !layer.categories().contains(chosen.category())) {
                    problems.error("choice-outside-layer", layer.loc(), "stack '" + stack.id() + "' chooses '"
                            + chosen.id() + "' (category " + chosen.category() + ") for layer '" + layer.id()
                            + "', which only takes " + String.join(", ", layerTakes(layer)));
                }
            }
        }
    }

    private static List<String> layerTakes(advisor.model.Stack.Layer layer) {
        List<String> out = new java.util.ArrayList<>();
        layer.categories().forEach(c -> out.add("category " + c));
        layer.libraries().forEach(l -> out.add("library " + l));
        return out;
    }

    private boolean resolve(Refs group, int i, String what, boolean ok, Supplier<List<String>> valid) {
        if (!ok) {
            Ref r = group.get(i);
            problems.error("unknown-" + what, r.loc(), r.library(), (r.context() == null ? "" : r.context() + " ")
                    + "unknown " + what + " '" + r.name() + "'" + Suggestions.didYouMean(r.name(), valid.get()));
        }
        return ok;
    }

    /** Library ids, names and aliases share one name space (and scenarios another): each key may belong to one entry. */
    private boolean claim(Map<String, String> owners, Refs group, int i, String kind) {
        String key = Names.key(group.name(i));
        if (key.isEmpty()) {
            return false;
        }
        String owner = group.owner().substring(group.owner().indexOf(':') + 1); // kind:id
        String other = owners.putIfAbsent(key, owner);
        if (other != null && !other.equals(owner)) {
            Ref r = group.get(i);
            problems.error("duplicate-alias", r.loc(), r.library(), kind + " name or alias '" + Invisible.reveal(r.name()) + "' of '"
                    + owner + "' is already used by " + kind + " '" + other + "'");
        }
        return false; // every claim counts: the same name claimed twice is the error it looks for
    }

    private void checkEvaluation(Library library, Evaluation evaluation) {
        List<String> dimIds = ids(catalog.dimensions(), Dimension::id);
        // unknown dimensions and broken scores (NaN) were reported already; they only stop the composite checks
        boolean complete = evaluation.dimensions().entrySet().stream()
                .allMatch(e -> dimIds.contains(e.getKey()) && Double.isFinite(e.getValue().score()));
        if (!evaluation.dimensions().isEmpty()) {
            List<String> missing = dimIds.stream().filter(d -> !evaluation.dimensions().containsKey(d)).toList();
            if (!missing.isEmpty()) {
                complete = false;
                problems.error("missing-dimension", evaluation.loc(), "the evaluation scores "
                        + evaluation.dimensions().size() + " of " + dimIds.size() + " dimensions; missing: "
                        + String.join(", ", missing) + " (score all of them, or none for a reported-only library)");
            }
        }
        Evaluation.Reported reported = evaluation.reported();
        if (tiers == null) { // once per catalog, not once per library
            tiers = new Tiers(catalog.tiers());
            balanced = balanced(dimIds);
        }
        if (reported != null) {
            Tier byThreshold = tiers.of(reported.score());
            if (catalog.tier(reported.tier()).isPresent() && byThreshold != null
                    && !byThreshold.id().equals(reported.tier())) {
                problems.warning("tier-threshold-mismatch", reported.loc(), "the source puts composite "
                        + fmt(reported.score()) + " in tier '" + reported.tier() + "', but tiers.yaml puts it in '"
                        + byThreshold.id() + "'");
            }
        }
        if (complete && !evaluation.dimensions().isEmpty() && reported != null && balanced != null) {
            MaturityScore computed = Maturity.of(library, balanced).orElseThrow();
            if (!reported.agreesWith(computed.value())) {
                problems.warning("reported-score-mismatch", reported.loc(), "reported composite " + fmt(reported.score())
                        + " differs from the mean of the dimension scores, " + fixed(computed.value(), 2));
            }
            Tier computedTier = tiers.of(computed.value());
            if (computedTier != null && !computedTier.id().equals(reported.tier())) {
                problems.warning("reported-tier-mismatch", reported.loc(), "reported tier '" + reported.tier()
                        + "' differs from the tier of the computed score " + fixed(computed.value(), 2) + ", '" + computedTier.id() + "'");
            }
        }
        checkReview(evaluation);
    }

    /**
     * The balanced profile's weights, or null when there are none to compare composites with: no
     * dimensions, no balanced profile, or one without a usable weight (reported as an error already).
     */
    private Weights balanced(List<String> dimIds) {
        Profile profile = catalog.profile("balanced").orElse(null);
        if (profile == null || dimIds.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (String dim : dimIds) {
            double w = profile.weights().getOrDefault(dim, 0.0);
            if (!Double.isFinite(w) || w < 0) {
                return null;
            }
            sum += w;
        }
        return sum > 0 ? Weights.normalise(profile.weights(), dimIds) : null;
    }

    /**
     * Only the checks that depend on the date: for a catalog whose other checks were done when it was
     * built (the built-in snapshot).
     */
    void checkReviews() {
        for (Library library : catalog.libraries()) {
            if (library.evaluation() != null) {
                problems.library(library.id());
                checkReview(library.evaluation());
                problems.library(null);
            }
        }
    }

    private void checkReview(Evaluation evaluation) {
        Source source = evaluation.source() == null ? null : catalog.source(evaluation.source()).orElse(null);
        if (source != null && evaluation.date() != null && asOf != null) {
            LocalDate due = source.reviewDue(evaluation.date());
            if (due != null && due.isBefore(asOf)) {
                problems.warning("review-overdue", evaluation.loc(), "evaluated on " + evaluation.date()
                        + "; the source '" + source.id() + "' asks for a review every " + source.reviewMonths()
                        + " months, so it was due on " + due + " (as of " + asOf + ")");
            }
        }
    }

    /** The ids of a catalog collection, computed once per collection: they are asked for at every reference. */
    private <T> List<String> ids(Collection<T> items, Function<T, String> id) {
        @SuppressWarnings("unchecked")
        List<String> known = idLists.computeIfAbsent(items, k -> ((Collection<T>) k).stream().map(id).toList());
        return known;
    }

    private final Map<Collection<?>, List<String>> idLists = new java.util.IdentityHashMap<>();

    private static String fmt(double d) {
        return fixed(d, 1);
    }

    /** As {@code String.format("%.Nf")} (half-up on the shortest decimal form), without loading Formatter. */
    private static String fixed(double d, int places) {
        return java.math.BigDecimal.valueOf(d).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
