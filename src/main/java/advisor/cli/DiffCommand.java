package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.imports.Formats;
import advisor.imports.ImportContext;
import advisor.imports.ImportException;
import advisor.imports.ImportFormat;
import advisor.imports.OverlayWriter;
import advisor.model.Catalog;
import advisor.report.CatalogDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor diff OLD NEW} (issue 12): what changed between two catalog directories, each laid over the
 * same catalogs, or between two radar files of one import format. Exit 0 whether or not they differ.
 */
@Command(name = "diff", description = {"What changed between two catalog directories (or two radar editions of one "
        + "import format): libraries added and removed, ring moves, score and tier changes, changed facts.",
        "Exit 0 whether or not they differ. --format markdown writes a \"what changed\" wiki page."},
        mixinStandardHelpOptions = true)
final class DiffCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier catalog directory or radar file.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later catalog directory or radar file.")
    Path updated;

    @Override
    int run(Session session) {
        for (Path p : List.of(old, updated)) {
            if (!Files.exists(p)) {
                throw AdvisorException.usage(session.messages().text("input.missing", p));
            }
        }
        boolean dirs = Files.isDirectory(old) && Files.isDirectory(updated) && !radarFolder(old);
        Catalog a;
        Catalog b;
        if (dirs) {
            a = load(session, old, old.toString());
            b = load(session, updated, updated.toString());
        } else {
            Catalog base = session.catalog();
            ImportFormat format = format(session, old);
            ImportFormat other = format(session, updated);
            if (!format.id().equals(other.id())) {
                throw AdvisorException.usage(session.messages().text("diff.formats.differ", format.id(), other.id()));
            }
            a = imported(session, base, format, old);
            b = imported(session, base, format, updated);
        }
        session.print(CatalogDiff.of(a, b, old.toString(), updated.toString(), session.lang()));
        return ExitCode.OK.code();
    }

    /** An AOE radar is a folder too: a folder a radar format detects is read as that radar. */
    private static boolean radarFolder(Path p) {
        return Formats.detect(new ImportFormat.Input(p)).isPresent();
    }

    private static ImportFormat format(Session session, Path p) {
        return Formats.detect(new ImportFormat.Input(p)).orElseThrow(() -> AdvisorException.usage(
                session.messages().text("diff.unreadable", p, String.join(", ", Formats.ids()))));
    }

    /** The catalogs of this run with {@code dir} laid over them; an invalid one exits 3 naming its errors. */
    private Catalog load(Session session, Path dir, String name) {
        return load(env, session, dir, name);
    }

    /** The catalogs of {@code session} with {@code dir} laid over them (also {@code publish --since DIR}). */
    static Catalog load(Env env, Session session, Path dir, String name) {
        List<Path> overlays = new ArrayList<>(session.overlays());
        overlays.add(dir);
        CatalogLoader.Result r = CatalogLoader.load(overlays, !session.noBuiltin(), env.today().get());
        if (r.hasErrors()) {
            throw new AdvisorException(ExitCode.INVALID_CATALOG, session.messages().text("diff.invalidCatalog", name) + r.errors().stream()
                    .limit(10).map(p -> "\n  " + p.where() + ": " + p.message()).collect(Collectors.joining()));
        }
        return r.catalog();
    }

    /** A radar file read as {@code advisor import} would, laid over the catalogs of this run. */
    private Catalog imported(Session session, Catalog base, ImportFormat format, Path file) {
        ImportContext context = new ImportContext(base, new ImportContext.Options(null, List.of(), List.of()));
        try {
            format.read(List.of(new ImportFormat.Input(file)), context);
        } catch (ImportException e) {
            throw new AdvisorException(ExitCode.INVALID_CATALOG, e.getMessage());
        }
        Map<String, byte[]> files = OverlayWriter.files(context.overlay);
        Path stage = null;
        try {
            Path tmp = Files.createTempDirectory("advisor-diff-");
            stage = OverlayWriter.stage(tmp.resolve("overlay"), files);
            Catalog c = load(session, stage, file.toString());
            OverlayWriter.discard(tmp);
            return c;
        } catch (IOException e) {
            throw new AdvisorException(ExitCode.OUTPUT_FAILED, session.messages().text("diff.stage.failed", file, e.getMessage()));
        } finally {
            if (stage != null) {
                OverlayWriter.discard(stage.getParent());
            }
        }
    }
}
