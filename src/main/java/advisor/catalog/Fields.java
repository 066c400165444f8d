package advisor.catalog;

import advisor.model.Invisible;
import advisor.model.Loc;
import advisor.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping with type checks, remembering which keys were used so that
 * {@link #finish()} can report the unknown ones together with the valid ones.
 */
final class Fields {
    /** Longest text a catalog field may hold; a note is a sentence, not a document. */
    static final int MAX_TEXT = 10_000;

    private final YNode.Mapping map;
    private final Loc loc;
    private final String what;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private Fields(YNode.Mapping map, Loc loc, String what, Problems problems) {
        this.map = map;
        this.loc = loc;
        this.what = what;
        this.problems = problems;
    }

    /** Fields of {@code node}, or null (with an error) when it is not a mapping. */
    static Fields of(YNode node, String what, Problems problems) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Mapping m)) {
            problems.error("wrong-type", node.loc(), what + " must be a mapping (key: value), not " + node.kind());
            return null;
        }
        return new Fields(m, node.loc(), what, problems);
    }

    Loc loc() {
        return loc;
    }

    /** The node under {@code key}; reports a missing key when {@code required}. Null when absent or broken. */
    YNode node(String key, boolean required) {
        known.add(key);
        YNode.Entry entry = map.entries().get(key);
        if (entry == null) {
            if (required) {
                problems.error("missing-field", loc, what + " is missing required key '" + key + "'");
            }
            return null;
        }
        YNode value = entry.value();
        if (value instanceof YNode.Scalar s && s.type() == YNode.Scalar.Type.NULL) {
            if (required) {
                problems.error("missing-field", value.loc(), "key '" + key + "' of " + what + " has no value");
            }
            return null;
        }
        return value;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Loc locOf(String key) {
        YNode.Entry entry = map.entries().get(key);
        return entry == null ? loc : entry.keyLoc();
    }

    String string(String key, boolean required) {
        return string(node(key, required), key, problems);
    }

    static String string(YNode node, String key, Problems problems) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Scalar s)) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a text, not " + node.kind());
            return null;
        }
        if (s.plain() && s.type() != YNode.Scalar.Type.STRING) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a text, but YAML reads " + s.text()
                    + " as " + s.kind() + "; quote it: \"" + s.text() + "\"");
            return null;
        }
        if (s.text().length() > MAX_TEXT) {
            problems.error("text-too-long", node.loc(), "'" + key + "' is " + s.text().length()
                    + " characters long; the limit is " + MAX_TEXT);
            return null;
        }
        if (s.text().isBlank()) {
            problems.error("empty-text", node.loc(), "'" + key + "' is empty");
            return null;
        }
        for (int i = 0; i < s.text().length(); i++) {
            char c = s.text().charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                problems.error("control-character", node.loc(), "'" + key + "' contains control character U+"
                        + String.format("%04X", (int) c) + "; remove it");
                return null;
            }
        }
        return s.text();
    }

    /**
     * A name someone types to find an entry (a library's name, a label): a text that must hold no
     * invisible character ({@link Invisible#inName}), or "Qd\u200Brant" would pass for Qdrant. A
     * name that breaks the rule is reported and still returned, so that it is also reported when it
     * differs from another name only by the invisible characters.
     */
    String name(String key, boolean required) {
        YNode node = node(key, required);
        return visible(string(node, key, problems), node, key, problems);
    }

    /** Names in a list (aliases), each checked as {@link #name} does, with where it is written. */
    List<Located> names(String key) {
        List<Located> out = strings(key);
        for (Located s : out) {
            visible(s.value(), s.loc(), key, problems);
        }
        return out;
    }

    /** Reports the first invisible character of a name at the name's location; returns the name. */
    private static String visible(String s, YNode node, String key, Problems problems) {
        return visible(s, node == null ? null : node.loc(), key, problems);
    }

    private static String visible(String s, Loc loc, String key, Problems problems) {
        int cp = s == null ? -1 : Invisible.firstInName(s);
        if (cp >= 0) {
            problems.error("invisible-character", loc, "'" + key + "' value '" + Invisible.reveal(s)
                    + "' contains " + Invisible.describe(cp) + ", which cannot be seen; a name must be visible "
                    + "text: remove it");
        }
        return s;
    }

    String id(String key, boolean required) {
        YNode node = node(key, required);
        String s = string(node, key, problems);
        if (s != null && Invisible.firstInName(s) >= 0) {
            visible(s, node, key, problems);
            return null;
        }
        if (s != null && !CatalogSyntax.isId(s)) {
            problems.error("invalid-id", locValue(key), "'" + key + "' value '" + s
                    + "' is not a valid id; use lower-case letters, digits and hyphens, e.g. sea-orm");
            return null;
        }
        return s;
    }

    Loc locValue(String key) {
        YNode.Entry entry = map.entries().get(key);
        return entry == null || entry.value() == null ? locOf(key) : entry.value().loc();
    }

    Text text(String key, boolean required) {
        return text(key, required, false);
    }

    /** A text in en and zh that users type as a name (a scenario's or a category's label): see {@link #name}. */
    Text label(String key, boolean required) {
        return text(key, required, true);
    }

    private Text text(String key, boolean required, boolean name) {
        YNode node = node(key, required);
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, "'" + key + "' (a text in en and zh)", problems);
        if (f == null) {
            return null;
        }
        if (name) {
            String en = f.name("en", true);
            String zh = f.name("zh", true);
            f.finish();
            return en == null || zh == null ? null : new Text(en, zh);
        }
        Text text = f.oneOrBoth();
        f.finish();
        return text;
    }

    /**
     * The keys {@code en} and {@code zh} of this mapping as a text. An overlay may give one of them (a
     * team's own words, kept in the language written); the built-in catalog needs both.
     */
    Text oneOrBoth() {
        boolean oneIsEnough = !CatalogLoader.builtinFile(loc.file()) && (has("en") != has("zh"));
        String en = string("en", !oneIsEnough);
        String zh = string("zh", !oneIsEnough);
        if (oneIsEnough) {
            return en == null && zh == null ? null : new Text(en, zh);
        }
        return en == null || zh == null ? null : new Text(en, zh);
    }

    /** A finite number in [min, max]. */
    Double number(String key, boolean required, double min, double max) {
        YNode node = node(key, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Scalar s) || !s.plain()
                || (s.type() != YNode.Scalar.Type.INT && s.type() != YNode.Scalar.Type.FLOAT)) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a number"
                    + (node instanceof YNode.Scalar sc ? ", not " + describe(sc) : ", not " + node.kind()));
            return null;
        }
        if (infiniteOrNan(s.text())) {
            problems.error("out-of-range", node.loc(), "'" + key + "' must be a finite number between " + fmt(min)
                    + " and " + fmt(max) + ", not " + s.text());
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a decimal number, not " + s.text());
            return null;
        }
        if (!Double.isFinite(value)) {
            problems.error("out-of-range", node.loc(), "'" + key + "' must be a finite number, not " + s.text());
            return null;
        }
        if (value < min || value > max) {
            problems.error("out-of-range", node.loc(), "'" + key + "' is " + s.text() + "; it must be between "
                    + fmt(min) + " and " + fmt(max));
            return null;
        }
        return value;
    }

    /** Whether a number as written is YAML's infinity or not-a-number ({@code [-+]?\.(inf|Inf|INF|nan|NaN|NAN)}). */
    private static boolean infiniteOrNan(String text) {
        int dot = text.indexOf('.');
        if (dot < 0 || dot > 1 || dot == 1 && text.charAt(0) != '-' && text.charAt(0) != '+') {
            return false;
        }
        return switch (text.substring(dot + 1)) {
            case "inf", "Inf", "INF", "nan", "NaN", "NAN" -> true;
            default -> false;
        };
    }

    Integer integer(String key, boolean required, int min, int max) {
        YNode node = node(key, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Scalar s) || !s.plain() || s.type() != YNode.Scalar.Type.INT) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a whole number"
                    + (node instanceof YNode.Scalar sc ? ", not " + describe(sc) : ", not " + node.kind()));
            return null;
        }
        long value;
        try {
            value = Long.parseLong(s.text().replace("_", "").replace("+", ""));
        } catch (NumberFormatException e) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a decimal whole number, not " + s.text());
            return null;
        }
        if (value < min || value > max) {
            problems.error("out-of-range", node.loc(), "'" + key + "' is " + s.text() + "; it must be between "
                    + min + " and " + max);
            return null;
        }
        return (int) value;
    }

    LocalDate date(String key, boolean required) {
        YNode node = node(key, required);
        if (node == null) {
            return null;
        }
        String raw = node instanceof YNode.Scalar s ? s.text() : null;
        if (raw == null || !CatalogSyntax.FULL_DATE.matcher(raw).matches()) {
            problems.error("invalid-date", node.loc(), "'" + key + "' must be a date YYYY-MM-DD"
                    + (raw == null ? ", not " + node.kind() : ", not " + raw));
            return null;
        }
        LocalDate date = CatalogSyntax.fullDate(raw);
        if (date == null) {
            problems.error("invalid-date", node.loc(), "'" + key + "' is not a calendar date: " + raw);
        }
        return date;
    }

    /** A date written as YYYY, YYYY-MM or YYYY-MM-DD, kept as written. */
    String partialDate(String key) {
        YNode node = node(key, false);
        if (node == null) {
            return null;
        }
        String raw = node instanceof YNode.Scalar s ? s.text() : null;
        if (raw == null || !CatalogSyntax.isPartialDate(raw)) {
            problems.error("invalid-date", node.loc(), "'" + key + "' must be YYYY, YYYY-MM or YYYY-MM-DD"
                    + (raw == null ? ", not " + node.kind() : ", not " + raw));
            return null;
        }
        return raw;
    }

    /** A boolean ({@code true} or {@code false}); null when absent or broken. */
    Boolean bool(String key) {
        YNode node = node(key, false);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Scalar s) || !s.plain() || s.type() != YNode.Scalar.Type.BOOL) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be true or false, not " + node.kind());
            return null;
        }
        return s.text().equalsIgnoreCase("true");
    }

    /** The items of a list under {@code key} (empty when absent). */
    List<YNode> list(String key, boolean required) {
        YNode node = node(key, required);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YNode.Sequence seq)) {
            problems.error("wrong-type", node.loc(), "'" + key + "' must be a list, not " + node.kind());
            return List.of();
        }
        List<YNode> items = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** A text of a list, with where it is written. */
    record Located(String value, Loc loc) {
    }

    /** The valid ids of a list, each with where it is written. */
    List<Located> ids(String key) {
        List<Located> out = new ArrayList<>();
        for (Located s : strings(key)) {
            if (Invisible.firstInName(s.value()) >= 0) {
                visible(s.value(), s.loc(), key, problems);
            } else if (!CatalogSyntax.isId(s.value())) {
                problems.error("invalid-id", s.loc(), "'" + s.value() + "' in '" + key + "' is not a valid id");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The valid texts of a list, each with where it is written. */
    List<Located> strings(String key) {
        List<Located> out = new ArrayList<>();
        for (YNode item : list(key, false)) {
            String s = string(item, key, problems);
            if (s != null) {
                out.add(new Located(s, item.loc()));
            }
        }
        return out;
    }

    static List<String> values(List<Located> list) {
        return list.stream().map(Located::value).toList();
    }

    /** Reports every key that was never asked for, naming the valid ones. */
    void finish() {
        for (YNode.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.error("unknown-field", entry.keyLoc(), "unknown key '" + entry.key() + "' in " + what
                        + "; valid keys: " + String.join(", ", known));
            }
        }
    }

    private static String describe(YNode.Scalar s) {
        return s.plain() ? s.kind() + " (" + s.text() + ")" : "a quoted text (\"" + s.text() + "\")";
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
