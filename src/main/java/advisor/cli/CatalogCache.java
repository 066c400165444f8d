package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.CatalogStamp;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogs already loaded in this process, by what was asked for: a shell or batch run loads each
 * catalog once instead of once per command. The catalog is read at the first command that needs it;
 * a shell asks before each line to forget the catalogs whose files changed since ({@link #forgetChanged}).
 */
public final class CatalogCache {
    private record Loaded(CatalogStamp stamp, CatalogLoader.Result result) {
    }

    private final Map<String, Loaded> loaded = new HashMap<>();
    /** Whether catalogs are stamped when read, for {@link #forgetChanged}; a one-shot run has no use for it. */
    private boolean watching;
    private final Path diskCache;

    /** {@code diskCache}: where the parsed form of large catalogs is kept between runs; null for nowhere. */
    public CatalogCache(Path diskCache) {
        this.diskCache = diskCache;
    }

    /**
     * A cache that keeps large catalogs under {@code $XDG_CACHE_HOME/advisor}, else
     * {@code ~/.cache/advisor}; none when {@code ADVISOR_NO_CACHE} is set or no home is known.
     */
    public static CatalogCache of(Map<String, String> vars) {
        if (present(vars.get("ADVISOR_NO_CACHE"))) {
            return new CatalogCache(null);
        }
        try {
            String xdg = vars.get("XDG_CACHE_HOME");
            if (present(xdg) && Path.of(xdg).isAbsolute()) {
                return new CatalogCache(Path.of(xdg, "advisor"));
            }
            String home = vars.get("HOME");
            return new CatalogCache(present(home) ? Path.of(home, ".cache", "advisor") : null);
        } catch (InvalidPathException e) {
            // a name the JVM cannot encode (a non-ASCII home under an ASCII locale): the cache is only a speed-up
            return new CatalogCache(null);
        }
    }

    private static boolean present(String v) {
        return v != null && !v.isEmpty();
    }

    CatalogLoader.Result load(List<Path> overlays, boolean builtin, LocalDate asOf) {
        // a loop rather than a stream: this runs at every start, before anything is compiled
        StringBuilder key = new StringBuilder();
        for (Path p : overlays) {
            key.append(p.toAbsolutePath().normalize()).append('\0');
        }
        key.append(builtin).append('\0').append(asOf);
        String k = key.toString();
        Loaded l = loaded.get(k);
        if (l == null) {
            CatalogStamp stamp = watching ? CatalogStamp.of(overlays) : null;
            l = new Loaded(stamp, CatalogLoader.load(overlays, builtin, asOf, diskCache));
            loaded.put(k, l);
        }
        return l.result();
    }

    /** From now on, note how the files of each catalog read look, so that {@link #forgetChanged} can tell. */
    void watch() {
        watching = true;
    }

    /** Forgets the catalogs whose overlay files changed since they were read: the next command reads them again. */
    void forgetChanged() {
        loaded.values().removeIf(l -> l.stamp() == null || l.stamp().changed());
    }

    /** Forgets every catalog read so far (the shell's {@code reload}). */
    void forgetAll() {
        loaded.clear();
    }
}
