package advisor.imports;

import advisor.catalog.CatalogSyntax;
import advisor.catalog.NameIndex;
import advisor.catalog.Names;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Quadrant;
import advisor.model.Ring;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.model.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What every format reads into: the catalog it matches against, the user's options, the {@link Overlay}
 * being built and the summary of what was read. Formats call its helpers so that every format names,
 * matches and files entries the same way.
 */
public final class ImportContext {
    /** The user's reading options: the edition date, and how to read rings and quadrants. */
    public record Options(LocalDate date, List<String> rings, List<String> quadrants) {
        public Options {
            rings = List.copyOf(rings);
            quadrants = List.copyOf(quadrants);
        }

        /** The positional names of a list option (those without "="), for formats that number rings or quadrants. */
        static List<String> positional(List<String> values) {
            return values.stream().filter(v -> !v.contains("=")).toList();
        }

        /** The NAME=VALUE pairs of a list option, by name key. */
        static Map<String, String> pairs(List<String> values) {
            Map<String, String> out = new HashMap<>();
            for (String v : values) {
                int eq = v.indexOf('=');
                if (eq > 0) {
                    out.put(Names.key(v.substring(0, eq)), v.substring(eq + 1).trim());
                }
            }
            return out;
        }
    }

    /** An entry not imported, with why and where. */
    public record Skipped(ImportException.Where where, String reason) {
    }

    public final Catalog catalog;
    public final Options options;
    /** What the import adds, built as it reads. */
    public final Overlay overlay = new Overlay();
    private final NameIndex<Library> libraries;
    private final Map<String, String> draftByKey = new HashMap<>();
    private final NameIndex<Ring> rings;
    private final NameIndex<Quadrant> quadrants;
    private final NameIndex<Category> categories;
    private final NameIndex<Scenario> scenarios;
    private final Map<String, String> ringPairs;
    private final Map<String, String> quadrantPairs;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Skipped> notes = new ArrayList<>();
    private int read;

    public ImportContext(Catalog catalog, Options options) {
        this.catalog = catalog;
        this.options = options;
        libraries = NameIndex.libraries(catalog);
        rings = NameIndex.labelled(catalog.radar().rings(), Ring::id, Ring::label);
        quadrants = new NameIndex<>();
        for (Quadrant q : catalog.radar().quadrants()) {
            List<String> names = new ArrayList<>(q.aliases());
            names.add(q.label().en());
            names.add(q.label().zh());
            quadrants.add(q, q.id(), names);
        }
        categories = NameIndex.labelled(catalog.categories(), Category::id, Category::label);
        scenarios = NameIndex.scenarios(catalog);
        ringPairs = Options.pairs(options.rings());
        quadrantPairs = Options.pairs(options.quadrants());
    }

    public int read() {
        return read;
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** Counts one entry read from the input. */
    public void counted() {
        read++;
    }

    public void skip(ImportException.Where where, String reason) {
        skipped.add(new Skipped(where, reason));
    }

    /** Something the user should check that did not stop the import (a character repaired on weak evidence). */
    public void note(ImportException.Where where, String text) {
        notes.add(new Skipped(where, text));
    }

    public List<Skipped> notes() {
        return List.copyOf(notes);
    }

    /** Libraries the import adds to (known ones) and creates (new ones). */
    public long matched() {
        return overlay.libraries.values().stream().filter(d -> d.extension).count();
    }

    public long created() {
        return overlay.libraries.values().stream().filter(d -> !d.extension).count();
    }

    /**
     * The imported file as a source: id {@code import-<file name>}, titled by its file name, dated by
     * {@code edition} (YYYY-MM-DD), else {@code --date}, else undated. Never the file's time or today.
     */
    public Source source(Path file, LocalDate edition) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String id = cut("import-" + slug(name), CatalogSyntax.MAX_ID);
        LocalDate date = edition != null ? edition : options.date();
        Source source = new Source(id, Text.both(name), name, date, null, null);
        overlay.sources.putIfAbsent(id, source);
        return overlay.sources.get(id);
    }

    /**
     * The ring a radar's ring name means: a {@code --rings NAME=RING} pair, else a ring of the catalog by
     * id or label (forgivingly). An unknown ring is bad content.
     */
    public String ring(String name, ImportException.Where where) throws ImportException {
        if (name == null || name.isBlank()) {
            throw new ImportException(where, "no ring; valid rings: " + String.join(", ", rings.ids()));
        }
        String mapped = ringPairs.get(Names.key(name));
        Optional<Ring> ring = rings.find(mapped != null ? mapped : name);
        if (ring.isEmpty()) {
            throw new ImportException(where, "unknown ring '" + name + "'; valid rings: " + String.join(", ", rings.ids())
                    + " (--rings NAME=RING reads another name as one of them)");
        }
        return ring.get().id();
    }

