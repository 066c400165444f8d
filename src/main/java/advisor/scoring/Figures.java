package advisor.scoring;

import advisor.model.Library;
import advisor.model.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where sources disagree about a library's measured figures. Two figures disagree when they come from
 * different sources, name the same metric (English label, case-insensitive) in the same unit, under
 * conditions that do not contradict each other (no condition key with two different values), and no value
 * can satisfy both: "&lt; 1 ms" and a measured 2 ms disagree, "&lt; 1 ms" and 0.5 ms do not. A plain value is
 * exact, a range allows its span, "about" allows {@link #ABOUT} either side; baselines are not the
 * library's own figures and are never compared.
 */
public final class Figures {
    /** How far "about" reaches either side of its value, as a fraction of it. */
    public static final double ABOUT = 0.10;

    private Figures() {
    }

    /** The figures of one metric and unit on which sources disagree, in catalog order. */
    public record Disagreement(String unit, List<Measurement> figures) {
        public Measurement first() {
            return figures.get(0);
        }
    }

    public static List<Disagreement> disagreements(Library library) {
        Map<String, List<Measurement>> clashes = new LinkedHashMap<>();
        List<Measurement> all = library.measurements();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Measurement a = all.get(i);
                Measurement b = all.get(j);
                if (disagree(a, b)) {
                    List<Measurement> list = clashes.computeIfAbsent(key(a), k -> new ArrayList<>());
                    addOnce(list, a);
                    addOnce(list, b);
                }
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (List<Measurement> list : clashes.values()) {
            list.sort(java.util.Comparator.comparingInt(all::indexOf));
            out.add(new Disagreement(list.get(0).unit(), List.copyOf(list)));
        }
        return out;
    }

    /** The baselines a figure is compared against, in the order its {@code conditions.baseline} names them. */
    public static List<Measurement> baselinesOf(Library library, Measurement figure) {
        List<Measurement> out = new ArrayList<>();
        for (String name : figure.baselineNames()) {
            for (Measurement b : library.measurements()) {
                if (figure.comparesWith(b) && b.conditions().get("baseline").trim().equals(name)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a baseline is shown beside some figure of its library (so it need not be listed on its own). */
    public static boolean besideAFigure(Library library, Measurement baseline) {
        if (baseline.isBaseline()) {
            for (Measurement f : library.measurements()) {
                if (f.comparesWith(baseline)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two figures contradict each other under the rule above. */
    public static boolean disagree(Measurement a, Measurement b) {
        if (a.isBaseline() || b.isBaseline() || a.source().equals(b.source()) || !key(a).equals(key(b))) {
            return false;
        }
        for (Map.Entry<String, String> c : a.conditions().entrySet()) {
            String other = b.conditions().get(c.getKey());
            if (other != null && !other.equals(c.getValue())) {
                return false;
            }
        }
        Bounds x = Bounds.of(a);
        Bounds y = Bounds.of(b);
        return !x.overlaps(y);
    }

    private static String key(Measurement m) {
        return m.metric().en().trim().toLowerCase(Locale.ROOT) + "\u0000" + m.unit();
    }

    private static void addOnce(List<Measurement> list, Measurement m) {
        if (list.stream().noneMatch(x -> x == m)) {
            list.add(m);
        }
    }

    /** The values a figure allows: from low to high, each end open or closed. */
    private record Bounds(double low, boolean lowOpen, double high, boolean highOpen) {
        static Bounds of(Measurement m) {
            double low = m.value();
            double high = m.valueMax() == null ? m.value() : m.valueMax();
            return switch (Objects.requireNonNullElse(m.qualifier(), "")) {
                case "less-than" -> new Bounds(Double.NEGATIVE_INFINITY, true, high, true);
                case "at-most" -> new Bounds(Double.NEGATIVE_INFINITY, true, high, false);
                case "more-than" -> new Bounds(low, true, Double.POSITIVE_INFINITY, true);
                case "at-least" -> new Bounds(low, false, Double.POSITIVE_INFINITY, true);
                case "about" -> new Bounds(low - Math.abs(low) * ABOUT, false, high + Math.abs(high) * ABOUT, false);
                default -> new Bounds(low, false, high, false);
            };
        }

        boolean overlaps(Bounds o) {
            return below(low, lowOpen, o.high, o.highOpen) && below(o.low, o.lowOpen, high, highOpen);
        }

        /** Whether a lower end lies at or below an upper end, so that some value is inside both. */
        private static boolean below(double low, boolean lowOpen, double high, boolean highOpen) {
            return low < high || (low == high && !lowOpen && !highOpen);
        }
    }
}
