package advisor.scoring;

import advisor.model.DimensionScore;
import advisor.model.Library;
import advisor.model.Precision;
import advisor.model.ScenarioRating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares libraries dimension by dimension and scenario by scenario. A dimension's leader is the one
 * library with the highest score (a tie has no leader); A dominates B when it scores at least as well
 * on every dimension and better on at least one (only libraries with dimension scores can dominate).
 * Dimension scores are compared as shown ({@link Precision#DIMENSION} decimal): what prints equal is a tie.
 */
public final class Comparison {
    private Comparison() {
    }

    /** Scores higher first, as compared at the dimensions' precision (a class: linking a lambda costs a cold start). */
    private static final Comparator<Map.Entry<String, Double>> HIGHER_FIRST = new Comparator<>() {
        @Override
        public int compare(Map.Entry<String, Double> x, Map.Entry<String, Double> y) {
            return Precision.higherFirst(x.getValue(), y.getValue(), Precision.DIMENSION);
        }
    };

    /** One dimension across the libraries; {@code leader} is null on a tie or when fewer than two are scored. */
    public record DimensionRow(String dimension, Map<String, Double> scores, String leader, double margin) {
    }

    /** One scenario across the libraries (stars null when a library is not rated or rated without stars). */
    public record ScenarioRow(String scenario, Map<String, Integer> stars, String leader, boolean shared) {
    }

    /** What A leads on against B, what B leads on, and where they tie. */
    public record Pair(String a, String b, List<String> aLeads, List<String> bLeads, List<String> ties) {
        public boolean aDominates() {
            return bLeads.isEmpty() && !aLeads.isEmpty();
        }

        public boolean bDominates() {
            return aLeads.isEmpty() && !bLeads.isEmpty();
        }
    }

    public static List<DimensionRow> dimensions(List<Library> libraries, List<String> dimensionOrder) {
        List<DimensionRow> rows = new ArrayList<>();
        for (String dim : dimensionOrder) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (Library l : libraries) {
                DimensionScore s = l.evaluation() == null ? null : l.evaluation().dimensions().get(dim);
                if (s != null) {
                    scores.put(l.id(), s.score());
                }
            }
            String leader = null;
            double margin = 0;
            if (scores.size() >= 2) {
                List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
                sorted.sort(HIGHER_FIRST);
                long lead = Precision.units(sorted.get(0).getValue(), Precision.DIMENSION)
                        - Precision.units(sorted.get(1).getValue(), Precision.DIMENSION);
                if (lead > 0) {
                    leader = sorted.get(0).getKey();
                    margin = Precision.round(sorted.get(0).getValue(), Precision.DIMENSION)
                            .subtract(Precision.round(sorted.get(1).getValue(), Precision.DIMENSION)).doubleValue();
                }
            }
            rows.add(new DimensionRow(dim, scores, leader, margin));
        }
        return rows;
    }

    /** Pairwise leads for every pair of libraries that both have dimension scores, in input order. */
    public static List<Pair> pairs(List<Library> libraries, List<String> dimensionOrder) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < libraries.size(); i++) {
            for (int j = i + 1; j < libraries.size(); j++) {
                Library a = libraries.get(i);
                Library b = libraries.get(j);
                if (!hasDimensions(a) || !hasDimensions(b)) {
                    continue;
                }
                List<String> aLeads = new ArrayList<>();
                List<String> bLeads = new ArrayList<>();
                List<String> ties = new ArrayList<>();
                for (String dim : dimensionOrder) {
                    DimensionScore x = a.evaluation().dimensions().get(dim);
                    DimensionScore y = b.evaluation().dimensions().get(dim);
                    if (x == null || y == null) {
                        continue;
                    }
                    int cmp = Precision.compare(x.score(), y.score(), Precision.DIMENSION);
                    if (cmp > 0) {
                        aLeads.add(dim);
                    } else if (cmp < 0) {
                        bLeads.add(dim);
                    } else {
                        ties.add(dim);
                    }
                }
                pairs.add(new Pair(a.id(), b.id(), aLeads, bLeads, ties));
            }
        }
        return pairs;
    }

    /** Every scenario any of the libraries is rated for, in the order first met. */
    public static List<ScenarioRow> scenarios(List<Library> libraries) {
        Set<String> ids = new LinkedHashSet<>();
        for (Library l : libraries) {
            for (ScenarioRating r : l.scenarios()) {
                ids.add(r.scenario());
            }
        }
        List<ScenarioRow> rows = new ArrayList<>();
        for (String id : ids) {
            Map<String, Integer> stars = new LinkedHashMap<>();
            int rated = 0;
            for (Library l : libraries) {
                Integer best = null;
                boolean any = false;
                for (ScenarioRating r : l.scenarios()) {
                    if (r.scenario().equals(id)) {
                        any = true;
                        if (r.stars() != null && (best == null || r.stars() > best)) {
                            best = r.stars();
                        }
                    }
                }
                stars.put(l.id(), best);
                if (any) {
                    rated++;
                }
            }
            String leader = null;
            int top = -1;
            int count = 0;
            for (Map.Entry<String, Integer> e : stars.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (e.getValue() > top) {
                    top = e.getValue();
                    leader = e.getKey();
                    count = 1;
                } else if (e.getValue() == top) {
                    count++;
                }
            }
            boolean shared = rated == libraries.size();
            rows.add(new ScenarioRow(id, stars, count == 1 && shared ? leader : null, shared));
        }
        return rows;
    }

    private static boolean hasDimensions(Library l) {
        return l.evaluation() != null && !l.evaluation().dimensions().isEmpty();
    }
}
