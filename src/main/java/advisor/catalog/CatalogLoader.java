package advisor.catalog;

import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Dimension;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Profile;
import advisor.model.Radar;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.model.Stack;
import advisor.model.Integration;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a catalog: the built-in one packed in the jar and any overlay directories laid over it in
 * order (same id replaces, new id adds). Every file is read and every problem collected; the result
 * carries the catalog (possibly partial) and the problems.
 */
public final class CatalogLoader {
    /** Where the built-in catalog sits on the class path. */
    public static final String BUILTIN_RESOURCE = "advisor-catalog";
    /** How the built-in catalog's files are named in messages: as in the repository. */
    static final String BUILTIN_NAME = "catalog";
    static final List<String> REFERENCE_FILES = List.of("sources.yaml", "dimensions.yaml", "tiers.yaml",
            "profiles.yaml", "categories.yaml", "scenarios.yaml", "trends.yaml", "rings.yaml", "stacks.yaml",
            "integrations.yaml");

    /** A loaded catalog and every problem found on the way. */
    public record Result(Catalog catalog, List<Problem> problems) {
        public boolean hasErrors() {
            return Problems.anyError(problems);
        }

        public List<Problem> errors() {
            List<Problem> errors = new ArrayList<>();
            for (Problem p : problems) {
                if (p.severity() == Problem.Severity.ERROR) {
                    errors.add(p);
                }
            }
            return List.copyOf(errors);
        }
    }

    private record FileData(String name, String relative, byte[] bytes) {
    }

    private final Problems problems = new Problems();
    private final CatalogBinder binder = new CatalogBinder(problems);
    private final Section<Source> sources = new Section<>("sources", "a source", binder::source, Source::id,
            Source::loc);
    private final Section<Dimension> dimensions = new Section<>("dimensions", "a dimension", binder::dimension,
            Dimension::id, Dimension::loc);
    private final Section<Tier> tiers = new Section<>("tiers", "a tier", binder::tier, Tier::id, Tier::loc);
    private final Section<Profile> profiles = new Section<>("profiles", "a profile", binder::profile, Profile::id,
            Profile::loc);
    private final Section<Category> categories = new Section<>("categories", "a category", binder::category,
            Category::id, Category::loc);
    private final Section<Scenario> scenarios = new Section<>("scenarios", "a scenario", binder::scenario,
            Scenario::id, Scenario::loc);
    private final Section<Trend> trends = new Section<>("trends", "a trend", binder::trend, Trend::id, Trend::loc);
    private final Section<Stack> stacks = new Section<>("stacks", "a stack", binder::stack, Stack::id, Stack::loc);
    private final Section<Integration> integrations = new Section<>("integrations", "an integration",
            binder::integration, Integration::key, Integration::loc);
    /** Every reference file but rings.yaml, which holds the radar ({@link #addRadar}). */
    private final List<Section<?>> sections = List.of(sources, dimensions, tiers, profiles, categories, scenarios,
            trends, stacks, integrations);
    private final Map<String, Library> libraries = new LinkedHashMap<>();
    /** The radar: rings and quadrants by id, and the policy of the last file that has one. */
    private final Map<String, advisor.model.Ring> rings = new LinkedHashMap<>();
    private final Map<String, advisor.model.Quadrant> quadrants = new LinkedHashMap<>();
    private advisor.model.RingPolicy ringPolicy;
    /** The references of each entry by owner ({@link Ref#owner()}): a later entry replaces them with its own. */
    private final Map<String, List<Refs>> refs = new LinkedHashMap<>();

    /** Where large directories' parsed library files are kept between runs; null for nowhere. */
    private final Path cacheDir;

    /** The threads storing caches, for {@link #load} to join once it has checked the catalog. */
    private final List<Thread> writing;

    private CatalogLoader(Path cacheDir, List<Thread> writing) {
        this.cacheDir = cacheDir;
        this.writing = writing;
    }

    /**
     * Loads the built-in catalog (unless {@code builtin} is false) and then each overlay directory.
     * Checks that depend on the date (reviews overdue) use {@code asOf}.
     */
    public static Result load(List<Path> overlays, boolean builtin, LocalDate asOf) {
        return load(overlays, builtin, asOf, null);
    }

    /**
     * As {@link #load(List, boolean, LocalDate)}, keeping what the library files of large catalog
     * directories parse to in {@code cacheDir} (null: no cache), so that the next run parses only the
     * files that changed (see {@link LibraryFileCache}).
     */
    public static Result load(List<Path> overlays, boolean builtin, LocalDate asOf, Path cacheDir) {
        return load(overlays, builtin, asOf, cacheDir, true);
    }

