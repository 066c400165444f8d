package advisor.imports;

import advisor.catalog.NameIndex;
import advisor.catalog.Names;
import advisor.catalog.Problem;
import advisor.catalog.Problem.Severity;
import advisor.imports.EvaluationDocument.DimensionRow;
import advisor.imports.EvaluationDocument.Entry;
import advisor.imports.EvaluationDocument.FactRow;
import advisor.imports.EvaluationDocument.Item;
import advisor.imports.EvaluationDocument.MatrixRow;
import advisor.imports.EvaluationDocument.ScenarioRow;
import advisor.imports.EvaluationDocument.TrendRow;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Trend;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Turns evaluation documents into catalog entries over a base catalog: each document becomes a source,
 * each evaluated library a library (matched to a known one by id, name or alias, it keeps that id), each
 * summary-matrix row without an evaluation a reported-only library, each trend row a trend. Scenario and
 * category labels map through the catalog's labels and aliases; an unknown one becomes a new entry.
 * Texts stay as the document wrote them, in its language. Problems carry the document's line.
 */
public final class EvaluationImport {
    private final Catalog base;
    private final NameIndex<Library> libraries = new NameIndex<>();
    private final NameIndex<Scenario> scenarios = new NameIndex<>();
    private final NameIndex<Category> categories;
    private final NameIndex<Trend> trendIndex;
    private final Map<String, Scenario> newScenarios = new LinkedHashMap<>();
    private final Map<String, Category> newCategories = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** What the import adds: sources, new scenarios and categories, trends and libraries, in document order. */
    public record Overlay(List<Source> sources, List<Scenario> scenarios, List<Category> categories,
                          List<Trend> trends, List<Library> libraries, List<String> matched) {
    }

