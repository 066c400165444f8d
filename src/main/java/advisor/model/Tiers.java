package advisor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps a maturity score to its tier by the catalog's thresholds. */
public final class Tiers {
    private final List<Tier> highestFirst;

    public Tiers(List<Tier> tiers) {
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(HIGHEST_FIRST);
        this.highestFirst = List.copyOf(sorted);
    }

    /**
     * Highest threshold first (a class: the JDK's comparator combinators are lambdas spun at run time that no
     * class-data archive keeps, and every run builds tiers).
     */
    private static final Comparator<Tier> HIGHEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Tier a, Tier b) {
            return Double.compare(b.minScore(), a.minScore());
        }
    };

    /**
     * The highest tier whose threshold the score reaches, or null when the score is below every threshold.
     * The score counts as shown ({@link Precision#SCORE} decimals): a score printed as 4.80 reaches 4.8.
     */
    public Tier of(double score) {
        for (Tier t : highestFirst) {
            if (Precision.compare(score, t.minScore(), Precision.SCORE) >= 0) {
                return t;
            }
        }
        return null;
    }

    /** Position of a tier from the top (0 = highest); -1 when unknown. */
    public int rank(String tierId) {
        for (int i = 0; i < highestFirst.size(); i++) {
            if (highestFirst.get(i).id().equals(tierId)) {
                return i;
            }
        }
        return -1;
    }
}
