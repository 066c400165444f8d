package advisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions: the known names closest to what was typed. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);

    private Suggestions() {
    }

    /** Up to three known names close to {@code typed}, closest first; ties keep the order given. */
    public static List<String> closest(String typed, List<String> known) {
        String key = Names.key(typed);
        int limit = Math.max(2, key.length() / 3);
        record Scored(String name, int distance, int index) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            String candidate = Names.key(known.get(i));
            int d = DISTANCE.apply(key, candidate);
            boolean prefix = key.length() >= 2 && candidate.startsWith(key);
            if (prefix) {
                d = Math.min(d < 0 ? Integer.MAX_VALUE : d, 1);
            }
            if (d >= 0 && d <= limit) {
                scored.add(new Scored(known.get(i), d, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::index));
        return scored.stream().map(Scored::name).distinct().limit(3).toList();
    }

    /** "; did you mean 'x'?" or "" when nothing is close. */
    public static String didYouMean(String typed, List<String> known) {
        List<String> close = closest(typed, known);
        if (close.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", close.stream().map(s -> "'" + s + "'").toList()) + "?";
    }
}
