package advisor.report;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code advisor validate}: the catalog's problems as of a day. With overlay directories over the
 * built-in catalog ({@code split}), a team answers for its own files: theirs are counted and listed, the
 * built-in's summarised (and listed too with {@code --all}).
 */
public record Validation(LocalDate asOf, int libraries, List<Issue> problems, Count counted, Count builtin,
        boolean split, boolean all) implements Answer {

    private static final Fields<Validation> FIELDS = Fields.of(Validation.class, "validate.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("asOf", a -> a.asOf().toString()),
            Field.data("libraries", "list.field.libraries", Validation::libraries),
            Field.data("errors", a -> a.counted().errors()),
            Field.data("warnings", a -> a.counted().warnings()),
            Field.data("problems", Validation::problems),
            Field.data("builtin", a -> a.split() ? a.builtin() : Field.ABSENT)));

    /** One problem: where, how bad, which rule, and what is wrong. */
    public record Issue(Problem problem) implements Node {
        static final Fields<Issue> FIELDS = Fields.of(Issue.class, "validate.field", () -> List.of(
                Field.data("severity", i -> i.problem().severity().label()),
                Field.data("code", i -> i.problem().code()),
                Field.data("file", "sources.field.file", i -> i.problem().file()),
                Field.data("line", i -> i.problem().line() > 0 ? i.problem().line() : null),
                Field.data("column", i -> i.problem().column() > 0 ? i.problem().column() : null),
                Field.data("library", "trends.field.library", i -> i.problem().library()),
                Field.data("message", i -> i.problem().message())));
    }

    /** How many errors and warnings. */
    public record Count(long errors, long warnings) implements Node {
        static final Fields<Count> FIELDS = Fields.of(Count.class, "validate.field", () -> List.of(
                Field.data("errors", Count::errors),
                Field.data("warnings", Count::warnings)));

        static Count of(List<Problem> problems) {
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            return new Count(errors, problems.size() - errors);
        }

        /** "2 errors, 1 warning" in the language of {@code m}. */
        String text(Messages m) {
            return m.text("validate.count", m.text(errors == 1 ? "validate.errors.one" : "validate.errors.many", errors),
                    m.text(warnings == 1 ? "validate.warnings.one" : "validate.warnings.many", warnings));
        }
    }

    /** The problems of {@code result} as of {@code day}; {@code split}: overlays answer for their own files only. */
    public static Validation of(CatalogLoader.Result result, LocalDate day, boolean split, boolean all) {
        List<Problem> counted = result.problems().stream().filter(p -> !split || !CatalogLoader.builtin(p)).toList();
        List<Problem> builtin = result.problems().stream().filter(p -> split && CatalogLoader.builtin(p)).toList();
        List<Problem> listed = all ? result.problems() : counted;
        return new Validation(day, result.catalog().libraries().size(), listed.stream().map(Issue::new).toList(),
                Count.of(counted), Count.of(builtin), split, all);
    }

    /**
     * Whether the run fails: an error in any file (every other command would refuse the catalog), or, with
     * {@code strict}, a warning counted.
     */
    public boolean fails(boolean strict) {
        return counted.errors() + builtin.errors() > 0 || strict && counted.warnings() > 0;
    }

    @Override
    public Listed<Issue> listed() {
        return new Listed<>("problems", Issue.FIELDS, problems);
    }

    @Override
    public Doc doc(Messages m) {
        Doc doc = new Doc().title(m.text("validate.title"));
        for (Issue i : problems) {
            Problem p = i.problem();
            String level = m.text(p.severity() == Problem.Severity.ERROR ? "validate.error" : "validate.warning");
            doc.line(p.where() + ": " + level + " [" + p.code() + "] " + p.message());
        }
        if (split) {
            doc.paragraph(m.text("validate.checked", libraries, asOf));
            doc.line(m.text("validate.overlays", counted.text(m)));
            doc.line(m.text(all ? "validate.builtinAll" : "validate.builtin", builtin.text(m)));
        } else {
            doc.paragraph(m.text("validate.checkedCount", libraries, asOf, counted.text(m)));
        }
        return doc;
    }
}
