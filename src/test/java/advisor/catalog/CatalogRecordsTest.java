package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code CatalogRecords.java}, the binary form of every record the snapshot and the file cache
 * hold, from the records' own components, and fails when the committed file is not what the records
 * give: a field added to a record fails here until the file is regenerated with
 * {@code ./mvnw -q test -Dtest=CatalogRecordsTest -Dcodec.update=true}. Reflection runs here, at build
 * time, never when advisor starts.
 */
class CatalogRecordsTest {
    static final Path FILE = Path.of("src/main/java/advisor/catalog/CatalogRecords.java");
    private static final boolean UPDATE = Boolean.getBoolean("codec.update");

    @Test
    void theGeneratedCodecIsWhatTheRecordsGive() throws IOException {
        String generated = new Generator().source();
        if (UPDATE) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is stale: a record changed; regenerate it with -Dtest=CatalogRecordsTest -Dcodec.update=true", FILE)
                .isEqualTo(generated);
    }

    /** Generates the methods for the roots and, in the order met, every type they hold. */
    static final class Generator {
        private final Map<String, String> methods = new LinkedHashMap<>();
        private final Map<String, String> enums = new LinkedHashMap<>();
        private final StringBuilder layout = new StringBuilder();

        String source() {
            name(CatalogLoader.Parsed.class);
            name(listOf(LibraryFileCache.Entry.class));
            StringBuilder s = new StringBuilder();
            s.append("package advisor.catalog;\n\n");
            s.append("import java.io.IOException;\n");
            s.append("import java.util.ArrayList;\n");
            s.append("import java.util.Collections;\n");
            s.append("import java.util.LinkedHashMap;\n");
            s.append("import java.util.List;\n");
            s.append("import java.util.Map;\n\n");
            s.append("/**\n");
            s.append(" * The binary form of each record the snapshot and the file cache hold, field by field in the order of\n");
            s.append(" * the record's components. GENERATED from the records by {@code CatalogRecordsTest}: do not edit; after\n");
            s.append(" * changing a record, regenerate with {@code ./mvnw -q test -Dtest=CatalogRecordsTest -Dcodec.update=true}.\n");
            s.append(" * Every reference may be null (a presence mark, or -1 as a count); see {@link CatalogCodec}.\n");
            s.append(" */\n");
            s.append("final class CatalogRecords {\n");
            s.append("    /** A digest of the layout below: it changes whenever a field is added, removed or retyped. */\n");
            s.append("    static final int LAYOUT = ").append(layout.toString().hashCode()).append(";\n");
            enums.forEach((field, type) -> s.append("    private static final ").append(type).append("[] ").append(field)
                    .append(" = ").append(type).append(".values();\n"));
            s.append("\n    private CatalogRecords() {\n    }\n");
            methods.values().forEach(m -> s.append('\n').append(m));
            s.append("}\n");
            return s.toString();
        }

        private static Type listOf(Class<?> item) {
            return new ParameterizedType() {
                @Override
                public Type[] getActualTypeArguments() {
                    return new Type[] {item};
                }

                @Override
                public Type getRawType() {
                    return List.class;
                }

                @Override
                public Type getOwnerType() {
                    return null;
                }
            };
        }

        /** The name of the methods for {@code t} (writeX, readX), generated on first use. */
        private String name(Type t) {
            if (t instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type[] args = p.getActualTypeArguments();
                if (raw == List.class) {
                    String name = "ListOf" + name(args[0]);
                    if (!methods.containsKey(name)) {
                        methods.put(name, null);
                        methods.put(name, list(name, args[0]));
                    }
                    return name;
                }
                if (raw == Map.class && args[0] == String.class) {
                    String name = "MapOf" + name(args[1]);
                    if (!methods.containsKey(name)) {
                        methods.put(name, null);
                        methods.put(name, map(name, args[1]));
                    }
                    return name;
                }
                throw new IllegalStateException("no binary form for " + t);
            }
            Class<?> c = (Class<?>) t;
            String simple = simple(c);
            if (c.isRecord() && !methods.containsKey(simple)) {
                methods.put(simple, null);
                methods.put(simple, record(simple, c));
            }
            return simple;
        }

        private static String simple(Class<?> c) {
            String name = c.getSimpleName();
            return name.substring(0, 1).toUpperCase() + name.substring(1);
        }

        private static String javaName(Type t) {
            if (t instanceof ParameterizedType p) {
                StringBuilder sb = new StringBuilder(javaName(p.getRawType())).append('<');
                Type[] args = p.getActualTypeArguments();
                for (int k = 0; k < args.length; k++) {
                    sb.append(k > 0 ? ", " : "").append(javaName(args[k]));
                }
                return sb.append('>').toString();
            }
            Class<?> c = (Class<?>) t;
            return c == List.class || c == Map.class ? c.getSimpleName() : c.getCanonicalName();
        }

