package advisor.cli;

import advisor.model.Choice;
import advisor.model.Lang;
import advisor.render.Format;
import advisor.report.LibraryList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Typed option values: picocli converts each value as it parses the line, so a bad one exits 2 through
 * {@link Main}'s one usage handler, before any catalog is read. A converter fails with an
 * {@link AdvisorException} whose message says what was typed and what would be valid.
 */
final class Args {
    private static final Pattern PAIR = Pattern.compile("([^=]+)=(.*)");

    private Args() {
    }

    static int intRange(String option, String value, int min, int max) {
        try {
            long v = Long.parseLong(value.trim());
            if (v >= min && v <= max) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw AdvisorException.worded("option.invalid.wholeNumber", option, value, min, max);
    }

    static double doubleRange(String option, String value, double min, double max) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v) && v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw AdvisorException.worded("option.invalid.number", option, value, fmt(min), fmt(max));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** One of a fixed set, by its id in any case. */
    static <E extends Enum<E> & Choice> E choice(String option, String value, E[] values) {
        String typed = value.trim();
        for (E e : values) {
            if (e.id().equalsIgnoreCase(typed)) {
                return e;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (E e : values) {
            valid.append(valid.length() == 0 ? "" : ", ").append(e.id());
        }
        throw AdvisorException.worded("option.invalid.choice", option, value, valid);
    }

    /**
     * A {@code KEY=VALUE} option value: the key, the value and, where {@code form} ends in {@code [:NOTE]}, the
     * note after the value's first colon (else null). Another form is a usage error that shows the right one.
     */
    static Pair pair(String option, String typed, String form) {
        Matcher p = PAIR.matcher(typed);
        if (!p.matches()) {
            throw AdvisorException.worded("add.refused.pair", option, typed, form);
        }
        if (!form.endsWith("[:NOTE]")) {
            return new Pair(p.group(1).strip(), p.group(2), null);
        }
        String[] parts = p.group(2).split(":", 2);
        return new Pair(p.group(1), parts[0], parts.length > 1 ? parts[1] : null);
    }

    /** A {@code KEY=VALUE} or {@code KEY=VALUE[:NOTE]} option value (see {@link #pair}). */
    record Pair(String key, String value, String note) {
    }

    /** {@code --format}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return choice("--format", value, Format.values());
        }
    }

    /** {@code --lang}. */
    static final class LangConverter implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return choice("--lang", value, Lang.values());
        }
    }

    /** {@code --as-of}: a day, YYYY-MM-DD. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw AdvisorException.worded("option.invalid.date", "--as-of", value);
            }
        }
    }

    /** {@code recommend --top}: how many to show, 1 to 10,000. */
    static final class TopConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return intRange("--top", value, 1, 10_000);
        }
    }

    /** {@code recommend --fit-weight}: the share of scenario fit in the decision score, 0 to 1. */
    static final class FitWeightConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return doubleRange("--fit-weight", value, 0, 1);
        }
    }

    /** {@code list --sort}. */
    static final class SortConverter implements ITypeConverter<LibraryList.Sort> {
        @Override
        public LibraryList.Sort convert(String value) {
            return choice("--sort", value, LibraryList.Sort.values());
        }
    }

    /** {@code add --fact KEY=VALUE}. */
    static final class FactConverter implements ITypeConverter<Pair> {
        @Override
        public Pair convert(String value) {
            return pair("--fact", value, "KEY=VALUE");
        }
    }

    /** {@code add --score DIM=N[:NOTE]}. */
    static final class ScoreConverter implements ITypeConverter<Pair> {
        @Override
        public Pair convert(String value) {
            return pair("--score", value, "DIM=N[:NOTE]");
        }
    }

    /** {@code add --scenario S=STARS[:NOTE]}: a scenario rating. */
    static final class RatingConverter implements ITypeConverter<Pair> {
        @Override
        public Pair convert(String value) {
            return pair("--scenario", value, "S=STARS[:NOTE]");
        }
    }
}