    /** {@code useSnapshot} false: the built-in catalog from its YAML files even when the build has a snapshot. */
    static Result load(List<Path> overlays, boolean builtin, LocalDate asOf, Path cacheDir, boolean useSnapshot) {
        List<Thread> writing = new ArrayList<>();
        Parsed parsed = parse(overlays, builtin, useSnapshot, cacheDir, writing);
        Catalog catalog = parsed.catalog();
        Problems problems = new Problems();
        problems.addAll(parsed.problems());
        CatalogChecker checker = new CatalogChecker(catalog, parsed.refs(), problems, asOf);
        if (parsed.checks() != null) {
            problems.addAll(parsed.checks()); // checked at build time; only the date is new
            checker.checkReviews();
        } else {
            checker.check();
        }
        join(writing); // the caches are stored by the time the loader answers
        return new Result(catalog, problems.sorted());
    }

    private static void join(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * What reading the files gives: the unit the on-disk cache and the build-time snapshot keep.
     * {@code problems} are those found reading the files; {@code checks} those of the cross-file checks
     * that do not depend on the date, when they were run ahead (the snapshot), else null.
     */
    record Parsed(List<Source> sources, List<Dimension> dimensions, List<Tier> tiers, List<Profile> profiles,
                  List<Category> categories, List<Scenario> scenarios, List<Trend> trends, List<Library> libraries,
                  List<Problem> problems, List<Refs> refs, List<Problem> checks, Radar radar,
                  List<Stack> stacks, List<Integration> integrations) {

        /** The catalog these files make, tiers highest first, rings innermost first. */
        Catalog catalog() {
            List<Tier> highestFirst = new ArrayList<>(tiers);
            highestFirst.sort((a, b) -> Double.compare(b.minScore(), a.minScore())); // stable, as a stream's sort
            return new Catalog(sources, dimensions, highestFirst, profiles, categories, scenarios, trends, libraries,
                    radar, stacks, integrations);
        }

        /** The same, with the date-independent checks run now and kept. */
        Parsed checked() {
            Problems found = new Problems();
            new CatalogChecker(catalog(), refs, found, null).check();
            return new Parsed(sources, dimensions, tiers, profiles, categories, scenarios, trends, libraries, problems,
                    refs, found.list(), radar, stacks, integrations);
        }

        /** The same without the checks run ahead: other catalogs are laid over it, so they must run again. */
        Parsed unchecked() {
            return checks == null ? this : new Parsed(sources, dimensions, tiers, profiles, categories, scenarios,
                    trends, libraries, problems, refs, null, radar, stacks, integrations);
        }
    }

    /**
     * Reads the catalogs' files. The built-in catalog comes from the snapshot written at build time
     * when {@code useSnapshot} and it is there (see {@link Snapshot}), else from its YAML files.
     */
    static Parsed parse(List<Path> overlays, boolean builtin, boolean useSnapshot, Path cacheDir) {
        List<Thread> writing = new ArrayList<>();
        Parsed parsed = parse(overlays, builtin, useSnapshot, cacheDir, writing);
        join(writing);
        return parsed;
    }

    /** As {@link #parse(List, boolean, boolean, Path)}, leaving the caches being stored on the threads in {@code writing}. */
    private static Parsed parse(List<Path> overlays, boolean builtin, boolean useSnapshot, Path cacheDir,
                                List<Thread> writing) {
        Parsed snapshot = builtin && useSnapshot ? snapshot() : null;
        if (snapshot != null && overlays.isEmpty()) {
            return snapshot; // the usual start: no loader made, no reader function linked
        }
        CatalogLoader loader = new CatalogLoader(cacheDir, writing);
        if (builtin) {
            if (snapshot != null) {
                loader.add(snapshot.unchecked());
            } else {
                loader.readBuiltin();
            }
        }
        for (Path dir : overlays) {
            loader.readDirectory(dir, builtin ? distinctFromBuiltin(dir.toString()) : dir.toString());
        }
        return new Parsed(loader.sources.entries(), loader.dimensions.entries(), loader.tiers.entries(),
                loader.profiles.entries(), loader.categories.entries(), loader.scenarios.entries(),
                loader.trends.entries(), List.copyOf(loader.libraries.values()), loader.problems.list(),
                loader.refs.values().stream().flatMap(List::stream).toList(), null, loader.radar(),
                loader.stacks.entries(), loader.integrations.entries());
    }

    /**
     * An overlay's name in messages, never one that reads as the built-in catalog's ({@code --catalog catalog}
     * in this repository is {@code ./catalog}), so that {@link #builtin(Problem)} can tell them apart.
     */
    private static String distinctFromBuiltin(String name) {
        return name.equals(BUILTIN_NAME) || name.startsWith(BUILTIN_NAME + "/") ? "./" + name : name;
    }

    /** Whether a problem lies in the built-in catalog's files (rather than an overlay's). */
    public static boolean builtin(Problem problem) {
        return builtinFile(problem.file());
    }

    /** Whether something was read from the built-in catalog (rather than an overlay); false when unknown. */
    public static boolean builtin(Loc loc) {
        return loc != null && builtinFile(loc.file());
    }

    /** Whether a file name (as messages show it) is one of the built-in catalog's files. */
    static boolean builtinFile(String file) {
        return file.equals(BUILTIN_NAME) || file.startsWith(BUILTIN_NAME + "/");
    }

    /** The built-in catalog as parsed at build time, or null when the build has none or it is unreadable. */
    private static Parsed snapshot() {
        try (java.io.InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(Snapshot.RESOURCE)) {
            return in == null ? null : Snapshot.readFrom(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void add(Parsed p) {
        sources.addAll(p.sources());
        dimensions.addAll(p.dimensions());
        tiers.addAll(p.tiers());
        profiles.addAll(p.profiles());
        categories.addAll(p.categories());
        scenarios.addAll(p.scenarios());
        trends.addAll(p.trends());
        p.libraries().forEach(this::putLibrary);
        addRadar(p.radar());
        stacks.addAll(p.stacks());
        integrations.addAll(p.integrations());
        problems.addAll(p.problems());
        addRefs(p.refs());
    }

    // ---- radar (issue 12): rings.yaml merged by id, library extensions merged into their library ----

    /** The rings (innermost first), quadrants and policy read so far. */
    private Radar radar() {
        return new Radar(rings.values().stream().sorted(Comparator.comparingInt(advisor.model.Ring::order)).toList(),
                List.copyOf(quadrants.values()), ringPolicy);
    }

    private void addRadar(Radar radar) {
        radar.rings().forEach(r -> rings.put(r.id(), r));
        radar.quadrants().forEach(q -> quadrants.put(q.id(), q));
        if (radar.policy() != null) {
            ringPolicy = radar.policy();
        }
    }

    /**
     * Keeps a library: in place of an earlier one of the same id, or, for an extension
     * ({@code extends: true}), merged into it. An extension of nothing stays as it is, for the checker to report.
     */
    private void putLibrary(Library library) {
        Library earlier = libraries.get(library.id());
        libraries.put(library.id(), library.extension() && earlier != null ? earlier.extendedBy(library) : library);
    }

    /** Keeps the references of each owner in {@code found}, in place of any earlier ones of the same owner. */
    private void addRefs(List<Refs> found) {
        if (found.size() == 1) { // one entry's, as from each library file: no map needed
            refs.put(found.get(0).owner(), found);
            return;
        }
        Map<String, List<Refs>> byOwner = new LinkedHashMap<>();
        for (Refs r : found) {
            byOwner.computeIfAbsent(r.owner(), k -> new ArrayList<>()).add(r);
        }
        refs.putAll(byOwner);
    }

    private void readBuiltin() {
        URL url = CatalogLoader.class.getClassLoader().getResource(BUILTIN_RESOURCE + "/sources.yaml");
        if (url == null) {
            problems.error("missing-builtin", Loc.file(BUILTIN_NAME), "the built-in catalog is missing from the build");
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    close = true;
                }
                try {
                    readDirectory(fs.getPath("/" + BUILTIN_RESOURCE), BUILTIN_NAME);
                } finally {
                    if (close) {
                        fs.close();
                    }
                }
            } else {
                readDirectory(Path.of(uri).getParent(), BUILTIN_NAME);
            }
        } catch (URISyntaxException | IOException e) {
            problems.error("unreadable", Loc.file(BUILTIN_NAME), "the built-in catalog could not be read: " + why(e));
        }
    }

    private void readDirectory(Path dir, String name) {
        if (!Files.isDirectory(dir)) {
            problems.error("not-a-directory", Loc.file(name), Files.exists(dir)
                    ? "catalog path is not a directory" : "catalog directory does not exist");
            return;
        }
        List<FileData> reference = new ArrayList<>();
        List<LibraryFile> libraryFiles = new ArrayList<>();
        for (Path entry : list(dir, name)) {
            String fileName = entry.getFileName().toString().replace("/", "");
            String display = name + "/" + fileName;
            if (fileName.startsWith(".")) {
                continue;
            }
            if (fileName.equals("libraries")) {
                if (Files.isDirectory(entry)) {
                    for (Path lib : list(entry, display)) {
                        String libName = lib.getFileName().toString().replace("/", "");
                        if (libName.startsWith(".")) {
                            continue;
                        }
                        String libDisplay = display + "/" + libName;
                        if (!libName.endsWith(".yaml")) {
                            problems.error("not-a-library-file", Loc.file(libDisplay),
                                    "not a library file: libraries/ holds only <id>.yaml files");
                        } else { // a directory is told when it is read: one stat less per file
                            libraryFiles.add(new LibraryFile(lib, libDisplay, libName));
                        }
                    }
                } else {
                    problems.error("not-a-directory", Loc.file(display), "'libraries' must be a directory");
                }
            } else if (REFERENCE_FILES.contains(fileName)) {
                if (Files.isDirectory(entry)) {
                    problems.error("not-a-file", Loc.file(display), "is a directory, not a catalog file");
                } else {
                    FileData data = readFile(entry, display, fileName, problems);
                    if (data != null) {
                        reference.add(data);
                    }
                }
            } else if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
                List<String> close = Suggestions.closest(fileName, REFERENCE_FILES);
                problems.error("unknown-file", Loc.file(display), "unknown catalog file"
                        + (close.isEmpty() ? "; expected " : "; did you mean '" + close.get(0) + "'? Expected ")
                        + String.join(", ", REFERENCE_FILES) + " or libraries/<id>.yaml");
            } else {
                String meant = meant(fileName, Files.isDirectory(entry));
                if (meant != null) {
                    problems.warning("ignored-file", Loc.file(display), (Files.isDirectory(entry) ? "directory" : "file")
                            + " '" + fileName + "' is not read; did you mean '" + meant + "'?");
                }
            }
        }
        reference.sort(Comparator.comparingInt(f -> REFERENCE_FILES.indexOf(f.relative())));
        for (FileData file : reference) {
            bindReference(file);
        }
        // Library files are independent: read and bind them on every core, then merge in file order,
        // so the result and the order of problems are the same as a sequential read.
        LibraryFileCache cache = cacheDir != null && libraryFiles.size() >= LibraryFileCache.MIN_LIBRARY_FILES
                ? LibraryFileCache.open(cacheDir, dir, name) : null;
        List<Bound> bound = cache != null ? cache.bind(libraryFiles, CatalogLoader::bindAll, writing) : bindAll(libraryFiles);
        for (Bound b : bound) {
            problems.addAll(b.problems().list());
            addRefs(b.problems().refs());
            if (b.library() != null) {
                putLibrary(b.library());
            }
        }
    }

    /**
     * The catalog name a file or directory that is not read was probably meant to have, or null: only
     * a near miss is worth a warning (a README or a backup file next to the catalog is not).
     */
    static String meant(String fileName, boolean directory) {
        String key = Names.key(fileName);
        if (directory) {
            return List.of("library", "lib", "libs").contains(key) || !Suggestions.closest(fileName, List.of("libraries")).isEmpty()
                    ? "libraries/" : null;
        }
        for (String known : REFERENCE_FILES) {
            String knownKey = Names.key(known);
            if (key.equals(knownKey) || (key + "yaml").equals(knownKey)) {
                return known;
            }
        }
        return null;
    }

    /** Below this many library files a parallel stream costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 256;

    record LibraryFile(Path path, String display, String relative) {
    }

    /** What one library file bound to; {@code digest}: of the bytes read ({@link LibraryFileCache#digest}), else 0. */
    record Bound(Library library, Problems problems, long digest) {
    }

    /** Binds library files, on every core when there are enough of them; results in the order given. */
    static List<Bound> bindAll(List<LibraryFile> files) {
        return (files.size() < PARALLEL_THRESHOLD ? files.stream() : files.parallelStream()).map(CatalogLoader::bind).toList();
    }

    static Bound bind(LibraryFile file) {
        Problems own = new Problems();
        FileData data = readFile(file.path(), file.display(), file.relative(), own);
        Library library = null;
        long digest = 0;
        if (data != null) {
            digest = LibraryFileCache.digest(data.bytes());
            YNode root = new YamlReader(data.name(), own).read(data.bytes());
            if (root != null) {
                String expected = data.relative().substring(0, data.relative().length() - ".yaml".length());
                library = new CatalogBinder(own).library(root, expected);
            }
        }
        return new Bound(library, own, digest);
    }

    private void bindReference(FileData file) {
        YNode root = new YamlReader(file.name(), problems).read(file.bytes());
        if (root == null) {
            return;
        }
        int before = problems.refs().size();
        bindEntries(file, root);
        problems.owner(null);
        List<Refs> all = problems.refs();
        addRefs(all.subList(before, all.size()));
    }

    private void bindEntries(FileData file, YNode root) {
        if (file.relative().equals("rings.yaml")) {
            addRadar(binder.radar(root));
            return;
        }
        for (Section<?> section : sections) {
            if (section.file().equals(file.relative())) {
                read(section, root);
                return;
            }
        }
        throw new IllegalStateException("unhandled reference file " + file.relative());
    }

    /**
     * The entries of one reference file ({@code sources.yaml} lists {@code sources:}...): {@code key}, the
     * list the file is named after; {@code what}, one entry in messages; how each is bound and what names it;
     * and {@code byId}, those read so far by id, in the order each id was first read (a later entry of an id
     * takes the earlier one's place: an overlay's source replaces the built-in catalog's).
     */
    private record Section<T>(String key, String what, Function<Fields, T> bind, Function<T, String> id,
                              Function<T, Loc> loc, Map<String, T> byId) {
        Section(String key, String what, Function<Fields, T> bind, Function<T, String> id, Function<T, Loc> loc) {
            this(key, what, bind, id, loc, new LinkedHashMap<>());
        }

        String file() {
            return key + ".yaml";
        }

        void addAll(List<T> entries) {
            for (T entry : entries) {
                byId.put(id.apply(entry), entry);
            }
        }

        List<T> entries() {
            return List.copyOf(byId.values());
        }
    }

    /** Binds a reference file's entries and keeps them; an id twice in the one file is an error. */
    private <T> void read(Section<T> section, YNode root) {
        Map<String, T> seen = new LinkedHashMap<>();
        for (T item : binder.entries(root, section.key(), section.what(), section.bind())) {
            T earlier = seen.put(section.id().apply(item), item);
            if (earlier != null) {
                problems.error("duplicate-id", section.loc().apply(item), "duplicate id '" + section.id().apply(item)
                        + "' (first at line " + section.loc().apply(earlier).line() + ")");
            }
        }
        section.byId().putAll(seen);
    }

    private List<Path> list(Path dir, String name) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                out.add(p);
            }
        } catch (IOException | RuntimeException e) {
            problems.error("unreadable", Loc.file(name), "cannot read directory: " + why(e));
        }
        // by name, each name made once (a path's name is a new object at every call), sorted as Comparable
        // pairs: a comparator lambda over boxed indexes took a tenth of a cached run over 100,000 files
        Named[] named = new Named[out.size()];
        for (int k = 0; k < named.length; k++) {
            named[k] = new Named(out.get(k).getFileName().toString(), out.get(k));
        }
        java.util.Arrays.sort(named);
        List<Path> sorted = new ArrayList<>(named.length);
        for (Named e : named) {
            sorted.add(e.path());
        }
        return sorted;
    }

    /** A directory entry and its name, ordered by name. */
    private record Named(String name, Path path) implements Comparable<Named> {
        @Override
        public int compareTo(Named other) {
            return name.compareTo(other.name);
        }
    }

    /** Why reading failed, in words (the message names the file already): never a Java class name. */
    static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof CharacterCodingException) {
            return "not valid text";
        }
        return e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()
                ? YamlReader.plain(e.getMessage()) : "input/output error";
    }

    private static FileData readFile(Path path, String display, String relative, Problems problems) {
        try {
            if (!Files.isRegularFile(path)) {
                problems.error("not-a-file", Loc.file(display), Files.isDirectory(path) ? "is a directory, not a library file"
                        : Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)
                        ? "broken or looping symbolic link" : "not a regular file");
                return null;
            }
            long size = Files.size(path);
            if (size > YamlReader.MAX_FILE_BYTES) {
                problems.error("file-too-large", Loc.file(display), "file is " + size + " bytes; the limit is "
                        + YamlReader.MAX_FILE_BYTES + " bytes per file");
                return null;
            }
            return new FileData(display, relative, Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            problems.error("unreadable", Loc.file(display), "cannot read file: " + why(e));
            return null;
        }
    }
}