    /**
     * The category a new library of a radar quadrant is filed under: a {@code --quadrants NAME=CATEGORY}
     * pair, else the category named like the quadrant, else a new one of the overlay, named after the
     * quadrant and added to the quadrant of that name (or a new quadrant).
     */
    public String quadrantCategory(String name, ImportException.Where where) throws ImportException {
        if (name == null || name.isBlank()) {
            throw new ImportException(where, "no quadrant");
        }
        String mapped = quadrantPairs.get(Names.key(name));
        if (mapped != null) {
            return categories.find(mapped).map(Category::id).orElseThrow(() -> new ImportException(where,
                    "--quadrants maps '" + name + "' to unknown category '" + mapped + "'"));
        }
        return category(name);
    }

    /** The catalog's category of this name (id or label, forgivingly), else a new one of the overlay. */
    public String category(String name) {
        Optional<Category> known = categories.find(name);
        if (known.isPresent()) {
            return known.get().id();
        }
        Optional<Quadrant> quadrant = quadrants.find(name);
        String id = quadrant.map(Quadrant::id).orElse(slug(name));
        if (catalog.category(id).isPresent()) {
            return id;
        }
        Text label = quadrant.map(Quadrant::label).orElse(Text.both(name.strip()));
        if (!overlay.categories.containsKey(id)) {
            overlay.categories.put(id, new Category(id, label, null));
            Quadrant q = overlay.quadrants.get(id);
            if (quadrant.isPresent()) {
                List<String> held = new ArrayList<>(quadrant.get().categories());
                held.add(id);
                q = new Quadrant(quadrant.get().id(), quadrant.get().label(), quadrant.get().aliases(), List.copyOf(held), null);
            } else if (q == null) {
                q = new Quadrant(id, label, List.of(), List.of(id), null);
            }
            overlay.quadrants.put(q.id(), q);
        }
        return id;
    }

    /** The catalog's scenario of this name (id, label or alias, forgivingly), else a new quality scenario of the overlay. */
    public String scenario(String name) {
        Optional<Scenario> known = scenarios.find(name);
        if (known.isPresent()) {
            return known.get().id();
        }
        String id = slug(name);
        overlay.scenarios.computeIfAbsent(id, k -> new Scenario(k, Text.both(name.strip()), List.of(), List.of(),
                Scenario.Kind.QUALITY, List.of(), null));
        return id;
    }

    /**
     * The library an entry named {@code name} adds to: one already drafted under that name, else an
     * extension of the catalog's library of that name (id, name or alias, forgivingly), else a new library
     * in {@code category}, with the name as written.
     */
    public Overlay.Draft library(String name, String category) {
        String key = Names.key(name);
        String drafted = draftByKey.get(key);
        if (drafted != null) {
            return overlay.libraries.get(drafted);
        }
        Optional<Library> known = libraries.find(name);
        Overlay.Draft draft;
        if (known.isPresent()) {
            draft = overlay.libraries.computeIfAbsent(known.get().id(), Overlay.Draft::extending);
        } else {
            String id = slug(name);
            draft = overlay.libraries.get(id);
            if (draft == null) {
                draft = Overlay.Draft.created(id, name.strip(), category);
                overlay.libraries.put(id, draft);
            }
        }
        draftByKey.put(key, draft.id);
        return draft;
    }

    /** The catalog's library of this name (its id, name or an alias), if it has one. */
    Optional<Library> known(String name) {
        return libraries.find(name);
    }

    /** A team's text as written, in the language it is written in (Chinese when it holds Han characters). */
    public static Text written(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return Text.only(han ? Lang.ZH : Lang.EN, text);
    }

    /**
     * A catalog id for a name: lower-case ASCII letters and digits joined by hyphens; a name with none
     * ("数据库") gets {@code x-} and a checksum of the name, so that it is still stable.
     */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("&", " and ").replace("+", " plus ").replace("#", " sharp ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = cut(s, 60);
        if (s.isEmpty()) {
            CRC32 crc = new CRC32();
            crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s = "x-" + Long.toHexString(crc.getValue());
        }
        return s;
    }

    /** {@code id} cut to at most {@code max} characters, without a hyphen left at the end. */
    private static String cut(String id, int max) {
        return id.length() > max ? id.substring(0, max).replaceAll("-+$", "") : id;
    }
}
