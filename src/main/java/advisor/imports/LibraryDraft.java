package advisor.imports;

import advisor.catalog.CatalogSyntax;
import advisor.catalog.NameIndex;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.FactKey;
import advisor.model.Lang;
import advisor.model.Loc;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One library being added by hand ({@code advisor add}), answer by answer: each answer is checked as it
 * is given against the catalog (a known category, source, dimension, tier and scenario; a score from 0 to
 * 5; stars from 1 to 5; a date), and a refused answer says why, so a prompt can ask again. Texts are kept in
 * the one language they are written in.
 */
public final class LibraryDraft {

    private final Catalog catalog;
    private final Lang lang;
    private final NameIndex<Category> categories;
    private final NameIndex<Dimension> dimensions;
    private final NameIndex<Tier> tiers;
    private final NameIndex<Scenario> scenarios;
    private final NameIndex<Source> sources = new NameIndex<>();

    private String id;
    private String name;
    private final List<String> aliases = new ArrayList<>();
    private String category;
    private String repository;
    private Text summary;
    private String source;
    private LocalDate date;
    private final List<String[]> facts = new ArrayList<>();
    private final Map<String, DimensionScore> scores = new LinkedHashMap<>();
    private Double composite;
    private String tier;
    private final List<ScenarioRating> ratings = new ArrayList<>();
    private final List<Text> strengths = new ArrayList<>();
    private final List<Text> limitations = new ArrayList<>();

    /** Why an answer was refused: a message key of the bundles and its arguments. */
    public record Refusal(String key, Object... args) {
    }

    public LibraryDraft(Catalog catalog, Lang lang, LocalDate today) {
        this.catalog = catalog;
        this.lang = lang;
        this.date = today;
        this.categories = NameIndex.labelled(catalog.categories(), Category::id, Category::label);
        this.dimensions = NameIndex.labelled(catalog.dimensions(), Dimension::id, Dimension::label);
        this.tiers = NameIndex.labelled(catalog.tiers(), Tier::id, Tier::label);
        this.scenarios = NameIndex.scenarios(catalog);
        for (Source s : catalog.sources()) {
            sources.add(s, s.id(), List.of());
        }
    }

    public String id() {
        return id;
    }

    public Optional<Refusal> id(String s) {
        String v = s.strip();
        if (!CatalogSyntax.isId(v)) {
            return refuse("add.refused.id", v);
        }
        id = v;
        return Optional.empty();
    }

    public Optional<Refusal> name(String s) {
        if (s.isBlank()) {
            return refuse("add.refused.empty");
        }
        name = s.strip();
        return Optional.empty();
    }

    public void alias(String s) {
        if (!s.isBlank()) {
            aliases.add(s.strip());
        }
    }

    public Optional<Refusal> category(String s) {
        Optional<Category> c = categories.find(s.strip());
        if (c.isEmpty()) {
            return refuse("add.refused.category", s.strip(), hint(categories, s));
        }
        category = c.get().id();
        return Optional.empty();
    }

    public void repository(String s) {
        repository = s.isBlank() ? null : s.strip();
    }

    public Optional<Refusal> summary(String s) {
        if (s.isBlank()) {
            return refuse("add.refused.empty");
        }
        summary = Text.only(lang, s.strip());
        return Optional.empty();
    }

    public Optional<Refusal> source(String s) {
        Optional<Source> found = sources.find(s.strip());
        if (found.isEmpty()) {
            return refuse("add.refused.source", s.strip(), String.join(", ", sources.ids()));
        }
        source = found.get().id();
        return Optional.empty();
    }

    public Optional<Refusal> date(String s) {
        date = CatalogSyntax.fullDate(s.strip());
        return date == null ? refuse("add.refused.date", s.strip()) : Optional.empty();
    }

    /** A fact; {@code asOf} (YYYY, YYYY-MM or YYYY-MM-DD) may be null. Production use is a text, the rest values. */
    public Optional<Refusal> fact(String key, String value, String asOf) {
        if (FactKey.of(key) == null) {
            return refuse("add.refused.fact", key, String.join(", ", FactKey.ordered()));
        }
        if (value.isBlank()) {
            return refuse("add.refused.empty");
        }
        if (asOf != null && !CatalogSyntax.isPartialDate(asOf)) {
            return refuse("add.refused.date", asOf);
        }
        facts.add(new String[] {key, value.strip(), asOf});
        return Optional.empty();
    }

    /** A dimension's score (0-5) and its note (may be blank), the dimension by id or label. */
    public Optional<Refusal> score(String dimension, String score, String note) {
        Optional<Dimension> d = dimensions.find(dimension.strip());
        if (d.isEmpty()) {
            return refuse("add.refused.dimension", dimension.strip(), String.join(", ", dimensions.ids()));
        }
        Optional<Double> v = number(score, 0, 5);
        if (v.isEmpty()) {
            return refuse("add.refused.score", score.strip());
        }
        scores.put(d.get().id(), new DimensionScore(v.get(), note == null || note.isBlank() ? null
                : Text.only(lang, note.strip()), Loc.file("add")));
        return Optional.empty();
    }

