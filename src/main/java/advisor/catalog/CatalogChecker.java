package advisor.catalog;

import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Invisible;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.scoring.Maturity;
import advisor.scoring.MaturityScore;
import advisor.scoring.Tiers;
import advisor.scoring.Weights;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a merged catalog as a whole: references between files (errors), name collisions (errors),
 * and whether the sources' own composites, tiers and review dates still hold (warnings).
 */
final class CatalogChecker {
    /** Reported composites carry one decimal: a difference up to half a step is rounding. */
    static final double ROUNDING = 0.05 + 1e-9;

    private final Catalog catalog;
    private final Problems problems;
    private final LocalDate asOf;

    CatalogChecker(Catalog catalog, Problems problems, LocalDate asOf) {
        this.catalog = catalog;
        this.problems = problems;
        this.asOf = asOf;
    }

    void check() {
        checkReference();
        Map<String, String> names = new HashMap<>();
        for (Library library : catalog.libraries()) {
            problems.library(library.id());
            checkLibrary(library);
            checkNames(library, names);
            problems.library(null);
        }
        for (Trend trend : catalog.trends()) {
            for (String lib : trend.libraries()) {
                ref(catalog.library(lib).isPresent(), "unknown-library", trend.loc(), "trend '" + trend.id()
                        + "' names unknown library '" + lib + "'", lib, ids(catalog.libraries(), Library::id));
            }
            for (String s : trend.scenarios()) {
                ref(catalog.scenario(s).isPresent(), "unknown-scenario", trend.loc(), "trend '" + trend.id()
                        + "' names unknown scenario '" + s + "'", s, ids(catalog.scenarios(), Scenario::id));
            }
            source(trend.source(), trend.loc());
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
            for (String dim : profile.weights().keySet()) {
                ref(dimIds.contains(dim), "unknown-dimension", profile.loc(), "profile '" + profile.id()
                        + "' weighs unknown dimension '" + dim + "'", dim, dimIds);
            }
            for (String dim : dimIds) {
                if (!profile.weights().containsKey(dim)) {
                    problems.error("missing-field", profile.loc(), "profile '" + profile.id() + "' gives no weight to '"
                            + dim + "'");
                }
            }
            if (profile.weights().values().stream().allMatch(w -> w == 0)) {
                problems.error("out-of-range", profile.loc(), "profile '" + profile.id() + "' has no weight above 0");
            }
        }
        Map<String, String> scenarioNames = new HashMap<>();
        for (Scenario scenario : catalog.scenarios()) {
            for (Scenario.Related r : scenario.related()) {
                ref(catalog.scenario(r.scenario()).isPresent(), "unknown-scenario", r.loc(), "scenario '" + scenario.id()
                        + "' relates to unknown scenario '" + r.scenario() + "'", r.scenario(),
                        ids(catalog.scenarios(), Scenario::id));
                if (r.scenario().equals(scenario.id())) {
                    problems.error("self-reference", r.loc(), "scenario '" + scenario.id() + "' relates to itself");
                }
            }
            claim(scenarioNames, scenario.id(), scenario.loc(), "scenario", scenario.id(), scenario.label().en(),
                    scenario.label().zh());
            for (String alias : scenario.aliases()) {
                claim(scenarioNames, scenario.id(), scenario.loc(), "scenario", alias);
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

    private void checkLibrary(Library library) {
        ref(catalog.category(library.category()).isPresent(), "unknown-category", library.loc(), "unknown category '"
                + library.category() + "'", library.category(), ids(catalog.categories(), c -> c.id()));
        for (Fact f : library.facts()) {
            source(f.source(), f.loc());
        }
        for (Remark r : concat(library.strengths(), library.limitations(), library.notes())) {
            source(r.source(), r.loc());
        }
        for (Measurement m : library.measurements()) {
            source(m.source(), m.loc());
        }
        Set<String> rated = new HashSet<>();
        for (ScenarioRating rating : library.scenarios()) {
            source(rating.source(), rating.loc());
            ref(catalog.scenario(rating.scenario()).isPresent(), "unknown-scenario", rating.loc(), "unknown scenario '"
                    + rating.scenario() + "'", rating.scenario(), ids(catalog.scenarios(), Scenario::id));
            if (!rated.add(rating.scenario() + "\u0000" + rating.source())) {
                problems.error("duplicate-rating", rating.loc(), "scenario '" + rating.scenario()
                        + "' is rated twice by source '" + rating.source() + "'");
            }
        }
        Evaluation evaluation = library.evaluation();
        if (evaluation != null) {
            checkEvaluation(library, evaluation);
        }
    }

    private void checkEvaluation(Library library, Evaluation evaluation) {
        Source source = source(evaluation.source(), evaluation.loc());
        List<String> dimIds = ids(catalog.dimensions(), Dimension::id);
        boolean complete = true;
        for (String dim : evaluation.dimensions().keySet()) {
            if (!dimIds.contains(dim)) {
                complete = false;
                ref(false, "unknown-dimension", evaluation.dimensions().get(dim).loc(), "unknown dimension '" + dim + "'",
                        dim, dimIds);
            }
        }
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
        Tiers tiers = new Tiers(catalog.tiers());
        if (reported != null) {
            ref(catalog.tier(reported.tier()).isPresent(), "unknown-tier", reported.loc(), "unknown tier '"
                    + reported.tier() + "'", reported.tier(), ids(catalog.tiers(), Tier::id));
            Tier byThreshold = tiers.of(reported.score());
            if (catalog.tier(reported.tier()).isPresent() && byThreshold != null
                    && !byThreshold.id().equals(reported.tier())) {
                problems.warning("tier-threshold-mismatch", reported.loc(), "the source puts composite "
                        + fmt(reported.score()) + " in tier '" + reported.tier() + "', but tiers.yaml puts it in '"
                        + byThreshold.id() + "'");
            }
        }
        if (complete && !evaluation.dimensions().isEmpty() && reported != null && catalog.profile("balanced").isPresent()
                && !dimIds.isEmpty()) {
            Weights balanced = Weights.normalise(catalog.profile("balanced").get().weights(), dimIds);
            MaturityScore computed = Maturity.of(library, balanced).orElseThrow();
            if (Math.abs(computed.value() - reported.score()) > ROUNDING) {
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

    /** Library ids, names and aliases share one name space: each key may belong to one library. */
    private void checkNames(Library library, Map<String, String> owners) {
        claim(owners, library.id(), library.loc(), "library", library.id(), library.name());
        for (String alias : library.aliases()) {
            claim(owners, library.id(), library.loc(), "library", alias);
        }
    }

    private void claim(Map<String, String> owners, String owner, Loc loc, String kind, String... names) {
        Set<String> mine = new HashSet<>();
        for (String name : names) {
            String key = Names.key(name);
            if (key.isEmpty() || !mine.add(key)) {
                continue;
            }
            String other = owners.putIfAbsent(key, owner);
            if (other != null && !other.equals(owner)) {
                problems.error("duplicate-alias", loc, kind + " name or alias '" + Invisible.reveal(name) + "' of '" + owner
                        + "' is already used by " + kind + " '" + other + "'");
            }
        }
    }

    private Source source(String id, Loc loc) {
        if (id == null) {
            return null;
        }
        ref(catalog.source(id).isPresent(), "unknown-source", loc, "unknown source '" + id + "'", id,
                ids(catalog.sources(), Source::id));
        return catalog.source(id).orElse(null);
    }

    private void ref(boolean ok, String code, Loc loc, String message, String name, List<String> valid) {
        if (!ok) {
            problems.error(code, loc, message + Suggestions.didYouMean(name, valid));
        }
    }

    /** The ids of a catalog collection, computed once per collection: they are asked for at every reference. */
    private <T> List<String> ids(Collection<T> items, Function<T, String> id) {
        @SuppressWarnings("unchecked")
        List<String> known = idLists.computeIfAbsent(items, k -> ((Collection<T>) k).stream().map(id).toList());
        return known;
    }

    private final Map<Collection<?>, List<String>> idLists = new java.util.IdentityHashMap<>();

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static String fmt(double d) {
        return fixed(d, 1);
    }

    /** As {@code String.format("%.Nf")} (half-up on the shortest decimal form), without loading Formatter. */
    private static String fixed(double d, int places) {
        return java.math.BigDecimal.valueOf(d).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
