package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.imports.LibraryDraft;
import advisor.imports.OverlayWriter;
import advisor.model.Catalog;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code advisor add}: writes one library file into a catalog directory, from options (scripts) or, at
 * a terminal without {@code --id}, from prompts that complete names and check each answer as it is
 * typed. The file is validated with the catalog it joins and printed; a file that would not validate is
 * not kept, and an existing one is replaced only with {@code --force}.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add one library file to a catalog directory: from options, or at a terminal by prompts "
                + "(completion, each answer checked).", "Validates the file with the catalog it joins and prints it; "
                + "never replaces an existing file without --force."})
final class AddCommand extends SessionCommand {
    /** The library's content, given as options; without {@code --id} a terminal prompts for it. */
    @Mixin
    LibraryOptions library;

    @Option(names = "--force", description = "Replace an existing library file.")
    boolean force;

    /** The terminal of the prompts: null for the system's (tests script one). */
    Terminal terminal;

    @Override
    int run(Session session) throws IOException {
        Messages m = session.messages();
        // the catalog directory to write into
        Path to = session.requiredTo("add.to.missing");
        List<Path> overlays = new ArrayList<>(session.overlays());
        if (Files.isDirectory(to) && !overlays.contains(to)) {
            overlays.add(to);
        }
        Catalog catalog = catalog(session, overlays, m);
        LibraryDraft draft = new LibraryDraft(catalog, session.lang(), env.today().get());
        if (library.id == null && env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            if (!LibraryPrompts.fill(terminal, draft, m, to, force, env.today().get())) {
                env.err().println(m.text("add.cancelled"));
                return ExitCode.USAGE.code();
            }
        } else {
            library.apply(draft, m);
        }
        draft.complete().ifPresent(r -> {
            throw AdvisorException.usage(m.text(r.key(), r.args()));
        });
        Path file = to.resolve("libraries").resolve(draft.id() + ".yaml");
        if (Files.exists(file) && !force) {
            throw AdvisorException.usage(m.text("add.exists", file));
        }
        String content = new String(OverlayWriter.library(draft.build(), "# " + m.text("add.header") + "\n"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        write(file, content);
        if (!overlays.contains(to)) {
            overlays.add(to);
        }
        CatalogLoader.Result result = CatalogLoader.load(overlays, !common.noBuiltin, env.today().get());
        List<Problem> mine = result.problems().stream()
                .filter(p -> p.file() != null && Path.of(p.file()).normalize().equals(file.normalize())).toList();
        long errors = mine.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        if (errors > 0) {
            if (before == null) {
                Files.delete(file);
            } else {
                write(file, new String(before, java.nio.charset.StandardCharsets.UTF_8));
            }
            StringBuilder sb = new StringBuilder(m.text("add.invalid", file));
            mine.forEach(p -> sb.append("\n  ").append(p.where()).append(": ").append(p.message()));
            throw new AdvisorException(ExitCode.INVALID_CATALOG, sb.toString());
        }
        env.out().print(content);
        mine.forEach(p -> env.err().println(p.where() + ": " + m.text("validate.warning") + " [" + p.code() + "] " + p.message()));
        env.err().println(m.text("add.wrote", file, errors, mine.size() - errors));
        return ExitCode.OK.code();
    }

    /** The catalog the new file joins (the --catalog overlays and the target directory); exit 3 when it is invalid. */
    private Catalog catalog(Session session, List<Path> overlays, Messages m) {
        CatalogLoader.Result result = env.catalogs().load(overlays, !common.noBuiltin, env.today().get());
        if (result.hasErrors()) {
            StringBuilder sb = new StringBuilder(m.text("add.catalogInvalid"));
            result.errors().stream().limit(20).forEach(p -> sb.append("\n  ").append(p.where()).append(": ").append(p.message()));
            throw new AdvisorException(ExitCode.INVALID_CATALOG, sb.toString());
        }
        return result.catalog();
    }

    /** Writes the library file whole or not at all (beside it first, then moved in), creating its folder. */
    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        OutputFiles.write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
