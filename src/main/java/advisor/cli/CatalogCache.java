package advisor.cli;

import advisor.catalog.CatalogLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogs already loaded in this process, by what was asked for: a shell or batch run loads each
 * catalog once instead of once per command. The catalog is read at the first command that needs it;
 * a shell picks up later edits of the files when it is restarted.
 */
public final class CatalogCache {
    private final Map<String, CatalogLoader.Result> loaded = new HashMap<>();
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
        String key = overlays.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList() + "|" + builtin + "|" + asOf;
        return loaded.computeIfAbsent(key, k -> CatalogLoader.load(overlays, builtin, asOf, diskCache));
    }
}
