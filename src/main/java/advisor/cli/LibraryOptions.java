package advisor.cli;

import advisor.imports.LibraryDraft;
import advisor.imports.LibraryDraft.Refusal;
import advisor.render.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** What {@code advisor add} writes into a library file, given as options (scripts) rather than at the prompts. */
final class LibraryOptions {
    private static final Pattern DATED = Pattern.compile("^(.*?)\\s*\\((\\d{4}(?:-\\d{2}){0,2})\\)\\s*$");

    @Option(names = "--id", description = "Library id (lower case, digits, hyphens); without it a terminal prompts.")
    String id;

    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(names = "--alias", paramLabel = "NAME", description = "Another name (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--category", description = "Category id or label.")
    String category;

    @Option(names = "--repository", description = "GitHub owner/name or a URL.")
    String repository;

    @Option(names = "--summary", description = "What it is for, one sentence (in the --lang language).")
    String summary;

    @Option(names = "--source", description = "Source id of every item (from sources.yaml).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When the evaluation was made (default: today).")
    String date;

    @Option(names = "--fact", paramLabel = "KEY=VALUE", converter = Args.FactConverter.class,
            description = "A fact, e.g. version=0.3.0 or 'version=0.3.0 (2025-10)' (repeatable).")
    List<Args.Pair> facts = new ArrayList<>();

    @Option(names = "--score", paramLabel = "DIM=N[:NOTE]", converter = Args.ScoreConverter.class,
            description = "A dimension score 0-5 with an optional note (repeatable; all seven or none).")
    List<Args.Pair> scores = new ArrayList<>();

    @Option(names = "--composite", paramLabel = "N", description = "The composite score the evaluator reports (with --tier).")
    String composite;

    @Option(names = "--tier", description = "The tier the evaluator reports.")
    String tier;

    @Option(names = "--scenario", paramLabel = "S=STARS[:NOTE]", converter = Args.RatingConverter.class,
            description = "A scenario rating, 1-5 stars (repeatable).")
    List<Args.Pair> scenarios = new ArrayList<>();

    @Option(names = "--strength", paramLabel = "TEXT", description = "A strength (repeatable).")
    List<String> strengths = new ArrayList<>();

    @Option(names = "--limitation", paramLabel = "TEXT", description = "A limitation (repeatable).")
    List<String> limitations = new ArrayList<>();

    /** Applies the options to {@code d}; the first refused answer is a usage error naming the option. */
    void apply(LibraryDraft d, Messages m) {
        check(m, "--id", id == null ? Optional.empty() : d.id(id));
        check(m, "--name", name == null ? Optional.empty() : d.name(name));
        aliases.forEach(d::alias);
        check(m, "--category", category == null ? Optional.empty() : d.category(category));
        if (repository != null) {
            d.repository(repository);
        }
        check(m, "--summary", summary == null ? Optional.empty() : d.summary(summary));
        check(m, "--source", source == null ? Optional.empty() : d.source(source));
        check(m, "--date", date == null ? Optional.empty() : d.date(date));
        for (Args.Pair f : facts) {
            check(m, "--fact", fact(d, f.key(), f.value()));
        }
        for (Args.Pair s : scores) {
            check(m, "--score", d.score(s.key(), s.value(), s.note()));
        }
        if (composite != null || tier != null) {
            check(m, "--composite", d.reported(composite == null ? "" : composite, tier == null ? "" : tier));
        }
        for (Args.Pair s : scenarios) {
            check(m, "--scenario", d.scenario(s.key(), s.value(), s.note()));
        }
        strengths.forEach(d::strength);
        limitations.forEach(d::limitation);
    }

    /** A fact's value; a version may carry its date in parentheses: {@code 0.3.0 (2025-10)}. */
    static Optional<Refusal> fact(LibraryDraft d, String key, String value) {
        Matcher dated = DATED.matcher(value);
        return dated.matches() ? d.fact(key, dated.group(1), dated.group(2)) : d.fact(key, value, null);
    }

    private static void check(Messages m, String option, Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw AdvisorException.usage(option + ": " + m.text(r.key(), r.args()));
        });
    }
}