    /** The composite and tier the evaluator reports. */
    public Optional<Refusal> reported(String score, String tierName) {
        Optional<Double> v = number(score, 0, 5);
        if (v.isEmpty()) {
            return refuse("add.refused.score", score.strip());
        }
        Optional<Tier> t = tiers.find(tierName.strip());
        if (t.isEmpty()) {
            return refuse("add.refused.tier", tierName.strip(), String.join(", ", tiers.ids()));
        }
        composite = v.get();
        tier = t.get().id();
        return Optional.empty();
    }

    /** Checks a composite score alone (a prompt asks for the tier next). */
    public Optional<Refusal> checkScore(String score) {
        return number(score, 0, 5).isPresent() ? Optional.empty() : refuse("add.refused.score", score.strip());
    }

    public Optional<Refusal> scenario(String scenario, String stars, String note) {
        Optional<Scenario> s = scenarios.find(scenario.strip());
        if (s.isEmpty()) {
            return refuse("add.refused.scenario", scenario.strip(), hint(scenarios, scenario));
        }
        Optional<Refusal> bad = checkStars(stars);
        if (bad.isPresent()) {
            return bad;
        }
        ratings.add(new ScenarioRating(s.get().id(), Integer.parseInt(stars.strip()), source, note == null
                || note.isBlank() ? null : Text.only(lang, note.strip()), Loc.file("add")));
        return Optional.empty();
    }

    /** Checks a scenario name alone (a prompt asks for the stars next). */
    public Optional<Refusal> checkScenario(String scenario) {
        return scenarios.find(scenario.strip()).isPresent() ? Optional.empty()
                : refuse("add.refused.scenario", scenario.strip(), hint(scenarios, scenario));
    }

    public Optional<Refusal> checkStars(String stars) {
        return stars.strip().matches("[1-5]") ? Optional.empty() : refuse("add.refused.stars", stars.strip());
    }

    public void strength(String s) {
        if (!s.isBlank()) {
            strengths.add(Text.only(lang, s.strip()));
        }
    }

    public void limitation(String s) {
        if (!s.isBlank()) {
            limitations.add(Text.only(lang, s.strip()));
        }
    }

    /** The dimensions still without a score, in catalog order. */
    public List<Dimension> unscored() {
        return catalog.dimensions().stream().filter(d -> !scores.containsKey(d.id())).toList();
    }

    /** What is still missing for a library file, or the refusal of the whole. */
    public Optional<Refusal> complete() {
        for (Object[] required : new Object[][] {{id, "--id"}, {name, "--name"}, {category, "--category"},
                {summary, "--summary"}, {source, "--source"}}) {
            if (required[0] == null) {
                return refuse("add.refused.missing", required[1]);
            }
        }
        if (!scores.isEmpty() && scores.size() < catalog.dimensions().size()) {
            return refuse("add.refused.dimensions", String.join(", ", unscored().stream().map(Dimension::id).toList()));
        }
        if (scores.isEmpty() && composite == null && ratings.isEmpty() && facts.isEmpty() && strengths.isEmpty()
                && limitations.isEmpty()) {
            return refuse("add.refused.nothing");
        }
        return Optional.empty();
    }

    /** The library as a file's draft; call once {@link #complete()} refuses nothing. */
    public Overlay.Draft build() {
        Loc loc = Loc.file("add");
        Overlay.Draft d = Overlay.Draft.created(id, name, category);
        d.aliases.addAll(aliases);
        d.repository = repository;
        d.summary = summary;
        for (String[] f : facts) {
            boolean text = f[0].equals(FactKey.PRODUCTION_USE.id());
            d.facts.add(new Fact(f[0], text ? null : f[1], text ? Text.only(lang, f[1]) : null, f[2], source, loc));
        }
        if (!scores.isEmpty() || composite != null) {
            Map<String, DimensionScore> ordered = new LinkedHashMap<>();
            for (Dimension dim : catalog.dimensions()) {
                if (scores.containsKey(dim.id())) {
                    ordered.put(dim.id(), scores.get(dim.id()));
                }
            }
            d.evaluation = new Evaluation(source, date, ordered,
                    composite == null ? null : new Evaluation.Reported(composite, tier, loc), loc);
        }
        ratings.forEach(r -> d.scenarios.add(new ScenarioRating(r.scenario(), r.stars(), source, r.note(), r.loc())));
        strengths.forEach(t -> d.strengths.add(new Remark(t, source, loc)));
        limitations.forEach(t -> d.limitations.add(new Remark(t, source, loc)));
        return d;
    }

    private static Optional<Double> number(String s, double min, double max) {
        try {
            double v = Double.parseDouble(s.strip());
            return v >= min && v <= max && s.strip().matches("\\d+(\\.\\d+)?") ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String hint(NameIndex<?> index, String typed) {
        List<String> close = index.suggest(typed.strip());
        return close.isEmpty() ? String.join(", ", index.ids()) : String.join(", ", close);
    }

    private static Optional<Refusal> refuse(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }

    /** Names to complete at a prompt: ids of categories, sources, tiers and scenarios. */
    public List<String> categoryIds() {
        return categories.ids();
    }

    public List<String> sourceIds() {
        return sources.ids();
    }

    public List<String> tierIds() {
        return tiers.ids();
    }

    public List<String> scenarioIds() {
        return scenarios.ids();
    }
}
