package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.CatalogSyntax;
import advisor.catalog.Problem;
import advisor.imports.ImportContext;
import advisor.imports.ImportException;
import advisor.imports.ImportFormat;
import advisor.imports.Overlay;
import advisor.imports.OverlayWriter;
import advisor.model.Catalog;
import advisor.render.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor import}: reads a team's radar or curated list into a catalog overlay directory that
 * validates. Matched libraries get extension files, the rest new library files; the summary goes to stderr.
 */
@Command(name = "import", description = {"Turn a team's radar (BYOR CSV/JSON, Zalando, AOE, Backstage), curated list "
        + "(blessed.rs, are-we-learning-yet) or Markdown evaluation document into a catalog overlay directory.",
        "The format is detected unless --from names it. Entries matching a known library add their ring and notes to it; "
                + "the rest become new, unscored libraries. Nothing is written when the input is bad, and an existing "
                + "file with other content is only replaced with --force."},
        mixinStandardHelpOptions = true)
final class ImportCommand extends SessionCommand {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Radar files or folders (several editions build the history), or Markdown evaluation documents.")
    List<Path> inputs;

    /** Where to write: the common option {@code --to}, which this command requires. */
    private Path to;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The input format: byor-csv, byor-json, zalando, aoe, backstage, blessed, awly, evaluation (default: detected).")
    String from;

    @Option(names = "--date", paramLabel = "DATE", description = "The edition date (YYYY-MM-DD) of inputs that carry none.")
    String date;

    @Option(names = "--rings", paramLabel = "NAMES", split = ",",
            description = "How to read rings: NAME=RING pairs, or ring ids by number for Zalando (default adopt,trial,assess,hold).")
    List<String> rings = new ArrayList<>();

    @Option(names = "--quadrants", paramLabel = "NAMES", split = ",",
            description = "How to read quadrants: NAME=CATEGORY pairs, or names by number for Zalando "
                    + "(default Languages,Infrastructure,Datastores,Data Management).")
    List<String> quadrants = new ArrayList<>();

    @Option(names = "--force", description = "Replace files in DIR that exist with other content.")
    boolean force;

    @Override
    int run(Session session) {
        to = session.requiredTo("import.to.missing");
        LocalDate edition = parseDate(session);
        Map<ImportFormat, List<ImportFormat.Input>> groups = ImportInputs.byFormat(inputs, from, session.messages());
        Catalog catalog = session.catalog();
        ImportContext context = new ImportContext(catalog, new ImportContext.Options(edition, rings, quadrants));
        try {
            for (Map.Entry<ImportFormat, List<ImportFormat.Input>> g : groups.entrySet()) {
                g.getKey().read(g.getValue(), context);
            }
        } catch (ImportException e) {
            throw new AdvisorException(ExitCode.INVALID_CATALOG, e.getMessage() + "\n" + session.messages().text("import.nothingWritten", to));
        }
        Map<String, byte[]> files = OverlayWriter.files(context.overlay);
        write(session, files);
        summary(session.messages(), groups, context, files);
        return ExitCode.OK.code();
    }

    private LocalDate parseDate(Session session) {
        if (date == null) {
            return null;
        }
        LocalDate parsed = CatalogSyntax.fullDate(date.strip());
        if (parsed == null) {
            throw AdvisorException.usage(session.messages().text("option.invalid.date", "--date", date));
        }
        return parsed;
    }

    /** Checks the overlay loads without errors over the same catalogs, then moves it into --to. */
    private void write(Session session, Map<String, byte[]> files) {
        try {
            List<String> conflicts = OverlayWriter.conflicts(to, files);
            if (!conflicts.isEmpty() && !force) {
                throw AdvisorException.usage(session.messages().text("import.conflicts", to, String.join(", ", conflicts)));
            }
            Path stage = OverlayWriter.stage(to, files);
            List<Path> overlays = new ArrayList<>(session.overlays());
            overlays.add(stage);
            CatalogLoader.Result check = CatalogLoader.load(overlays, !common.noBuiltin, env.today().get());
            List<Problem> errors = check.errors();
            if (!errors.isEmpty()) {
                OverlayWriter.discard(stage);
                String stageName = stage.toString();
                throw new AdvisorException(ExitCode.INVALID_CATALOG, session.messages().text("import.invalid") + errors.stream().limit(20).map(p -> "\n  " + p.where().replace(stageName,
                        to.toString()) + ": " + p.message()).collect(Collectors.joining()));
            }
            OverlayWriter.commit(stage, to, files);
        } catch (IOException e) {
            throw new AdvisorException(ExitCode.OUTPUT_FAILED, session.messages().text("import.write.failed", to, e.getMessage()));
        }
    }

    private void summary(Messages m, Map<ImportFormat, List<ImportFormat.Input>> groups, ImportContext context,
                         Map<String, byte[]> files) {
        PrintWriter err = env.err();
        int inputsRead = groups.values().stream().mapToInt(List::size).sum();
        String formats = groups.keySet().stream().map(ImportFormat::id).collect(Collectors.joining(", "));
        Overlay overlay = context.overlay;
        err.println(m.text(inputsRead == 1 ? "import.read.one" : "import.read.many", context.read(), inputsRead, formats,
                context.matched(), context.created(), context.skipped().size()));
        for (ImportContext.Skipped s : context.skipped()) {
            err.println(m.text("import.skipped", s.where(), s.reason()));
        }
        for (ImportContext.Skipped n : context.notes()) {
            err.println(m.text("import.check", n.where(), n.reason()));
        }
        err.println(m.text(overlay.sources.size() == 1 ? "import.wrote.one" : "import.wrote.many", files.size(), to,
                overlay.libraries.size(), overlay.sources.size()));
        err.flush();
    }
}
