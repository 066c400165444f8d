package advisor.scoring;

import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How stable a ranking is under weight uncertainty.
 * <ul>
 *   <li>Rank acceptability: {@link #SAMPLES} weight vectors drawn from a Dirichlet distribution centred
 *   on the profile (concentration {@link #CONCENTRATION}, fixed seed), and how often each of the top
 *   {@link #CANDIDATES} candidates ranks first, by the ranking's own rule (scores as shown, ties to the
 *   better fit, the higher maturity, the id).</li>
 *   <li>Flip margin: the least weight (as a share of the total) that must move between dimensions to
 *   swap #1 and #2; moving it from the dimensions that favour #1 most to the one that favours #2 most
 *   is optimal, since the decision score is linear in the weights.</li>
 * </ul>
 * Only SplittableRandom and StrictMath are used, so the figures are identical on every JDK.
 */
public final class Robustness {
    public static final int SAMPLES = 10_000;
    public static final long SEED = 20251023L;
    public static final double CONCENTRATION = 30;
    public static final int CANDIDATES = 10;
    /** Below this first-place share, #1 is not a clear winner. */
    public static final double CLEAR_SHARE = 0.75;
    /** Below this flip margin (share of weight moved), #1 is not a clear winner. */
    public static final double CLEAR_MARGIN = 0.10;

    private Robustness() {
    }

    /** A share of weight moved from one dimension to another. */
    public record Move(String from, String to, double amount) {
    }

    /** The least total weight to move so that #2 ties #1, and how; null mass when no weights can do it. */
    public record Flip(Double mass, List<Move> moves) {
    }

    /** How often each candidate ranked first (ids in ranking order), the flip margin and the verdict. */
    public record Result(Map<String, Double> firstShare, Flip flip, boolean clearWinner, int samples) {
    }

    public static Result analyse(List<Candidate> ranked, Weights weights, double fitWeight) {
        if (ranked.isEmpty()) {
            return new Result(Map.of(), null, false, 0);
        }
        List<Candidate> top = ranked.subList(0, Math.min(CANDIDATES, ranked.size()));
        List<String> dims = new ArrayList<>(weights.asMap().keySet());
        String key = inputs(top, dims, weights, fitWeight);
        synchronized (RESULT_CACHE) {
            Result cached = RESULT_CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Result result = compute(top, dims, weights, fitWeight);
        synchronized (RESULT_CACHE) {
            RESULT_CACHE.put(key, result);
        }
        return result;
    }

    /**
     * Results already computed in this process, by everything they are computed from: a shell that is
     * asked the same scenario under the same profile again (a batch of queries, a wiki pipeline) samples
     * once. The key holds every input exactly (doubles by their bits), so a hit is the same answer.
     */
    private static final Map<String, Result> RESULT_CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > 256;
        }
    };

    /** Every input of {@link #compute}, written out exactly. */
    private static String inputs(List<Candidate> top, List<String> dims, Weights weights, double fitWeight) {
        StringBuilder key = new StringBuilder(64 + top.size() * 160);
        bits(key, fitWeight);
        for (String d : dims) {
            key.append(d).append('=');
            bits(key, weights.of(d));
        }
        for (Candidate c : top) {
            key.append('|').append(c.library().id()).append(' ');
            bits(key, c.decision());
            bits(key, intercept(c, fitWeight));
            key.append(c.fit().fit() == null ? 'n' : 'f').append(Recommender.fitUnits(c.fit())).append(' ');
            key.append(c.maturity().basis() == MaturityScore.Basis.REPORTED ? "r" + c.maturity().key() : "c").append(' ');
            for (double slope : maturitySlopes(c, dims)) {
                bits(key, slope);
            }
        }
        return key.toString();
    }

    private static void bits(StringBuilder key, double d) {
        key.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
    }

    private static Result compute(List<Candidate> top, List<String> dims, Weights weights, double fitWeight) {
        int n = dims.size();
        double[][] e = new double[top.size()][];
        double[][] m = new double[top.size()][];
        double[] a = new double[top.size()];
        double[] share = new double[top.size()];
        long[] fitKey = new long[top.size()];
        Long[] reportedKey = new Long[top.size()];
        int[] idRank = idRanks(top);
        for (int c = 0; c < top.size(); c++) {
            Candidate cand = top.get(c);
            a[c] = intercept(cand, fitWeight);
            share[c] = cand.fit().fit() == null ? 1 : 1 - fitWeight;
            m[c] = maturitySlopes(cand, dims);
            e[c] = new double[n];
            for (int i = 0; i < n; i++) {
                e[c][i] = share[c] * m[c][i];
            }
            fitKey[c] = Recommender.fitUnits(cand.fit());
            reportedKey[c] = cand.maturity().basis() == MaturityScore.Basis.REPORTED ? cand.maturity().key() : null;
        }
        Map<String, Double> firstShare = new LinkedHashMap<>();
        for (Candidate c : top) {
            firstShare.put(c.library().id(), 0.0);
        }
        if (top.size() == 1) {
            firstShare.put(top.get(0).library().id(), 1.0);
            return new Result(Collections.unmodifiableMap(firstShare), null, true, 0);
        }
        int[] wins = new int[top.size()];
        double[] alpha = new double[n];
        for (int i = 0; i < n; i++) {
            alpha[i] = CONCENTRATION * weights.of(dims.get(i));
        }
        double[] samples = samples(alpha);
        // the ranking's own rule under each weight sample: the score as shown, then fit, maturity and id.
        // This runs 100,000 times per recommendation and the leader is usually clear, so the loop only
        // compares doubles: rounding and the tie rules run (in Ties) when a challenger comes near.
        Ties ties = new Ties(fitKey, reportedKey, idRank);
        int size = top.size();
        for (int s = 0; s < SAMPLES; s++) {
            int base = s * n;
            int best = 0;
            double bestMaturity = dot(samples, base, m[0], n);
            double bestDecision = a[0] + share[0] * bestMaturity;
            double bestFloor = Precision.below(bestDecision, Precision.SCORE);
            for (int c = 1; c < size; c++) {
                double maturity = dot(samples, base, m[c], n);
                double decision = a[c] + share[c] * maturity;
                // written so that a NaN still reaches the rounding, which refuses it
                if (!(decision < bestFloor) && ties.beats(c, decision, maturity, best, bestDecision, bestMaturity)) {
                    best = c;
                    bestMaturity = maturity;
                    bestDecision = decision;
                    bestFloor = Precision.below(decision, Precision.SCORE);
                }
            }
            wins[best]++;
        }
        for (int c = 0; c < top.size(); c++) {
            firstShare.put(top.get(c).library().id(), (double) wins[c] / SAMPLES);
        }
        // #1 and #2 that print the same score already tie: no weight needs to move
        Flip flip = Precision.compare(top.get(0).decision(), top.get(1).decision(), Precision.SCORE) == 0
                ? new Flip(0.0, List.of())
                : flip(a[0] - a[1], diff(e[0], e[1]), dims, weights);
        boolean clear = firstShare.get(top.get(0).library().id()) >= CLEAR_SHARE
                && (flip.mass() == null || flip.mass() >= CLEAR_MARGIN);
        return new Result(Collections.unmodifiableMap(firstShare), flip, clear, SAMPLES);
    }

    /** The sampled maturity: the weights of one sample times a candidate's slopes, in dimension order. */
    private static double dot(double[] samples, int base, double[] slopes, int n) {
        double maturity = 0;
        for (int i = 0; i < n; i++) {
            maturity += samples[base + i] * slopes[i];
        }
        return maturity;
    }

    /** The ranking's rule between a challenger and the leader under one weight sample, past the scores' doubles. */
    private record Ties(long[] fitKey, Long[] reportedKey, int[] idRank) {
        /** Whether candidate c ranks above the leader: higher score as shown, then fit, maturity, id. */
        boolean beats(int c, double decision, double maturity, int best, double bestDecision, double bestMaturity) {
            long score = Precision.units(decision, Precision.SCORE);
            long bestScore = Precision.units(bestDecision, Precision.SCORE);
            if (score != bestScore) {
                return score > bestScore;
            }
            if (fitKey[c] != fitKey[best]) {
                return fitKey[c] > fitKey[best];
            }
            long maturityKey = maturityKey(reportedKey[c], maturity);
            long bestMaturityKey = maturityKey(reportedKey[best], bestMaturity);
            return maturityKey > bestMaturityKey || maturityKey == bestMaturityKey && idRank[c] < idRank[best];
        }

        /** The maturity as the ranking compares it: the reported key, or the sampled maturity as shown. */
        private static long maturityKey(Long reported, double maturity) {
            return reported != null ? reported : Precision.units(maturity, Precision.SCORE);
        }
    }

    /** Each candidate's place in the alphabetical order of ids, the ranking's last tie-breaker. */
    private static int[] idRanks(List<Candidate> top) {
        List<String> ids = new ArrayList<>(top.size());
        for (Candidate c : top) {
            ids.add(c.library().id());
        }
        ids.sort(null);
        int[] ranks = new int[top.size()];
        for (int c = 0; c < top.size(); c++) {
            ranks[c] = ids.indexOf(top.get(c).library().id());
        }
        return ranks;
    }

    /** Weight samples already drawn in this process, by Dirichlet parameters: a shell draws them once per profile. */
    private static final Map<String, double[]> SAMPLE_CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > 8;
        }
    };

    /**
     * {@link #SAMPLES} weight vectors from Dirichlet(alpha), normalised, laid out one after another.
     * Always the same for the same alpha (fixed seed), so they are drawn once and reused.
     */
    private static double[] samples(double[] alpha) {
        String key = Arrays.toString(alpha);
        synchronized (SAMPLE_CACHE) {
            double[] cached = SAMPLE_CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        int n = alpha.length;
        double[] out = new double[SAMPLES * n];
        SplittableRandom random = new SplittableRandom(SEED);
        double[] w = new double[n];
        for (int s = 0; s < SAMPLES; s++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = alpha[i] > 0 ? gamma(random, alpha[i]) : 0;
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                out[s * n + i] = w[i] / sum;
            }
        }
        synchronized (SAMPLE_CACHE) {
            SAMPLE_CACHE.put(key, out);
        }
        return out;
    }

    /** The part of the decision score that does not depend on the weights. */
    private static double intercept(Candidate c, double fitWeight) {
        return c.fit().fit() == null ? 0 : fitWeight * c.fit().fit();
    }

    /** Per dimension, what a unit of (normalised) weight adds to the maturity score. */
    private static double[] maturitySlopes(Candidate c, List<String> dims) {
        Evaluation ev = c.library().evaluation();
        double[] out = new double[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            if (ev.dimensions().isEmpty()) {
                out[i] = ev.reported().score(); // constant: the weights sum to one
            } else {
                DimensionScore s = ev.dimensions().get(dims.get(i));
                out[i] = s == null ? c.maturity().value() : s.score();
            }
        }
        return out;
    }

    private static double[] diff(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    /** Least weight moved to bring {@code lead + sum(w_i d_i)} down to zero (greedy is optimal for a linear gap). */
    static Flip flip(double lead, double[] d, List<String> dims, Weights weights) {
        double gap = lead;
        for (int i = 0; i < d.length; i++) {
            gap += weights.of(dims.get(i)) * d[i];
        }
        if (gap <= 1e-12) {
            return new Flip(0.0, List.of());
        }
        // rates compared without floating-point noise, so that equal rates choose by dimension order
        long[] rates = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            rates[i] = Precision.units(d[i], Precision.CLEAN);
        }
        int sink = 0;
        for (int i = 1; i < d.length; i++) {
            if (rates[i] < rates[sink]) {
                sink = i;
            }
        }
        // the sources by rate, highest first, then in dimension order (an insertion sort: a handful of
        // dimensions, and no lambdas to link in a cold start)
        int[] order = new int[d.length];
        int sources = 0;
        for (int i = 0; i < d.length; i++) {
            if (i != sink && weights.of(dims.get(i)) > 0) {
                int at = sources++;
                while (at > 0 && rates[order[at - 1]] < rates[i]) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = i;
            }
        }
        double moved = 0;
        List<Move> moves = new ArrayList<>();
        for (int k = 0; k < sources; k++) {
            int i = order[k];
            double rate = d[i] - d[sink];
            if (rate <= 1e-12) {
                break;
            }
            double available = weights.of(dims.get(i));
            double needed = gap / rate;
            double take = Math.min(available, needed);
            moves.add(new Move(dims.get(i), dims.get(sink), take));
            moved += take;
            gap -= take * rate;
            if (gap <= 1e-12) {
                return new Flip(moved, List.copyOf(moves));
            }
        }
        return new Flip(null, List.of());
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, with StrictMath for reproducibility. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(random, shape + 1) * StrictMath.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (u > 0 && StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }

    /** A standard normal by Box-Muller. */
    private static double normal(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        if (u1 == 0) {
            u1 = Double.MIN_VALUE;
        }
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }
}
