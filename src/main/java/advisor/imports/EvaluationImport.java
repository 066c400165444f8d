package advisor.imports;

import advisor.catalog.CatalogSyntax;
import advisor.catalog.NameIndex;
import advisor.catalog.Names;
import advisor.imports.EvaluationDocument.DimensionRow;
import advisor.imports.EvaluationDocument.Entry;
import advisor.imports.EvaluationDocument.FactRow;
import advisor.imports.EvaluationDocument.Item;
import advisor.imports.EvaluationDocument.MatrixRow;
import advisor.imports.EvaluationDocument.ScenarioRow;
import advisor.imports.EvaluationDocument.TrendRow;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Lang;
import advisor.model.Loc;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Trend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a read evaluation document into the import's overlay: the document becomes a source, each evaluated
 * library a library (an extension of a known one, matched by id, name or alias), each summary-matrix row
 * without an evaluation a reported-only library, each trend row a trend. Scenario and category labels map
 * through the catalog's labels and aliases (an unknown one becomes a new entry); texts stay as written,
 * in the document's language. What cannot be placed is an error or a skip with its line.
 */
final class EvaluationImport {
    private final ImportContext context;
    private final Overlay overlay;
    private final NameIndex<Trend> trends;
    private final List<String> errors = new ArrayList<>();

    EvaluationImport(ImportContext context) {
        this.context = context;
        this.overlay = context.overlay;
        this.trends = NameIndex.labelled(context.catalog.trends(), Trend::id, Trend::label);
    }

    /** The errors found so far, each "file:line: message". */
    List<String> errors() {
        return List.copyOf(errors);
    }

    void add(Path file, EvaluationDocument doc) {
        Source source = source(file, doc);
        Map<String, MatrixRow> matrix = new LinkedHashMap<>();
        for (MatrixRow row : doc.matrix()) {
            matrix.put(Names.key(row.name()), row);
        }
        List<MatrixRow> placed = new ArrayList<>();
        for (Entry e : doc.libraries()) {
            context.counted();
            MatrixRow row = findRow(matrix, e.name(), e.aliases());
            if (row != null) {
                placed.add(row);
                check(doc, e, row);
            }
            library(doc, source, e, row);
        }
        for (MatrixRow row : doc.matrix()) {
            if (!placed.contains(row)) {
                context.counted();
                reportedOnly(doc, source, row);
            }
        }
        for (TrendRow row : doc.trends()) {
            Trend t = trend(doc, source, row);
            overlay.trends.put(t.id(), t);
        }
    }

    /**
     * The document as a source: titled by its first heading, dated by its "last updated" line (else
     * --date), reviewed as often as its "next update" line says (in whole months).
     */
    private Source source(Path file, EvaluationDocument doc) {
        LocalDate date = CatalogSyntax.fullDate(doc.date());
        Source named = context.source(file, date);
        Integer review = null;
        LocalDate next = CatalogSyntax.fullDate(doc.nextReview());
        if (named.date() != null && next != null) {
            Period p = Period.between(named.date(), next);
            if (p.getDays() == 0 && p.toTotalMonths() > 0) {
                review = (int) p.toTotalMonths();
            }
        }
        if (named.date() == null) {
            error(doc, 1, "the document does not say when it was written: add a line '**最后更新**: YYYY-MM-DD' "
                    + "or '**Last updated**: YYYY-MM-DD', or give --date");
        }
        Source source = new Source(named.id(), doc.title() != null ? Text.both(doc.title()) : named.title(),
                named.file(), named.date(), review, null);
        overlay.sources.put(source.id(), source);
        return source;
    }

    private static MatrixRow findRow(Map<String, MatrixRow> matrix, String name, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases);
        names.add(0, name);
        for (MatrixRow r : matrix.values()) {
            for (String part : (r.name() + "/" + r.name().replace("/", "")).split("/")) {
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
            context.note(where(doc, row.line(), e.name()), "the summary matrix gives " + row.score() + " " + row.tier()
                    + ", the evaluation (line " + e.composite().line() + ") " + e.composite().score() + " "
                    + e.composite().tier() + "; the evaluation is kept");
        }
    }

    /** The draft a document's library adds to: a known library (any of the names) or a new one. */
    private Overlay.Draft draft(EvaluationDocument doc, String name, List<String> aliases, MatrixRow row, int line) {
        String known = null;
        for (String n : names(name, aliases)) {
            if (known == null && context.known(n).isPresent()) {
                known = n;
            }
        }
        if (known != null) {
            return context.library(known, null);
        }
        if (row == null) {
            error(doc, line, name + " is not in the catalog, and the summary matrix (库名 | 分类 ... / Library | "
                    + "Category ...) gives no category for it");
            return null;
        }
        return context.library(name, context.category(row.category()));
    }

