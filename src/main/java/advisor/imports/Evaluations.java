package advisor.imports;

import advisor.catalog.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Markdown evaluation documents ({@code --from evaluation}): per library a facts table, the seven
 * dimensions with a score and a note, the composite and tier, strengths, limitations and scenario stars;
 * a summary matrix and a trend table (see {@link EvaluationReader}). A copy mangled by a wiki export
 * (UTF-8 read as Windows-1252 and saved again) is repaired first ({@link Mojibake}); the characters the
 * repair could not settle are listed with their line for the user to check.
 */
final class Evaluations extends NamedFormat {
    /** The header of a dimension table, Chinese or English: what makes a page an evaluation document. */
    private static final Pattern DIMENSION_TABLE = Pattern.compile(
            "(?im)^\\s*\\|\\s*(?:\\*\\*)?(?:维度|dimension)(?:\\*\\*)?\\s*\\|\\s*(?:\\*\\*)?(?:评分|score)(?:\\*\\*)?\\s*\\|");
    private static final int MAX_UNCERTAIN_LISTED = 50;

    Evaluations() {
        super("evaluation", "a Markdown evaluation document with a 维度 | 评分 / Dimension | Score table");
    }

    @Override
    public boolean detects(Input input) {
        if (input.directory() || input.text() == null) {
            return false;
        }
        String text = input.text();
        if (DIMENSION_TABLE.matcher(text).find()) {
            return true;
        }
        // a mangled copy: its table header comes back with the format's own words as evidence
        Mojibake.Repair repair = Mojibake.repair(text, () -> Evidence.of(EvaluationReader.vocabulary()));
        return repair.detected() && DIMENSION_TABLE.matcher(repair.text()).find();
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        // built once, and only when a document turns out to be mangled
        Evidence[] built = new Evidence[1];
        Supplier<Evidence> evidence = () -> {
            if (built[0] == null) {
                built[0] = Evidence.of(CatalogText.of(context.catalog)).plus(EvaluationReader.vocabulary(), 20);
            }
            return built[0];
        };
        EvaluationImport building = new EvaluationImport(context);
        List<String> errors = new ArrayList<>();
        for (Input input : inputs) {
            String file = input.path().toString();
            if (input.text() == null) {
                throw new ImportException(input.at(0, null), "cannot be read");
            }
            Mojibake.Repair repair = Mojibake.repair(input.text(), evidence);
            if (repair.detected()) {
                context.note(input.at(0, null), "mangled text (UTF-8 read as Windows-1252 or Latin-1) repaired: "
                        + repair.decoded() + " characters decoded back, " + repair.damaged() + " of them had lost bytes, "
                        + repair.uncertain().size() + " uncertain");
                for (Mojibake.Uncertain u : repair.uncertain().subList(0, Math.min(MAX_UNCERTAIN_LISTED,
                        repair.uncertain().size()))) {
                    context.note(input.at(u.line(), null), "column " + u.column() + ": repaired as '" + u.chosen()
                            + "'; could also be " + String.join(", ", u.alternatives().stream().map(a -> "'" + a + "'").toList()));
                }
            }
            EvaluationReader reader = new EvaluationReader(context.catalog);
            EvaluationDocument doc = reader.read(file, repair.text());
            for (Problem p : reader.problems()) {
                if (p.severity() == Problem.Severity.ERROR) {
                    errors.add(file + ":" + p.line() + ": " + p.message());
                } else {
                    context.skip(input.at(p.line(), null), p.message());
                }
            }
            building.add(input.path(), doc);
        }
        errors.addAll(building.errors());
        if (!errors.isEmpty()) {
            throw new ImportException(new ImportException.Where(inputs.get(0).path().toString(), 0, null),
                    errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in the evaluation document:\n  "
                    + String.join("\n  ", errors));
        }
    }
}
