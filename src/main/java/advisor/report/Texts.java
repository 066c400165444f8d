package advisor.report;

import advisor.model.Measurement;
import advisor.model.MaturityScore;
import advisor.model.Precision;
import advisor.model.Tier;
import advisor.render.Messages;
import advisor.scoring.ProfileWeights;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the answers' values read: numbers by the engine's rounding rule, stars, tiers, missing values. */
public final class Texts {
    /** What a table shows where a value is missing. */
    public static final String NONE = "—";

    private Texts() {
    }

    /** A number for data: rounded to {@code decimals} by {@link Precision}, written the same on every JDK. */
    public static BigDecimal number(double d, int decimals) {
        return Precision.round(d, decimals);
    }

    /** A number as text, by the same rule: what compares equal prints equal. */
    public static String fixed(double d, int decimals) {
        return Precision.round(d, decimals).toPlainString();
    }

    /** A figure as the source gives it: 45 stays 45, 0.5 stays 0.5. */
    public static BigDecimal figure(double d) {
        return Precision.figure(d);
    }

    /** A maturity score for data (two decimals), or null. */
    public static BigDecimal score(MaturityScore s) {
        return s == null ? null : number(s.value(), Precision.SCORE);
    }

    /** A maturity score as shown: two decimals when computed, one (as the source gives it) when reported. */
    public static String shown(MaturityScore s) {
        return s == null ? NONE : s.shown().toPlainString();
    }

    /** A maturity score as a table shows it: as {@link #shown}, with "r" after a source's reported composite. */
    public static String marked(MaturityScore s) {
        return shown(s) + (s != null && s.basis() == MaturityScore.Basis.REPORTED ? " r" : "");
    }

    public static String stars(Integer n) {
        return n == null ? NONE : "★".repeat(n) + "☆".repeat(Math.max(0, 5 - n));
    }

    /** A tier with its icon, or "not scored". */
    public static String tier(Tier tier, Messages m) {
        return tier == null ? m.text("tier.notScored") : tier.icon() + " " + tier.label().in(m.lang());
    }

    /** The tier a source names by id, with its icon when the catalog knows it, else the id as written. */
    public static String tier(Tier tier, String id, Messages m) {
        return tier == null ? id : tier(tier, m);
    }

    /** A measured figure as text: "~45 ms", "<1 ms", "1-2 GB". */
    public static String measured(Measurement x) {
        String prefix = x.qualifier() == null ? "" : switch (x.qualifier()) {
            case "about" -> "~";
            case "at-most" -> "≤";
            case "at-least" -> "≥";
            case "less-than" -> "<";
            case "more-than" -> ">";
            default -> "";
        };
        String value = figure(x.value()).toPlainString();
        if (x.valueMax() != null) {
            value += "-" + figure(x.valueMax()).toPlainString();
        }
        return prefix + value + " " + x.unit();
    }

    /** The conditions of a measured figure as text: "threads: 8; payload: 1 KB", empty for none. */
    public static String conditions(Measurement x) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> c : x.conditions().entrySet()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c.getKey()).append(": ").append(c.getValue());
        }
        return sb.toString();
    }

    /**
     * A profile and why it weighs as it does; for a profile changed by --weight, its name says how, and the
     * base profile's rationale is given as the base's, not as if it still held.
     */
    public static String profile(ProfileWeights p, Messages m) {
        String rationale = p.base().rationale().in(m.lang());
        return p.name() + " · " + (p.modified() ? m.text("profile.changed", p.base().id(), rationale) : rationale);
    }

    /** The --weight overrides for data: dimension id to the raw weight given. */
    public static Map<String, BigDecimal> overrides(ProfileWeights p) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        p.overrides().forEach((dim, w) -> out.put(dim, figure(w)));
        return out;
    }

    /** Normalised weights for data: dimension id to four decimals. */
    public static Map<String, BigDecimal> weights(Weights weights) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        weights.asMap().forEach((k, x) -> out.put(k, number(x, 4)));
        return out;
    }

    public static String id(Tier tier) {
        return tier == null ? null : tier.id();
    }
}
