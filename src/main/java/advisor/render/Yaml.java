package advisor.render;

import java.util.Map;

/** Block YAML that every common reader takes back as the same values, for files other parts write (catalog overlays). */
public final class Yaml {
    private Yaml() {
    }

    /** The YAML text of a mapping of strings, numbers, booleans, lists and mappings (see {@link YamlWriter}). */
    public static String write(Map<String, Object> data) {
        return YamlWriter.write(data);
    }
}
