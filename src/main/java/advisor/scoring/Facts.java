package advisor.scoring;

import advisor.model.Catalog;
import advisor.model.Fact;
import advisor.model.Library;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a library's facts say now, how they changed over time, and where sources disagree.
 * A fact's date is its {@code asOf}, else its source's date; an undated fact counts as the oldest.
 * Two facts with different values disagree when their dates cannot order them (same date, or one undated);
 * otherwise they form a history and the newest is current.
 */
public final class Facts {
    private final Catalog catalog;

    public Facts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A fact with the date it describes ("" when undated), for sorting and display. */
    public record Dated(Fact fact, String date) {
    }

    /** Facts of one key whose values differ and whose dates cannot tell which is newer. */
    public record Disagreement(String key, List<Dated> facts) {
    }

    public String dateOf(Fact fact) {
        if (fact.asOf() != null) {
            return fact.asOf();
        }
        java.time.LocalDate date = catalog.sourceDate(fact.source());
        return date == null ? "" : date.toString();
    }

    /** Every fact, oldest first within each key, keys in first-seen order. */
    public Map<String, List<Dated>> byKey(Library library) {
        Map<String, List<Dated>> map = new LinkedHashMap<>();
        for (Fact f : library.facts()) {
            List<Dated> list = map.get(f.key());
            if (list == null) {
                list = new ArrayList<>();
                map.put(f.key(), list);
            }
            list.add(new Dated(f, dateOf(f)));
        }
        for (List<Dated> list : map.values()) {
            list.sort(OLDEST_FIRST);
        }
        return map;
    }

    /** By date, oldest first (a class: the JDK's Comparator.comparing is a lambda that no class-data archive keeps). */
    private static final Comparator<Dated> OLDEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Dated a, Dated b) {
            return compareDates(a.date(), b.date());
        }
    };

    /** The newest fact of each key. */
    public Map<String, Dated> current(Library library) {
        Map<String, Dated> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Dated>> e : byKey(library).entrySet()) {
            out.put(e.getKey(), e.getValue().get(e.getValue().size() - 1));
        }
        return out;
    }

    /**
     * The newest value of one key, or null: the fact {@link #current(Library)} gives for it (of equally dated
     * ones the last), found without grouping and sorting every key.
     */
    public Fact current(Library library, String key) {
        Fact best = null;
        String bestDate = null;
        for (Fact f : library.facts()) {
            if (f.key().equals(key)) {
                String date = dateOf(f);
                if (best == null || compareDates(date, bestDate) >= 0) {
                    best = f;
                    bestDate = date;
                }
            }
        }
        return best;
    }

    public List<Disagreement> disagreements(Library library) {
        List<Disagreement> out = new ArrayList<>();
        byKey(library).forEach((key, list) -> {
            List<Dated> clash = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Dated a = list.get(i);
                    Dated b = list.get(j);
                    boolean differ = !Objects.equals(value(a.fact()), value(b.fact()));
                    boolean unordered = a.date().isEmpty() || b.date().isEmpty() || overlap(a.date(), b.date());
                    if (differ && unordered && !a.fact().source().equals(b.fact().source())) {
                        if (!clash.contains(a)) {
                            clash.add(a);
                        }
                        if (!clash.contains(b)) {
                            clash.add(b);
                        }
                    }
                }
            }
            if (!clash.isEmpty()) {
                out.add(new Disagreement(key, List.copyOf(clash)));
            }
        });
        return out;
    }

    private static String value(Fact f) {
        return f.value() != null ? f.value() : f.text().any();
    }

    /** "2025-10" and "2025-10-23" overlap: neither is known to be earlier. */
    private static boolean overlap(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Orders partial dates; the empty (undated) one first. */
    static int compareDates(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(!a.isEmpty(), !b.isEmpty());
        }
        return a.compareTo(b);
    }

    /** A "stars" fact's value as a number for sorting ("5,200+" is 5200, "12.5k" 12500), or null. */
    public static Long githubStars(Fact fact) {
        if (fact == null || fact.value() == null) {
            return null;
        }
        String digits = fact.value().replaceAll("[^0-9.kK]", "");
        try {
            if (digits.toLowerCase(Locale.ROOT).endsWith("k")) {
                return Math.round(Double.parseDouble(digits.substring(0, digits.length() - 1)) * 1000);
            }
            return Long.parseLong(digits.replace(".", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
