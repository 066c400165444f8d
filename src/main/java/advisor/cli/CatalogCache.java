package advisor.cli;

import advisor.catalog.CatalogLoader;
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

    CatalogLoader.Result load(List<Path> overlays, boolean builtin, LocalDate asOf) {
        String key = overlays.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList() + "|" + builtin + "|" + asOf;
        return loaded.computeIfAbsent(key, k -> CatalogLoader.load(overlays, builtin, asOf));
    }
}