    /** A name and its aliases; a matrix name "Turso/libSQL" gives both of its parts too. */
    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        if (name.contains("/")) {
            for (String part : name.split("/")) {
                all.add(part.strip());
            }
        }
        return all;
    }

    private void library(EvaluationDocument doc, Source source, Entry e, MatrixRow row) {
        Overlay.Draft d = draft(doc, e.name(), e.aliases(), row, e.line());
        if (d == null) {
            return;
        }
        Lang lang = doc.language();
        if (!d.extension) {
            d.summary = Text.only(lang, e.description() != null ? e.description() : e.name());
        }
        for (String a : e.aliases()) {
            if (context.known(a).isEmpty() && d.aliases.stream().noneMatch(x -> Names.key(x).equals(Names.key(a)))) {
                d.aliases.add(a);
            }
        }
        for (FactRow f : e.facts()) {
            Loc loc = new Loc(doc.file(), f.line(), 0);
            switch (f.key()) {
                case "repository" -> {
                    if (!d.extension) {
                        d.repository = f.value();
                    }
                }
                case "production-use" -> d.facts.add(new Fact(f.key(), null, Text.only(lang, f.value()), null,
                        source.id(), loc));
                default -> d.facts.add(new Fact(f.key(), f.value(), null, f.asOf(), source.id(), loc));
            }
            if (f.remark() != null) {
                d.facts.add(new Fact("status", f.remark(), null, f.asOf(), source.id(), loc));
            }
        }
        if (!e.dimensions().isEmpty() || e.composite() != null) {
            Map<String, DimensionScore> dims = new LinkedHashMap<>();
            for (Dimension dim : context.catalog.dimensions()) {
                DimensionRow r = e.dimensions().get(dim.id());
                if (r != null) {
                    dims.put(dim.id(), new DimensionScore(Double.parseDouble(r.score()),
                            r.note() == null ? null : Text.only(lang, r.note()), new Loc(doc.file(), r.line(), 0)));
                }
            }
            Evaluation.Reported reported = e.composite() == null ? null : new Evaluation.Reported(
                    Double.parseDouble(e.composite().score()), e.composite().tier(),
                    new Loc(doc.file(), e.composite().line(), 0));
            d.evaluation = new Evaluation(source.id(), source.date(), dims, reported, new Loc(doc.file(), e.line(), 0));
        }
        for (ScenarioRow r : e.scenarios()) {
            d.scenarios.add(new ScenarioRating(context.scenario(r.label()), r.stars(), source.id(),
                    r.note() == null ? null : Text.only(lang, r.note()), new Loc(doc.file(), r.line(), 0)));
        }
        if (row != null) {
            recommended(doc, source, row, d);
        }
        e.strengths().forEach(i -> d.strengths.add(remark(doc, source, i)));
        e.limitations().forEach(i -> d.limitations.add(remark(doc, source, i)));
    }

    /** A library the summary matrix names with only a composite and tier: reported-only, never re-weighted. */
    private void reportedOnly(EvaluationDocument doc, Source source, MatrixRow row) {
        Overlay.Draft d = draft(doc, row.name().split("/")[0].strip(), names(row.name(), List.of()), row, row.line());
        if (d == null) {
            return;
        }
        Loc loc = new Loc(doc.file(), row.line(), 0);
        if (!d.extension) {
            d.summary = Text.only(doc.language(), row.category()
                    + (row.recommended() != null ? " · " + row.recommended() : ""));
        }
        d.evaluation = new Evaluation(source.id(), source.date(), Map.of(),
                new Evaluation.Reported(Double.parseDouble(row.score()), row.tier(), loc), loc);
        recommended(doc, source, row, d);
    }

    /**
     * The matrix's "recommended for" cell: scenarios recommended without stars, unless the document already
     * rates them for the library. The whole cell is tried as one label first ("学习、实验" is one).
     */
    private void recommended(EvaluationDocument doc, Source source, MatrixRow row, Overlay.Draft d) {
        if (row.recommended() == null) {
            return;
        }
        List<String> labels = context.catalog.scenarios().stream().anyMatch(s -> matches(s, row.recommended()))
                ? List.of(row.recommended()) : EvaluationReader.split(row.recommended());
        for (String label : labels) {
            String id = context.scenario(label);
            if (d.scenarios.stream().noneMatch(r -> r.scenario().equals(id) && r.source().equals(source.id()))) {
                d.scenarios.add(new ScenarioRating(id, null, source.id(), null, new Loc(doc.file(), row.line(), 0)));
            }
        }
    }

    private static boolean matches(Scenario s, String label) {
        String key = Names.key(label);
        return Names.key(s.id()).equals(key) || Names.key(s.label().en()).equals(key)
                || Names.key(s.label().zh()).equals(key) || s.aliases().stream().anyMatch(a -> Names.key(a).equals(key));
    }

    private static Remark remark(EvaluationDocument doc, Source source, Item i) {
        return new Remark(Text.only(doc.language(), i.text()), source.id(), new Loc(doc.file(), i.line(), 0));
    }

    /** A trend row: the catalog's trend of that label is replaced (same id), else a new trend. */
    private Trend trend(EvaluationDocument doc, Source source, TrendRow row) {
        Optional<Trend> known = trends.find(row.label());
        List<String> ids = new ArrayList<>();
        for (String name : row.libraries()) {
            Optional<String> id = context.known(name).map(advisor.model.Library::id)
                    .or(() -> overlay.libraries.values().stream()
                            .filter(d -> d.name != null && Names.key(d.name).equals(Names.key(name))).map(d -> d.id).findFirst());
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                context.skip(where(doc, row.line(), row.label()), "the trend names " + name
                        + ", which neither the catalog nor the document describes; left out of the trend");
            }
        }
        return new Trend(known.map(Trend::id).orElseGet(() -> ImportContext.slug(row.label())),
                known.map(Trend::label).orElse(Text.both(row.label())), List.copyOf(ids),
                known.map(Trend::scenarios).orElse(List.of()), row.impact(),
                Text.only(doc.language(), row.advice() == null || row.advice().isBlank() ? row.label() : row.advice()),
                source.id(), new Loc(doc.file(), row.line(), 0));
    }

    private static ImportException.Where where(EvaluationDocument doc, int line, String entry) {
        return new ImportException.Where(doc.file(), line, entry);
    }

    private void error(EvaluationDocument doc, int line, String message) {
        errors.add(doc.file() + ":" + line + ": " + message);
    }
}
