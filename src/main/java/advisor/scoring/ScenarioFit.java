package advisor.scoring;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Precision;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How well a library fits a scenario, and why. A source's direct rating counts fully and always wins.
 * Otherwise the best inferred evidence counts, discounted:
 * a rating for a related scenario x the taxonomy's strength; membership of a trend that names the
 * scenario x {@link #TREND_FACTOR} of the trend's impact; the mean direct rating of the library's
 * category for the scenario x {@link #CATEGORY_FACTOR}.
 * Inference stays in its lane: for a domain scenario, inferred evidence counts only for libraries of the
 * categories that serve it (a vector database's Edge AI rating says nothing about LLM inference).
 */
public final class ScenarioFit {
    /** How much a trend's impact counts as fit for the scenarios it names. */
    public static final double TREND_FACTOR = 0.6;
    /** How much the direct ratings of a library's category count for the library itself. */
    public static final double CATEGORY_FACTOR = 0.5;

    private final Catalog catalog;

    public ScenarioFit(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Key of the category totals among the catalog's derived values. */
    private static final Object CATEGORY_TOTALS = new Object();
    /** Key of the {@link Memo} among the catalog's derived values. */
    private static final Object MEMO = new Object();

    /**
     * What a shell keeps between queries, with the (immutable) catalog: per scenario, each library's evidence
     * and out-of-lane evidence. They depend only on the catalog, the scenario and the library, so a batch of
     * queries computes each once. Scenarios and libraries by identity (no record hashing, which costs a cold
     * start milliseconds): one equal to another but not the same object is computed from its own fields all
     * the same. At most {@link #LIMIT} lists are kept (a shell over a very large catalog asked about many
     * scenarios would otherwise hold them all); past that, the memo starts over.
     */
    static final class Memo {
        static final int LIMIT = 400_000;
        private final Map<Scenario, Map<Library, List<Evidence>>> evidence = new IdentityHashMap<>();
        private final Map<Scenario, Map<Library, List<Evidence>>> outOfLane = new IdentityHashMap<>();
        private int size;

        synchronized List<Evidence> get(Scenario scenario, Library library, boolean apart) {
            Map<Library, List<Evidence>> byLibrary = (apart ? outOfLane : evidence).get(scenario);
            return byLibrary == null ? null : byLibrary.get(library);
        }

        synchronized void put(Scenario scenario, Library library, boolean apart, List<Evidence> list) {
            if (size >= LIMIT) {
                evidence.clear();
                outOfLane.clear();
                size = 0;
            }
            Map<Scenario, Map<Library, List<Evidence>>> byScenario = apart ? outOfLane : evidence;
            Map<Library, List<Evidence>> byLibrary = byScenario.get(scenario);
            if (byLibrary == null) {
                byLibrary = new IdentityHashMap<>();
                byScenario.put(scenario, byLibrary);
            }
            if (byLibrary.put(library, list) == null) {
                size++;
            }
        }

        synchronized int size() {
            return size;
        }
    }

    private static Memo newMemo(Catalog catalog) {
        return new Memo();
    }

    private List<Evidence> memo(Library library, Scenario scenario, boolean outOfLane) {
        Memo memo = catalog.derived(MEMO, ScenarioFit::newMemo);
        List<Evidence> known = memo.get(scenario, library, outOfLane);
        if (known == null) {
            known = List.copyOf(outOfLane ? computeOutOfLane(library, scenario) : computeEvidence(library, scenario));
            memo.put(scenario, library, outOfLane, known);
        }
        return known;
    }

    /** The memo of this catalog, for tests. */
    Memo memo() {
        return catalog.derived(MEMO, ScenarioFit::newMemo);
    }

    /**
     * The best evidence first (direct before inferred, then by fit), or empty when nothing links them.
     * The list cannot be changed.
     */
    public List<Evidence> evidence(Library library, Scenario scenario) {
        return memo(library, scenario, false);
    }

    private List<Evidence> computeEvidence(Library library, Scenario scenario) {
        List<Evidence> direct = new ArrayList<>();
        for (ScenarioRating r : library.scenarios()) {
            if (r.scenario().equals(scenario.id())) {
                direct.add(new Evidence(Evidence.Kind.DIRECT, r.stars() == null ? null : r.stars().doubleValue(),
                        r.stars(), scenario.id(), 1.0, r.source(), r.note()));
            }
        }
        if (!direct.isEmpty()) {
            // the newest source's rating first; among equals, the higher rating
            direct.sort(new Comparator<>() {
                @Override
                public int compare(Evidence a, Evidence b) {
                    int c = sourceDate(b.source()).compareTo(sourceDate(a.source()));
                    return c != 0 ? c : Double.compare(a.fit() == null ? 0 : -a.fit(), b.fit() == null ? 0 : -b.fit());
                }
            });
            return direct;
        }
        if (!scenario.servedBy(library.category())) {
            return List.of();
        }
        return inferred(library, scenario);
    }

    /**
     * For a library outside the categories that serve the scenario: its direct ratings for related
     * scenarios, best first, shown apart as related, never ranked. Empty for a library in its lane.
     * The list cannot be changed.
     */
    public List<Evidence> outOfLane(Library library, Scenario scenario) {
        return memo(library, scenario, true);
    }

    private List<Evidence> computeOutOfLane(Library library, Scenario scenario) {
        if (scenario.servedBy(library.category())) {
            return List.of();
        }
        for (ScenarioRating r : library.scenarios()) {
            if (r.scenario().equals(scenario.id())) {
                return List.of();
            }
        }
        // the related-scenario part of inferred(), in its order: its sort ranks kinds apart, after the fit
        List<Evidence> related = related(library, scenario);
        related.sort(BEST_INFERRED);
        return related;
    }

    /** Inferred evidence, best first: fits compared as shown (3 x 0.8 and 4 x 0.6 are the same 2.4), then kind, then via. */
    private static final Comparator<Evidence> BEST_INFERRED = new Comparator<>() {
        @Override
        public int compare(Evidence a, Evidence b) {
            int c = Precision.higherFirst(a.fit(), b.fit(), Precision.SCORE);
            if (c == 0) {
                c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
            }
            return c != 0 ? c : a.via().compareTo(b.via());
        }
    };

    private static List<Evidence> related(Library library, Scenario scenario) {
        List<Evidence> inferred = new ArrayList<>();
        for (Scenario.Related rel : scenario.related()) {
            for (ScenarioRating r : library.scenarios()) {
                if (r.scenario().equals(rel.scenario()) && r.stars() != null && rel.strength() > 0) {
                    inferred.add(new Evidence(Evidence.Kind.RELATED, r.stars() * rel.strength(), r.stars(),
                            rel.scenario(), rel.strength(), r.source(), r.note()));
                }
            }
        }
        return inferred;
    }

    private List<Evidence> inferred(Library library, Scenario scenario) {
        List<Evidence> inferred = related(library, scenario);
        for (Trend t : catalog.trends()) {
            if (t.libraries().contains(library.id()) && t.scenarios().contains(scenario.id())) {
                inferred.add(new Evidence(Evidence.Kind.TREND, t.impact() * TREND_FACTOR, t.impact(), t.id(),
                        TREND_FACTOR, t.source(), t.advice()));
            }
        }
        Optional<Double> categoryMean = categoryMean(library, scenario);
        if (categoryMean.isPresent()) {
            inferred.add(new Evidence(Evidence.Kind.CATEGORY, categoryMean.get() * CATEGORY_FACTOR, null,
                    library.category(), CATEGORY_FACTOR, null, null));
        }
        inferred.sort(BEST_INFERRED);
        return inferred;
    }

    /** The best evidence, or empty. */
    public Optional<Evidence> best(Library library, Scenario scenario) {
        List<Evidence> all = evidence(library, scenario);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Mean of the star ratings other libraries of the same category have for the scenario. */
    private Optional<Double> categoryMean(Library library, Scenario scenario) {
        double[] total = categoryTotals().getOrDefault(library.category() + '\u0000' + scenario.id(), new double[2]);
        double sum = total[0];
        double n = total[1];
        for (ScenarioRating r : library.scenarios()) {
            if (r.scenario().equals(scenario.id()) && r.stars() != null) {
                sum -= r.stars();
                n--;
            }
        }
        return n <= 0 ? Optional.empty() : Optional.of(sum / n);
    }

    /** Sum and count of the star ratings per category and scenario, built once per catalog: linear, not quadratic. */
    private Map<String, double[]> categoryTotals() {
        return catalog.derived(CATEGORY_TOTALS, ScenarioFit::totals);
    }

    private static Map<String, double[]> totals(Catalog catalog) {
        Map<String, double[]> totals = new HashMap<>();
        for (Library other : catalog.libraries()) {
            for (ScenarioRating r : other.scenarios()) {
                if (r.stars() != null) {
                    String key = other.category() + '\u0000' + r.scenario();
                    double[] t = totals.get(key);
                    if (t == null) {
                        t = new double[2];
                        totals.put(key, t);
                    }
                    t[0] += r.stars();
                    t[1]++;
                }
            }
        }
        return totals;
    }

    private LocalDate sourceDate(String id) {
        LocalDate date = catalog.sourceDate(id);
        return date == null ? LocalDate.MIN : date;
    }
}
