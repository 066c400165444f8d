package advisor.cli;

import advisor.imports.Formats;
import advisor.imports.ImportFormat;
import advisor.render.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inputs of {@code advisor import}, each with the format that reads it: named by {@code --from}, or detected. */
final class ImportInputs {
    private ImportInputs() {
    }

    /**
     * The inputs by format, in the order given; each format's files sorted by path. {@code from}: the format
     * {@code --from} names, or null to detect each one; an input no format reads is a usage error, said in the
     * words of {@code m}.
     */
    static Map<ImportFormat, List<ImportFormat.Input>> byFormat(List<Path> inputs, String from, Messages m) {
        ImportFormat named = null;
        if (from != null) {
            named = Formats.byId(from).orElseThrow(() -> AdvisorException.usage(m.text("import.from.unknown", from,
                    String.join(", ", Formats.ids()))));
        }
        Map<ImportFormat, List<ImportFormat.Input>> groups = new LinkedHashMap<>();
        for (Path path : inputs) {
            if (!Files.exists(path)) {
                throw AdvisorException.usage(m.text("input.missing", path));
            }
            ImportFormat.Input input = new ImportFormat.Input(path);
            boolean whole = named != null ? !Files.isDirectory(path) || named.detects(input) : Formats.detect(input).isPresent();
            if (!whole && Files.isDirectory(path)) {
                // a folder no format reads as a whole (as AOE's is): its files, each read as what it is
                for (Path file : filesOf(path, m)) {
                    group(groups, named, new ImportFormat.Input(file), m);
                }
            } else {
                group(groups, named, input, m);
            }
        }
        groups.values().forEach(list -> list.sort((a, b) -> a.path().toString().compareTo(b.path().toString())));
        return groups;
    }

    private static void group(Map<ImportFormat, List<ImportFormat.Input>> groups, ImportFormat named, ImportFormat.Input input,
                              Messages m) {
        Path path = input.path();
        ImportFormat format = named != null ? named : Formats.detect(input).orElseThrow(() -> AdvisorException.usage(
                m.text("import.unreadable", path, Formats.all().stream()
                        .map(f -> f.id() + " (" + f.description() + ")").collect(Collectors.joining(", ")))));
        groups.computeIfAbsent(format, k -> new ArrayList<>()).add(input);
    }

    /** The visible regular files directly in a folder, by name; a folder with none is a usage error. */
    private static List<Path> filesOf(Path dir, Messages m) {
        List<Path> files = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
        } catch (java.io.IOException e) {
            throw AdvisorException.usage(m.text("import.folder.unreadable", dir, e.getMessage()));
        }
        if (files.isEmpty()) {
            throw AdvisorException.usage(m.text("import.folder.empty", dir));
        }
        return files;
    }
}
