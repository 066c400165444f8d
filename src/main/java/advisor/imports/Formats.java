package advisor.imports;

import java.util.List;
import java.util.Optional;

/** The import formats, in the order auto-detection tries them. */
public final class Formats {
    private static final List<ImportFormat> ALL = List.of(new Aoe(), new ByorCsv(), new Backstage(), new Zalando(),
            new Blessed(), new Awly(), new ByorJson(), new Evaluations());

    private Formats() {
    }

    public static List<ImportFormat> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(ImportFormat::id).toList();
    }

    public static Optional<ImportFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The first format that recognises {@code input}, or empty. */
    public static Optional<ImportFormat> detect(ImportFormat.Input input) {
        return ALL.stream().filter(f -> f.detects(input)).findFirst();
    }
}