        /** The statement that writes {@code value} of type {@code t}. */
        private String write(Type t, String value) {
            if (t == String.class) {
                return "o.str(" + value + ");";
            }
            if (t == int.class) {
                return "o.data.writeInt(" + value + ");";
            }
            if (t == long.class) {
                return "o.data.writeLong(" + value + ");";
            }
            if (t == double.class) {
                return "o.data.writeDouble(" + value + ");";
            }
            if (t == boolean.class) {
                return "o.data.writeBoolean(" + value + ");";
            }
            if (t == Integer.class) {
                return "CatalogCodec.writeInteger(o, " + value + ");";
            }
            if (t == Double.class) {
                return "CatalogCodec.writeDecimal(o, " + value + ");";
            }
            if (t == LocalDate.class) {
                return "CatalogCodec.writeDate(o, " + value + ");";
            }
            if (t == Refs.class) {
                return "CatalogCodec.writeRefs(o, " + value + ");";
            }
            if (t instanceof Class<?> c && c.isEnum()) {
                return "o.data.writeByte(" + value + " == null ? -1 : " + value + ".ordinal());";
            }
            return "write" + name(t) + "(o, " + value + ");";
        }

        /** The expression that reads a value of type {@code t}. */
        private String read(Type t) {
            if (t == String.class) {
                return "i.str()";
            }
            if (t == int.class) {
                return "i.data.readInt()";
            }
            if (t == long.class) {
                return "i.data.readLong()";
            }
            if (t == double.class) {
                return "i.data.readDouble()";
            }
            if (t == boolean.class) {
                return "i.data.readBoolean()";
            }
            if (t == Integer.class) {
                return "CatalogCodec.readInteger(i)";
            }
            if (t == Double.class) {
                return "CatalogCodec.readDecimal(i)";
            }
            if (t == LocalDate.class) {
                return "CatalogCodec.readDate(i)";
            }
            if (t == Refs.class) {
                return "CatalogCodec.readRefs(i)";
            }
            if (t instanceof Class<?> c && c.isEnum()) {
                String field = c.getCanonicalName().replace('.', '_').toUpperCase();
                enums.put(field, c.getCanonicalName());
                return "CatalogCodec.constant(i, " + field + ")";
            }
            return "read" + name(t) + "(i)";
        }

        private String record(String name, Class<?> c) {
            String type = c.getCanonicalName();
            layout.append(type).append('(');
            StringBuilder w = new StringBuilder();
            List<String> reads = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                Type t = rc.getGenericType();
                layout.append(rc.getName()).append(':').append(t.getTypeName()).append(',');
                w.append("        ").append(write(t, "v." + rc.getName() + "()")).append('\n');
                reads.add(read(t));
            }
            layout.append(')');
            StringBuilder s = new StringBuilder();
            s.append("    static void write").append(name).append("(CatalogCodec.Out o, ").append(type)
                    .append(" v) throws IOException {\n");
            s.append("        o.data.writeBoolean(v != null);\n");
            s.append("        if (v == null) {\n            return;\n        }\n");
            s.append(w);
            s.append("    }\n\n");
            s.append("    static ").append(type).append(" read").append(name)
                    .append("(CatalogCodec.In i) throws IOException {\n");
            s.append("        if (!i.data.readBoolean()) {\n            return null;\n        }\n");
            s.append("        return new ").append(type).append('(');
            for (int k = 0; k < reads.size(); k++) {
                s.append(k == 0 ? "" : ",").append("\n                ").append(reads.get(k));
            }
            s.append(");\n    }\n");
            return s.toString();
        }

        private String list(String name, Type item) {
            String type = "List<" + javaName(item) + ">";
            return "    static void write" + name + "(CatalogCodec.Out o, " + type + " v) throws IOException {\n"
                    + "        o.data.writeInt(v == null ? -1 : v.size());\n"
                    + "        if (v == null) {\n            return;\n        }\n"
                    + "        for (" + javaName(item) + " item : v) {\n"
                    + "            " + write(item, "item") + "\n"
                    + "        }\n"
                    + "    }\n\n"
                    + "    static " + type + " read" + name + "(CatalogCodec.In i) throws IOException {\n"
                    + "        int n = i.count();\n"
                    + "        if (n < 0) {\n            return null;\n        }\n"
                    + "        " + type + " list = new ArrayList<>(n);\n"
                    + "        for (int k = 0; k < n; k++) {\n"
                    + "            list.add(" + read(item) + ");\n"
                    + "        }\n"
                    + "        return Collections.unmodifiableList(list);\n"
                    + "    }\n";
        }

        private String map(String name, Type value) {
            String type = "Map<String, " + javaName(value) + ">";
            return "    static void write" + name + "(CatalogCodec.Out o, " + type + " v) throws IOException {\n"
                    + "        o.data.writeInt(v == null ? -1 : v.size());\n"
                    + "        if (v == null) {\n            return;\n        }\n"
                    + "        for (Map.Entry<String, " + javaName(value) + "> e : v.entrySet()) {\n"
                    + "            o.str(e.getKey());\n"
                    + "            " + write(value, "e.getValue()") + "\n"
                    + "        }\n"
                    + "    }\n\n"
                    + "    static " + type + " read" + name + "(CatalogCodec.In i) throws IOException {\n"
                    + "        int n = i.count();\n"
                    + "        if (n < 0) {\n            return null;\n        }\n"
                    + "        " + type + " map = new LinkedHashMap<>();\n"
                    + "        for (int k = 0; k < n; k++) {\n"
                    + "            map.put(i.str(), " + read(value) + ");\n"
                    + "        }\n"
                    + "        return Collections.unmodifiableMap(map);\n"
                    + "    }\n";
        }
    }
}
