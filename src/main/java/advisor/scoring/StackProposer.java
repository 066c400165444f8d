package advisor.scoring;

import advisor.model.Catalog;
import advisor.model.Integration;
import advisor.model.Library;
import advisor.model.Precision;
import advisor.model.Scenario;
import advisor.model.Stack;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fills a stack's layers for a scenario and proposes one library per layer.
 *
 * <p>Each layer's candidates are the libraries of its categories and the libraries it names. Scored ones
 * are ranked by their decision score for the scenario as {@code recommend} ranks them (the layer makes a
 * library relevant, so a rating for a related scenario counts even outside the scenario's categories; a
 * candidate with no evidence at all for the scenario counts fit 0); a layer with no scored candidate ranks
 * its unscored ones (a reference architecture's choice first, then those the layer names, in its order,
 * then by fit and id).
 *
 * <p>The combination rule: {@code score = mean decision score of the scored choices + }{@link #INTEGRATION_BONUS}
 * {@code x share of the stack's edges whose two choices work together}. Two choices work together when a
 * source says so ({@code integrations.yaml}), when a reference architecture chose both, or when they are the
 * same library. A stack without edges counts every pair of layers. Each layer chooses among its top
 * {@link #SEARCH_WIDTH} candidates (scored ones where it has any); every combination is tried, and scores
 * are compared as shown (two decimals): a tie goes to the combination whose choices rank higher in their
 * layers, layer by layer in the stack's order. So two parts that work together beat a pair that scores
 * slightly more, but not one that scores clearly more: with two layers and one edge, the bonus is worth
 * one full point of decision score in one layer.
 */
public final class StackProposer {
    /** What a stack whose every edge joins parts that work together gains, on the 0-5 scale. */
    public static final double INTEGRATION_BONUS = 0.5;
    /** How many candidates of each layer the combination search considers. */
    public static final int SEARCH_WIDTH = 4;

    private final Catalog catalog;
    /** Ranks each layer's candidates as {@code recommend} ranks them. */
    private final Recommender recommender;

    public StackProposer(Catalog catalog) {
        this.catalog = catalog;
        this.recommender = new Recommender(catalog);
    }

    /** One layer filled: its ranked scored candidates, its unscored ones, and the choice (null: nothing fills it). */
    public record FilledLayer(Stack.Layer layer, List<Candidate> ranked, List<Candidate> unscored, Candidate choice,
                              int choiceRank) {
        /** The candidates the choice was made among: the scored ones when there are any. */
        public List<Candidate> pool() {
            return ranked.isEmpty() ? unscored : ranked;
        }
    }

    /** Why two choices count as working together. */
    public record Tie(List<Integration> integrations, List<String> references, boolean same) {
        public boolean holds() {
            return same || !integrations.isEmpty() || !references.isEmpty();
        }
    }

    /** An edge of the stack with the two libraries chosen at its ends (null where a layer is empty) and their tie. */
    public record Link(String from, String to, Library a, Library b, Tie tie) {
    }

    /** Why the weakest link is weakest. */
    public enum Weakness {
        /** No library in the catalog can fill the layer. */
        EMPTY,
        /** The layer's choice is not scored, so nothing vouches for its maturity. */
        NOT_SCORED,
        /** The lowest decision score among the choices. */
        LOWEST_SCORE
    }

    /**
     * The proposal: the stack filled, the links, the score by the combination rule (null when no layer has a
     * scored choice), its parts, the weakest layer and why, and the reference architectures that serve the
     * scenario.
     */
    public record Proposal(Stack stack, Scenario scenario, List<FilledLayer> layers, List<Link> links, Double score,
                           Double meanDecision, int integrated, FilledLayer weakest, Weakness weakness,
                           List<Stack> references) {
    }

    /** The stack a scenario is answered with: the first in the catalog that serves it. */
    public Optional<Stack> stackFor(Scenario scenario) {
        return catalog.stacks().stream().filter(s -> s.scenarios().contains(scenario.id())).findFirst();
    }

    public Proposal propose(Stack stack, Scenario scenario, Weights weights, double fitWeight) {
        List<FilledLayer> ranked = new ArrayList<>();
        for (Stack.Layer layer : stack.layers()) {
            ranked.add(rank(layer, scenario, weights, fitWeight));
        }
        List<int[]> pairs = pairs(stack);
        List<List<Candidate>> pools = new ArrayList<>();
        for (int k = 0; k < ranked.size(); k++) {
            List<Candidate> pool = ranked.get(k).pool();
            int finalK = k;
            boolean linked = pairs.stream().anyMatch(p -> p[0] == finalK || p[1] == finalK);
            pools.add(pool.subList(0, Math.min(pool.size(), linked ? SEARCH_WIDTH : 1)));
        }
        Tie[][][][] ties = ties(pools, pairs);
        int[] best = search(pools, pairs, ties);
        List<FilledLayer> filled = new ArrayList<>();
        for (int k = 0; k < ranked.size(); k++) {
            FilledLayer f = ranked.get(k);
            Candidate choice = best[k] < 0 ? null : pools.get(k).get(best[k]);
            filled.add(new FilledLayer(f.layer(), f.ranked(), f.unscored(), choice, best[k] + 1));
        }
        List<Link> links = new ArrayList<>();
        int integrated = 0;
        for (int[] p : pairs) {
            Candidate a = filled.get(p[0]).choice();
            Candidate b = filled.get(p[1]).choice();
            Tie tie = a == null || b == null ? new Tie(List.of(), List.of(), false)
                    : ties[p[0]][p[1]][best[p[0]]][best[p[1]]];
            if (tie.holds()) {
                integrated++;
            }
            links.add(new Link(stack.layers().get(p[0]).id(), stack.layers().get(p[1]).id(),
                    a == null ? null : a.library(), b == null ? null : b.library(), tie));
        }
        Double mean = mean(filled.stream().map(FilledLayer::choice).toList());
        Double score = mean == null ? null : mean + bonus(integrated, pairs.size());
        FilledLayer weakest = null;
        Weakness weakness = null;
        for (FilledLayer f : filled) {
            Weakness w = f.choice() == null ? Weakness.EMPTY : !f.choice().scored() ? Weakness.NOT_SCORED : Weakness.LOWEST_SCORE;
            if (weakest == null || w.ordinal() < weakness.ordinal() || w == weakness && w == Weakness.LOWEST_SCORE
                    && Precision.units(f.choice().decision(), Precision.SCORE)
                    < Precision.units(weakest.choice().decision(), Precision.SCORE)) {
                weakest = f;
                weakness = w;
            }
        }
        List<Stack> references = catalog.stacks().stream()
                .filter(s -> s.reference() && (s.id().equals(stack.id()) || s.scenarios().contains(scenario.id())))
                .toList();
        return new Proposal(stack, scenario, List.copyOf(filled), List.copyOf(links), score, mean, integrated, weakest,
                weakness, references);
    }

    /** The score a combination gains from its integrated edges. */
    static double bonus(int integrated, int edges) {
        return edges == 0 ? 0 : INTEGRATION_BONUS * integrated / edges;
    }

    /** The pairs of layers (indexes) the rule looks at: the edges, or every pair when the stack has none. */
    static List<int[]> pairs(Stack stack) {
        List<int[]> out = new ArrayList<>();
        List<String> ids = stack.layers().stream().map(Stack.Layer::id).toList();
        if (stack.edges().isEmpty()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    out.add(new int[] {i, j});
                }
            }
        }
        for (Stack.Edge e : stack.edges()) {
            int from = ids.indexOf(e.from());
            int to = ids.indexOf(e.to());
            if (from >= 0 && to >= 0) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private FilledLayer rank(Stack.Layer layer, Scenario scenario, Weights weights, double fitWeight) {
        List<Candidate> scored = new ArrayList<>();
        List<Candidate> unscored = new ArrayList<>();
        for (Library library : catalog.libraries()) {
            if (layer.libraries().contains(library.id()) || layer.categories().contains(library.category())) {
                Candidate candidate = recommender.consider(library, scenario, weights, fitWeight);
                (candidate.scored() ? scored : unscored).add(candidate);
            }
        }
        scored.sort(Recommender.ORDER);
        unscored.sort(new UnscoredOrder(layer));
        return new FilledLayer(layer, List.copyOf(scored), List.copyOf(unscored), null, 0);
    }

    /**
     * A layer's unscored candidates: a reference architecture's own choice first, then the ones the layer
     * names, in its order, then as {@code recommend} lists unscored ones. (A class, not lambdas: linking a
     * lambda costs a cold start.)
     */
    private record UnscoredOrder(Stack.Layer layer) implements Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            int c = Integer.compare(named(a), named(b));
            return c != 0 ? c : Recommender.UNSCORED_ORDER.compare(a, b);
        }

        /** Where the layer puts a candidate: a reference architecture's own choice, then the ones it names. */
        private int named(Candidate c) {
            if (c.library().id().equals(layer.choice())) {
                return -1;
            }
            int at = layer.libraries().indexOf(c.library().id());
            return at < 0 ? Integer.MAX_VALUE : at;
        }
    }

    /** The ties between every two considered candidates of the two layers of each pair, worked out once. */
    private Tie[][][][] ties(List<List<Candidate>> pools, List<int[]> pairs) {
        int n = pools.size();
        Tie[][][][] out = new Tie[n][n][][];
        for (int[] p : pairs) {
            int i = p[0];
            int j = p[1];
            if (out[i][j] != null) {
                continue;
            }
            out[i][j] = new Tie[pools.get(i).size()][pools.get(j).size()];
            for (int x = 0; x < pools.get(i).size(); x++) {
                for (int y = 0; y < pools.get(j).size(); y++) {
                    out[i][j][x][y] = tie(pools.get(i).get(x).library().id(), pools.get(j).get(y).library().id());
                }
            }
        }
        return out;
    }

    /** Why two libraries count as working together (nothing, when they do not). */
    public Tie tie(String a, String b) {
        List<Integration> integrations = catalog.integrations().stream().filter(g -> g.joins(a, b)).toList();
        List<String> references = new ArrayList<>();
        for (Stack s : catalog.stacks()) {
            if (s.reference() && !a.equals(b)
                    && s.layers().stream().anyMatch(l -> a.equals(l.choice()))
                    && s.layers().stream().anyMatch(l -> b.equals(l.choice()))) {
                references.add(s.id());
            }
        }
        return new Tie(integrations, List.copyOf(references), a.equals(b));
    }

    /** The best combination: for each layer the index of its choice in its pool, or -1 for an empty layer. */
    private static int[] search(List<List<Candidate>> pools, List<int[]> pairs, Tie[][][][] ties) {
        int n = pools.size();
        int[] current = new int[n];
        int[] best = null;
        long bestUnits = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            current[k] = pools.get(k).isEmpty() ? -1 : 0;
        }
        while (true) {
            long units = units(pools, pairs, ties, current);
            // the odometer runs through combinations with earlier layers' higher-ranked choices first, so a
            // later combination wins only with a strictly higher score: ties go to the higher-ranked choices
            if (best == null || units > bestUnits) {
                best = current.clone();
                bestUnits = units;
            }
            int k = n - 1;
            while (k >= 0 && (current[k] < 0 || current[k] == pools.get(k).size() - 1)) {
                if (current[k] >= 0) {
                    current[k] = 0;
                }
                k--;
            }
            if (k < 0) {
                return best;
            }
            current[k]++;
        }
    }

    /** A combination's score as compared: at the shown precision; no scored choice at all counts as 0. */
    private static long units(List<List<Candidate>> pools, List<int[]> pairs, Tie[][][][] ties, int[] choice) {
        List<Candidate> chosen = new ArrayList<>();
        for (int k = 0; k < choice.length; k++) {
            chosen.add(choice[k] < 0 ? null : pools.get(k).get(choice[k]));
        }
        int integrated = 0;
        for (int[] p : pairs) {
            if (choice[p[0]] >= 0 && choice[p[1]] >= 0 && ties[p[0]][p[1]][choice[p[0]]][choice[p[1]]].holds()) {
                integrated++;
            }
        }
        Double mean = mean(chosen);
        return Precision.units((mean == null ? 0 : mean) + bonus(integrated, pairs.size()), Precision.SCORE);
    }

    private static Double mean(List<Candidate> chosen) {
        double sum = 0;
        int n = 0;
        for (Candidate c : chosen) {
            if (c != null && c.scored()) {
                sum += c.decision();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
