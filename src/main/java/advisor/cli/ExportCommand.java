package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.imports.OverlayWriter;
import advisor.model.Catalog;
import advisor.model.Library;
import advisor.radar.RadarExport;
import advisor.radar.RadarWriters;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor export}: the catalog as a radar in a radar tool's format (issue 12). Each library in its
 * latest ring, else in the ring the ring policy gives its tier; libraries with neither are left out and counted.
 */
@Command(name = "export", description = {"Write the catalog as a radar: byor-csv, byor-json, zalando, backstage (a file) "
        + "or aoe (a folder).",
        "Each library is in its latest ring, or, without one, in the ring the ring policy (rings.yaml) gives its tier; "
                + "libraries with neither are left out and counted. The output is replaced in one step."},
        mixinStandardHelpOptions = true)
final class ExportCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "byor-csv, byor-json, zalando, backstage or aoe.")
    String format;

    /** Where to write: the common option {@code --to}, which this command requires. */
    private Path to;

    @Option(names = "--only-overlays", description = "Only libraries (or rings) from the --catalog directories.")
    boolean onlyOverlays;

    @Override
    int run(Session session) {
        String id = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!RadarWriters.FORMATS.contains(id)) {
            throw AdvisorException.usage(session.messages().text("export.format.unknown", format,
                    String.join(", ", RadarWriters.FORMATS)));
        }
        to = session.requiredTo("export.to.missing");
        Catalog catalog = session.catalog();
        Predicate<Library> include = lib -> !onlyOverlays || !CatalogLoader.builtin(lib.loc())
                || lib.rings().stream().anyMatch(r -> !CatalogLoader.builtin(r.loc()));
        RadarExport radar = RadarExport.of(catalog, include, env.today().get().toString());
        Map<String, byte[]> files;
        try {
            files = RadarWriters.write(id, radar);
        } catch (RadarWriters.Unfit e) {
            throw AdvisorException.usage(e.getMessage());
        }
        try {
            if (RadarWriters.folder(id)) {
                OverlayWriter.commit(OverlayWriter.stage(to, files), to, files);
            } else {
                writeFile(files.get(""));
            }
        } catch (IOException e) {
            throw new AdvisorException(ExitCode.OUTPUT_FAILED, session.messages().text("export.write.failed", to, e.getMessage()));
        }
        long own = radar.items().stream().filter(i -> !i.byPolicy()).count();
        Messages m = session.messages();
        env.err().println(m.text("export.done", radar.items().size(), to, id, own, radar.items().size() - own, radar.leftOut()));
        if (id.equals("zalando")) {
            env.err().println(m.text("export.quadrants", String.join(",", radar.quadrants())));
        }
        env.err().flush();
        return ExitCode.OK.code();
    }

    /** Writes the file beside its target and moves it in, so a failed run leaves the old file whole. */
    private void writeFile(byte[] bytes) throws IOException {
        Path target = to.toAbsolutePath();
        Files.createDirectories(target.getParent());
        OutputFiles.write(target, bytes);
    }
}
