package advisor.imports;

import advisor.catalog.CatalogSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * AOE's technology radar: a folder {@code radar/<YYYY-MM-DD>/<item-id>.md} (the {@code radar/} level may be
 * the folder given). Each file starts with front matter ({@code title, ring, quadrant} or {@code segment},
 * {@code tags, featured}) and goes on in Markdown. A file with the same id in a later release folder is a
 * revision: it changes what it names and keeps the rest. Release folders give the history.
 */
final class Aoe extends NamedFormat {
    Aoe() {
        super("aoe", "AOE technology radar folder (radar/<YYYY-MM-DD>/<item>.md)");
    }

    @Override
    public boolean detects(Input input) {
        return input.directory() && !releases(input.path()).isEmpty();
    }

    /** The release folders, oldest first: of {@code dir/radar} when it exists, else of {@code dir}. */
    private static List<Path> releases(Path dir) {
        Path radar = Files.isDirectory(dir.resolve("radar")) ? dir.resolve("radar") : dir;
        try (Stream<Path> list = Files.list(radar)) {
            return list.filter(p -> Files.isDirectory(p) && CatalogSyntax.fullDate(p.getFileName().toString()) != null).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** An item as its latest revision leaves it. */
    private static final class Item {
        String title;
        String ring;
        String quadrant;
        String body;
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            Map<String, Item> items = new LinkedHashMap<>();
            List<Radars.Entry> entries = new ArrayList<>();
            for (Path release : releases(input.path())) {
                String date = release.getFileName().toString();
                List<Path> files;
                try (Stream<Path> list = Files.list(release)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
                } catch (IOException e) {
                    throw new ImportException(new ImportException.Where(release.toString(), 0, null), "cannot be read");
                }
                for (Path file : files) {
                    String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                    Item item = items.computeIfAbsent(id, k -> new Item());
                    revise(item, new Input(file), id);
                    if (item.title == null) {
                        item.title = id;
                    }
                    entries.add(new Radars.Entry(item.title, item.ring, item.quadrant, item.body, date,
                            new ImportException.Where(file.toString(), 1, item.title)));
                }
            }
            Radars.add(context, context.source(input.path(), null), null, entries);
        }
    }

    /** Reads one revision into {@code item}: what it names replaces, the rest stays. */
    private static void revise(Item item, Input file, String id) throws ImportException {
        String text = file.text();
        ImportException.Where where = file.at(1, id);
        if (text == null) {
            throw new ImportException(where, "cannot be read");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ImportException(where, "no front matter: an item starts with '---', then title, ring and"
                    + " quadrant (or segment) lines, then '---'");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            throw new ImportException(where, "the front matter is never closed with '---'");
        }
        String front = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        Tree tree;
        try {
            tree = front.isBlank() ? new Tree.Obj(Map.of(), 2) : Tree.read(front, true);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(where, "the front matter is not valid YAML");
        }
        if (!(tree instanceof Tree.Obj o)) {
            throw new ImportException(where, "the front matter must be key: value lines");
        }
        item.title = o.text("title") != null ? o.text("title") : item.title;
        item.ring = o.text("ring") != null ? o.text("ring") : item.ring;
        String quadrant = o.text("segment") != null ? o.text("segment") : o.text("quadrant");
        item.quadrant = quadrant != null ? quadrant : item.quadrant;
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length)).strip();
        item.body = body.isEmpty() ? item.body : body;
        if (item.ring == null) {
            throw new ImportException(where, "no 'ring' in the front matter of the item's first revision");
        }
    }
}
