package advisor.scoring;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Scenario;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Ranks the libraries for a scenario. Scored libraries with any evidence are ranked by decision score;
 * ties go to the better fit, then the higher maturity, then the id in alphabetical order. Scores and fit
 * are compared at the precision they are shown ({@link Precision#SCORE} decimals), so scores that print
 * the same are a tie and this rule decides. Relevant libraries without scores are listed apart, never
 * ranked among scored ones. For a domain scenario, a library outside the categories that serve it is
 * never ranked; with a direct rating for a related scenario it is listed apart as related.
 */
public final class Recommender {
    private final Catalog catalog;
    private final ScenarioFit fit;
    private final Tiers tiers;

    public Recommender(Catalog catalog) {
        this.catalog = catalog;
        this.fit = new ScenarioFit(catalog);
        this.tiers = new Tiers(catalog.tiers());
    }

    /**
     * The ranking, the "also consider (not scored)" list, and the related libraries of other categories
     * (maturity, tier and decision null: they are not compared with the ranked ones).
     */
    public record Result(List<Candidate> ranked, List<Candidate> unscored, List<Candidate> related) {
    }

    /**
     * A ranking split by category, for a quality scenario asked without a category: "performance-critical"
     * only means something within a kind of library. Each group keeps the ranking order; groups come in
     * the order of their leaders.
     */
    public static java.util.Map<String, List<Candidate>> byCategory(List<Candidate> ranked) {
        java.util.Map<String, List<Candidate>> groups = new java.util.LinkedHashMap<>();
        for (Candidate c : ranked) {
            groups.computeIfAbsent(c.library().category(), k -> new ArrayList<>()).add(c);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }

    /**
     * The ranking order of scored candidates: decision score as shown, fit as shown, maturity (all higher
     * first), then id.
     */
    public static final Comparator<Candidate> ORDER = new Order(true, false);
    /** Candidates not ranked: direct evidence first, then the better fit, then id. */
    static final Comparator<Candidate> UNSCORED_ORDER = new Order(false, true);
    /** Related candidates: the better fit, then id. */
    private static final Comparator<Candidate> RELATED_ORDER = new Order(false, false);

    /**
     * The one rule behind the three orders: the decision score as shown (ranked candidates) or direct evidence
     * (unscored ones) first, then the fit as shown, then, for ranked ones, the maturity (all higher or direct
     * first), then the id. (A class, not lambdas: linking a lambda costs a cold start.)
     */
    private record Order(boolean ranked, boolean directFirst) implements Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            int c = 0;
            if (ranked) {
                c = Precision.higherFirst(a.decision(), b.decision(), Precision.SCORE);
            } else if (directFirst) {
                c = Boolean.compare(direct(b), direct(a));
            }
            if (c == 0) {
                c = Long.compare(fitUnits(b.fit()), fitUnits(a.fit()));
            }
            if (c == 0 && ranked) {
                c = Long.compare(b.maturity().key(), a.maturity().key());
            }
            return c != 0 ? c : a.library().id().compareTo(b.library().id());
        }

        /** Whether a candidate's best evidence is a source's own rating (a stack's candidate may have none). */
        private static boolean direct(Candidate c) {
            return c.fit() != null && c.fit().direct();
        }
    }

    /** The fit as compared: at the shown precision; no evidence, or a recommendation without stars, counts as 0. */
    static long fitUnits(Evidence fit) {
        return fit == null || fit.fit() == null ? 0 : Precision.units(fit.fit(), Precision.SCORE);
    }

    public Result recommend(Scenario scenario, Weights weights, double fitWeight, Predicate<Library> filter) {
        List<Candidate> ranked = new ArrayList<>();
        List<Candidate> unscored = new ArrayList<>();
        List<Candidate> related = new ArrayList<>();
        for (Library library : catalog.libraries()) {
            if (!filter.test(library)) {
                continue;
            }
            List<Evidence> evidence = fit.evidence(library, scenario);
            if (evidence.isEmpty()) {
                List<Evidence> apart = fit.outOfLane(library, scenario);
                if (!apart.isEmpty()) {
                    related.add(new Candidate(library, apart.get(0), apart, null, null, null));
                }
                continue;
            }
            Candidate candidate = candidate(library, evidence, weights, fitWeight);
            (candidate.scored() ? ranked : unscored).add(candidate);
        }
        ranked.sort(ORDER);
        unscored.sort(UNSCORED_ORDER);
        related.sort(RELATED_ORDER);
        return new Result(List.copyOf(ranked), List.copyOf(unscored), List.copyOf(related));
    }

    /**
     * A library considered for a scenario whatever its lane, as a stack's layer considers the libraries it
     * names or whose category it takes: on its evidence for the scenario, else on its ratings for related
     * scenarios, else on none (fit 0).
     */
    public Candidate consider(Library library, Scenario scenario, Weights weights, double fitWeight) {
        List<Evidence> evidence = fit.evidence(library, scenario);
        return candidate(library, evidence.isEmpty() ? fit.outOfLane(library, scenario) : evidence, weights, fitWeight);
    }

    /** A library as a candidate on its evidence (best first): scored when it has a maturity score. */
    private Candidate candidate(Library library, List<Evidence> evidence, Weights weights, double fitWeight) {
        Evidence best = evidence.isEmpty() ? null : evidence.get(0);
        Optional<MaturityScore> maturity = Maturity.of(library, weights);
        if (maturity.isEmpty()) {
            return new Candidate(library, best, evidence, null, null, null);
        }
        MaturityScore m = maturity.get();
        return new Candidate(library, best, evidence, m, tiers.of(m.value()), Decision.score(best, m, fitWeight));
    }
}
