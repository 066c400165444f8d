package advisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" suggestions: the known names close enough to what was typed to be what was meant. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * Up to three known names close to {@code typed}, closest first; ties keep the order given. Close
     * means one edit (a letter added, dropped, changed, or two swapped) per four letters typed, at least
     * one; or a known name that starts with what was typed. Above that a suggestion is mostly noise
     * ({@code code-search} is not {@code dl-research}).
     */
    public static List<String> closest(String typed, List<String> known) {
        String key = Names.key(typed);
        int limit = Math.max(1, key.length() / 4);
        record Scored(String name, int distance, int index) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            String candidate = Names.key(known.get(i));
            int d = key.length() >= 2 && candidate.startsWith(key) ? Math.min(1, distance(key, candidate, limit))
                    : distance(key, candidate, limit);
            if (d <= limit) {
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

    /**
     * The optimal-string-alignment distance (Levenshtein with swaps of neighbours, the commonest typo),
     * or {@code limit + 1} as soon as it must be larger than {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