    public EvaluationImport(Catalog base) {
        this.base = base;
        for (Library l : base.libraries()) {
            List<String> names = new ArrayList<>(l.aliases());
            names.add(l.name());
            libraries.add(l, l.id(), names);
        }
        for (Scenario s : base.scenarios()) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.label().en());
            names.add(s.label().zh());
            scenarios.add(s, s.id(), names);
        }
        this.categories = NameIndex.labelled(base.categories(), Category::id, Category::label);
        this.trendIndex = NameIndex.labelled(base.trends(), Trend::id, Trend::label);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Builds the overlay for the documents; problems (errors and warnings) go to {@link #problems()}. */
    public Overlay build(List<EvaluationDocument> documents) {
        List<Source> sources = new ArrayList<>();
        Map<String, Library> out = new LinkedHashMap<>();
        Map<String, Trend> trends = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        for (EvaluationDocument doc : documents) {
            Source source = source(doc);
            sources.add(source);
            Map<String, MatrixRow> matrix = new LinkedHashMap<>();
            for (MatrixRow row : doc.matrix()) {
                matrix.put(Names.key(row.name()), row);
            }
            List<String> done = new ArrayList<>();
            for (Entry e : doc.libraries()) {
                MatrixRow row = findRow(matrix, e.name(), e.aliases());
                Optional<Library> known = find(e.name(), e.aliases());
                Library lib = library(doc, source, e, row, known);
                if (lib != null) {
                    put(out, lib, doc, e.line());
                    known.ifPresent(k -> matched.add(k.id()));
                }
                if (row != null) {
                    done.add(Names.key(row.name()));
                    check(doc, e, row);
                }
            }
            for (MatrixRow row : doc.matrix()) {
                if (!done.contains(Names.key(row.name()))) {
                    Optional<Library> known = find(row.name(), List.of());
                    Library lib = reportedOnly(doc, source, row, known);
                    if (lib != null) {
                        put(out, lib, doc, row.line());
                        known.ifPresent(k -> matched.add(k.id()));
                    }
                }
            }
            for (TrendRow row : doc.trends()) {
                Trend t = trend(doc, source, row, out);
                trends.put(t.id(), t);
            }
        }
        return new Overlay(sources, List.copyOf(newScenarios.values()), List.copyOf(newCategories.values()),
                List.copyOf(trends.values()), List.copyOf(out.values()), matched);
    }

    private void put(Map<String, Library> out, Library lib, EvaluationDocument doc, int line) {
        if (out.containsKey(lib.id())) {
            warn(doc, line, "duplicate-library", lib.name() + " is evaluated again; the later evaluation is kept");
        }
        out.put(lib.id(), lib);
    }

    private Source source(EvaluationDocument doc) {
        String stem = java.nio.file.Path.of(doc.file()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String title = doc.title() != null ? doc.title() : stem;
        LocalDate date = date(doc.date());
        Integer review = null;
        LocalDate next = date(doc.nextReview());
        if (date != null && next != null) {
            Period p = Period.between(date, next);
            if (p.getDays() == 0 && p.toTotalMonths() > 0) {
                review = (int) p.toTotalMonths();
            }
        }
        if (date == null) {
            error(doc, 1, "no-date", "the document does not say when it was written: add a line "
                    + "'**最后更新**: YYYY-MM-DD' or '**Last updated**: YYYY-MM-DD'");
        }
        return new Source(id(stem, "source"), Text.both(title),
                java.nio.file.Path.of(doc.file()).getFileName().toString(), date, review, Loc.file(doc.file()));
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Optional<Library> find(String name, List<String> aliases) {
        Optional<Library> found = libraries.find(name);
        for (String a : aliases) {
            found = found.or(() -> libraries.find(a));
        }
        if (found.isEmpty() && name.contains("/")) {
            // "Turso/libSQL": a name and its alias in one cell
            for (String part : name.split("/")) {
                found = found.or(() -> libraries.find(part.strip()));
            }
        }
        return found;
    }

    private static MatrixRow findRow(Map<String, MatrixRow> matrix, String name, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases);
        names.add(0, name);
        for (String n : names) {
            MatrixRow r = matrix.get(Names.key(n));
            if (r != null) {
                return r;
            }
        }
        for (MatrixRow r : matrix.values()) {
            for (String part : r.name().split("/")) {
                if (names.stream().anyMatch(n -> Names.key(n).equals(Names.key(part)))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The summary matrix repeats each evaluation's composite and tier: a difference is reported. */
    private void check(EvaluationDocument doc, Entry e, MatrixRow row) {
        if (e.composite() != null && (!e.composite().score().equals(row.score())
                || !e.composite().tier().equals(row.tier()))) {
            warn(doc, row.line(), "matrix-disagrees", e.name() + ": the summary matrix gives " + row.score() + " "
                    + row.tier() + ", the evaluation (line " + e.composite().line() + ") " + e.composite().score()
                    + " " + e.composite().tier() + "; the evaluation is kept");
        }
    }

    private Library library(EvaluationDocument doc, Source source, Entry e, MatrixRow row, Optional<Library> known) {
        Lang lang = doc.language();
        String id = known.map(Library::id).orElseGet(() -> id(e.name(), "library"));
        String category = known.map(Library::category)
                .orElseGet(() -> row != null ? category(row.category(), lang) : null);
        if (category == null) {
            error(doc, e.line(), "no-category", e.name() + " is not in the catalog and the summary matrix gives no "
                    + "category for it (库名 | 分类 ... / Library | Category ...)");
            return null;
        }
        List<Fact> facts = new ArrayList<>();
        String repository = known.map(Library::repository).orElse(null);
        for (FactRow f : e.facts()) {
            Loc loc = new Loc(doc.file(), f.line(), 0);
            switch (f.key()) {
                case "repository" -> repository = f.value();
                case "production-use" -> facts.add(new Fact(f.key(), null, only(lang, f.value()), null, source.id(), loc));
                default -> facts.add(new Fact(f.key(), f.value(), null, f.asOf(), source.id(), loc));
            }
            if (f.remark() != null) {
                facts.add(new Fact("status", f.remark(), null, f.asOf(), source.id(), loc));
            }
        }
        Evaluation evaluation = null;
        if (!e.dimensions().isEmpty() || e.composite() != null) {
            Map<String, DimensionScore> dims = new LinkedHashMap<>();
            for (Dimension d : base.dimensions()) {
                DimensionRow r = e.dimensions().get(d.id());
                if (r != null) {
                    dims.put(d.id(), new DimensionScore(Double.parseDouble(r.score()),
                            r.note() == null ? null : only(lang, r.note()), new Loc(doc.file(), r.line(), 0)));
                }
            }
            Evaluation.Reported reported = e.composite() == null ? null : new Evaluation.Reported(
                    Double.parseDouble(e.composite().score()), e.composite().tier(),
                    new Loc(doc.file(), e.composite().line(), 0));
            evaluation = new Evaluation(source.id(), source.date(), dims, reported, new Loc(doc.file(), e.line(), 0));
        }
        List<ScenarioRating> ratings = new ArrayList<>();
        for (ScenarioRow r : e.scenarios()) {
            ratings.add(new ScenarioRating(scenario(r.label(), lang), r.stars(), source.id(),
                    r.note() == null ? null : only(lang, r.note()), new Loc(doc.file(), r.line(), 0)));
        }
        if (row != null) {
            recommended(doc, source, row, ratings);
        }
        Text summary = known.map(Library::summary).orElseGet(() -> only(lang,
                e.description() != null ? e.description() : e.name()));
        List<String> aliases = new ArrayList<>();
        known.ifPresent(k -> aliases.addAll(k.aliases()));
        for (String a : e.aliases()) {
            if (!Names.key(a).equals(Names.key(id)) && aliases.stream().noneMatch(x -> Names.key(x).equals(Names.key(a)))) {
                aliases.add(a);
            }
        }
        return new Library(id, known.map(Library::name).orElse(e.name()), List.copyOf(aliases), category, repository,
                summary, List.copyOf(facts), evaluation, List.copyOf(ratings),
                remarks(doc, source, e.strengths()), remarks(doc, source, e.limitations()), List.of(), List.of(),
                List.of(), false, new Loc(doc.file(), e.line(), 0));
    }

    /** A library the summary matrix names with only a composite and tier: reported-only, never re-weighted. */
    private Library reportedOnly(EvaluationDocument doc, Source source, MatrixRow row, Optional<Library> known) {
        Lang lang = doc.language();
        String name = row.name().split("/")[0].strip();
        String category = known.map(Library::category).orElseGet(() -> category(row.category(), lang));
        Loc loc = new Loc(doc.file(), row.line(), 0);
        Evaluation evaluation = new Evaluation(source.id(), source.date(), Map.of(),
                new Evaluation.Reported(Double.parseDouble(row.score()), row.tier(), loc), loc);
        List<ScenarioRating> ratings = new ArrayList<>();
        recommended(doc, source, row, ratings);
        Text summary = known.map(Library::summary).orElseGet(() -> only(lang, row.category()
                + (row.recommended() != null ? " · " + row.recommended() : "")));
        return new Library(known.map(Library::id).orElseGet(() -> id(name, "library")),
                known.map(Library::name).orElse(name), known.map(Library::aliases).orElse(List.of()), category,
                known.map(Library::repository).orElse(null), summary, List.of(), evaluation, List.copyOf(ratings),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, loc);
    }

    /**
     * The matrix's "recommended for" cell: scenarios recommended without stars, unless the library's own
     * table already rates them. The whole cell is tried as one label first ("学习、实验" is one).
     */
    private void recommended(EvaluationDocument doc, Source source, MatrixRow row, List<ScenarioRating> ratings) {
        if (row.recommended() == null) {
            return;
        }
        List<String> labels = scenarios.find(row.recommended()).isPresent() ? List.of(row.recommended())
                : EvaluationReader.split(row.recommended());
        for (String label : labels) {
            String id = scenario(label, doc.language());
            if (ratings.stream().noneMatch(r -> r.scenario().equals(id))) {
                ratings.add(new ScenarioRating(id, null, source.id(), null, new Loc(doc.file(), row.line(), 0)));
            }
        }
    }

    private List<Remark> remarks(EvaluationDocument doc, Source source, List<Item> items) {
        return items.stream().map(i -> new Remark(only(doc.language(), i.text()), source.id(),
                new Loc(doc.file(), i.line(), 0))).toList();
    }

    private Trend trend(EvaluationDocument doc, Source source, TrendRow row, Map<String, Library> imported) {
        Optional<Trend> known = trendIndex.find(row.label());
        List<String> ids = new ArrayList<>();
        for (String name : row.libraries()) {
            Optional<String> id = find(name, List.of()).map(Library::id)
                    .or(() -> imported.values().stream().filter(l -> Names.key(l.name()).equals(Names.key(name)))
                            .map(Library::id).findFirst());
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                warn(doc, row.line(), "unknown-library", "trend '" + row.label() + "' names " + name
                        + ", which neither the catalog nor the document describes; left out of the trend");
            }
        }
        return new Trend(known.map(Trend::id).orElseGet(() -> id(row.label(), "trend")),
                known.map(Trend::label).orElse(Text.both(row.label())), List.copyOf(ids),
                known.map(Trend::scenarios).orElse(List.of()), row.impact(),
                row.advice() == null ? null : only(doc.language(), row.advice()), source.id(),
                new Loc(doc.file(), row.line(), 0));
    }

    /** The scenario a label names; an unknown label becomes a new scenario (a quality) of the overlay. */
    private String scenario(String label, Lang lang) {
        Optional<Scenario> known = scenarios.find(label);
        if (known.isPresent()) {
            return known.get().id();
        }
        String id = id(label, "scenario");
        Scenario s = new Scenario(id, Text.both(label), List.of(), List.of(), Scenario.Kind.QUALITY, List.of(),
                Loc.file("scenarios.yaml"));
        newScenarios.put(id, s);
        scenarios.add(s, id, List.of(label));
        return id;
    }

    /** The category a label names; an unknown label becomes a new category of the overlay. */
    private String category(String label, Lang lang) {
        Optional<Category> known = categories.find(label);
        if (known.isPresent()) {
            return known.get().id();
        }
        String id = id(label, "category");
        Category c = new Category(id, Text.both(label), Loc.file("categories.yaml"));
        newCategories.put(id, c);
        categories.add(c, id, List.of(label));
        return id;
    }

    /**
     * A catalog id for a name: lower-case ASCII letters and digits joined by hyphens ("Sea-ORM" ->
     * sea-orm). A name with too little ASCII (a Chinese label) gets its kind and a checksum of the name, so
     * the same name always gives the same id.
     */
    static String id(String name, String kind) {
        String slug = Names.key(name).isEmpty() ? "" : name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        long letters = slug.chars().filter(Character::isLetterOrDigit).count();
        if (letters >= 2 && letters * 2 >= Names.key(name).length()) {
            return slug;
        }
        CRC32 crc = new CRC32();
        crc.update(name.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return kind + "-" + String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static Text only(Lang lang, String s) {
        return Text.only(lang, s);
    }

    private void error(EvaluationDocument doc, int line, String code, String message) {
        problems.add(new Problem(Severity.ERROR, code, doc.file(), line, 0, null, message));
    }

    private void warn(EvaluationDocument doc, int line, String code, String message) {
        problems.add(new Problem(Severity.WARNING, code, doc.file(), line, 0, null, message));
    }
}
