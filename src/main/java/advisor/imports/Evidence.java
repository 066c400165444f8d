package advisor.imports;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What tells the candidates of a damaged character apart: how often each occurs in reference text
 * (the catalog's own Chinese, the document's undamaged rest) and beside the characters around it, and,
 * for Chinese, whether it is among the common characters of GB 2312. Spaces are skipped, so the
 * neighbours of a character are the nearest visible ones on its line.
 */
public final class Evidence {
    /** A lead over the runner-up smaller than this leaves a choice uncertain. */
    private static final double MARGIN = 1.0;
    private static final double EMOJI_STYLE = 3.0;
    /** How much a pair of neighbours seen in reference text counts against a character's own frequency. */
    private static final double PAIR_WEIGHT = 4.0;
    private static final CharsetEncoder GB2312 = Charset.isSupported("GB2312") ? Charset.forName("GB2312").newEncoder() : null;

    private final List<Counts> layers;

    private Evidence(List<Counts> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Evidence from reference texts. */
    public static Evidence of(Iterable<String> texts) {
        Counts counts = new Counts(1);
        for (String t : texts) {
            counts.add(t);
        }
        return new Evidence(List.of(counts));
    }

    /** This evidence and more text (the document's own undamaged characters). */
    public Evidence plus(String text) {
        return plus(List.of(text), 1);
    }

    /**
     * This evidence and more texts, each occurrence counted {@code weight} times: the words a format is
     * written in are stronger evidence than running text.
     */
    public Evidence plus(Iterable<String> texts, int weight) {
        Counts counts = new Counts(weight);
        for (String t : texts) {
            counts.add(t);
        }
        List<Counts> all = new ArrayList<>(layers);
        all.add(counts);
        return new Evidence(all);
    }

    /** The chosen candidate; settled when it has evidence of its own and leads the runner-up clearly. */
    public record Choice(int codePoint, boolean settled, List<Integer> runnersUp) {
    }

    /** The best of {@code candidates} between {@code left} and {@code right} (-1 where there is none). */
    public Choice best(List<Integer> candidates, int left, int right) {
        Map<Integer, Double> score = new HashMap<>();
        Map<Integer, Boolean> seen = new HashMap<>();
        for (int c : candidates) {
            long uni = 0;
            long l = 0;
            long r = 0;
            for (Counts layer : layers) {
                uni += layer.unigram(c);
                l += left >= 0 ? layer.bigram(left, c) : 0;
                r += right >= 0 ? layer.bigram(c, right) : 0;
            }
            score.put(c, PAIR_WEIGHT * Math.log1p(l) + PAIR_WEIGHT * Math.log1p(r) + Math.log1p(uni) + prior(c, left));
            seen.put(c, uni + l + r > 0 || prior(c, left) >= EMOJI_STYLE);
        }
        List<Integer> ranked = new ArrayList<>(candidates);
        // ties go to the lower code point, so the same input always gives the same choice
        ranked.sort(Comparator.<Integer>comparingDouble(score::get).reversed().thenComparingInt(c -> c));
        int first = ranked.get(0);
        boolean settled = seen.get(first)
                && (ranked.size() == 1 || score.get(first) - score.get(ranked.get(1)) >= MARGIN);
        List<Integer> rest = ranked.subList(1, Math.min(ranked.size(), 4));
        return new Choice(first, settled, List.copyOf(rest));
    }

    /** What a candidate is worth on its own: how often it occurs, and its prior (see {@link #prior}). */
    double unary(int c, int left) {
        long uni = 0;
        for (Counts layer : layers) {
            uni += layer.unigram(c);
        }
        return Math.log1p(uni) + prior(c, left);
    }

    /** What a pair of neighbours is worth: how often the two stand side by side in the reference text. */
    double pair(int a, int b) {
        long n = 0;
        for (Counts layer : layers) {
            n += layer.bigram(a, b);
        }
        return PAIR_WEIGHT * Math.log1p(n);
    }

    /**
     * What a candidate is worth before any counting: the emoji-style selector after a symbol (a damaged
     * U+FE0F is common in "⚠️"), then common Chinese characters: GB 2312's first level (3,755
     * characters), then its second.
     */
    private static double prior(int cp, int left) {
        if (cp == 0xFE0F) {
            return left >= 0 && Character.getType(left) == Character.OTHER_SYMBOL ? EMOJI_STYLE : 0;
        }
        if (GB2312 == null || !Character.isBmpCodePoint(cp) || !Character.isIdeographic(cp)) {
            return 0;
        }
        return LEVELS.computeIfAbsent(cp, Evidence::gbLevel);
    }

    /** GB 2312 levels by code point, looked up once each. */
    private static final java.util.Map<Integer, Double> LEVELS = new java.util.concurrent.ConcurrentHashMap<>();

    private static double gbLevel(int cp) {
        synchronized (GB2312) {
            if (!GB2312.canEncode((char) cp)) {
                return 0.0;
            }
            try {
                byte[] gb = GB2312.encode(java.nio.CharBuffer.wrap(new char[] {(char) cp})).array();
                int row = gb[0] & 0xFF;
                return row >= 0xB0 && row <= 0xD7 ? 1.5 : 0.5;
            } catch (java.nio.charset.CharacterCodingException e) {
                return 0.0;
            }
        }
    }

    /** Character and neighbour-pair counts of some text. */
    private static final class Counts {
        private final Map<Integer, Integer> unigrams = new HashMap<>();
        private final Map<Long, Integer> bigrams = new HashMap<>();
        private final int weight;

        Counts(int weight) {
            this.weight = weight;
        }

        void add(String text) {
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ' ' || cp == '\t') {
                    continue;
                }
                if (cp == '\n' || cp == '\r') {
                    previous = -1;
                    continue;
                }
                unigrams.merge(cp, weight, Integer::sum);
                if (previous >= 0) {
                    bigrams.merge(key(previous, cp), weight, Integer::sum);
                }
                previous = cp;
            }
        }

        long unigram(int cp) {
            return unigrams.getOrDefault(cp, 0);
        }

        long bigram(int a, int b) {
            return bigrams.getOrDefault(key(a, b), 0);
        }

        private static long key(int a, int b) {
            return ((long) a << 21) | b;
        }
    }
}
