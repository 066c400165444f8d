package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.invoke.MethodType;
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

        /** Per basic type: the statement that writes {@code %1$s}, and the expression that reads one. */
        private static final Map<Type, String[]> BASIC = Map.of(
                String.class, new String[] {"o.str(%1$s);", "i.str()"},
                int.class, new String[] {"o.data.writeInt(%1$s);", "i.data.readInt()"},
                long.class, new String[] {"o.data.writeLong(%1$s);", "i.data.readLong()"},
                double.class, new String[] {"o.data.writeDouble(%1$s);", "i.data.readDouble()"},
                boolean.class, new String[] {"o.data.writeBoolean(%1$s);", "i.data.readBoolean()"},
                LocalDate.class, new String[] {"CatalogCodec.writeDate(o, %1$s);", "CatalogCodec.readDate(i)"},
                Refs.class, new String[] {"CatalogCodec.writeRefs(o, %1$s);", "CatalogCodec.readRefs(i)"});

        /**
         * The presence mark every nullable value but a string, a list or a map starts with: the statement that
         * writes it for {@code %1$s}, and the expression that reads it (true: the value follows).
         */
        private static final String[] PRESENCE = {"o.data.writeBoolean(%1$s != null);", "i.data.readBoolean()"};

        /** The primitive type a boxed one ({@code Integer}, {@code Double}...) holds; null for another type. */
        private static Class<?> unboxed(Type t) {
            if (t instanceof Class<?> c) {
                Class<?> primitive = MethodType.methodType(c).unwrap().returnType();
                return primitive != c && BASIC.containsKey(primitive) ? primitive : null;
            }
            return null;
        }

        /**
         * The statement that writes {@code value} of type {@code t}: one line, or more, each but the first
         * indented by {@code indent}.
         */
        private String write(Type t, String value, String indent) {
            if (BASIC.containsKey(t)) {
                return String.format(BASIC.get(t)[0], value);
            }
            Class<?> primitive = unboxed(t);
            if (primitive != null) { // its primitive's form behind a presence mark
                return String.format(PRESENCE[0], value) + "\n" + indent + "if (" + value + " != null) {\n"
                        + indent + "    " + write(primitive, value, indent) + "\n" + indent + "}";
            }
            if (t instanceof Class<?> c && c.isEnum()) {
                return "o.data.writeByte(" + value + " == null ? -1 : " + value + ".ordinal());";
            }
            return "write" + name(t) + "(o, " + value + ");";
        }

        /** The expression that reads a value of type {@code t}. */
        private String read(Type t) {
            if (BASIC.containsKey(t)) {
                return BASIC.get(t)[1];
            }
            Class<?> primitive = unboxed(t);
            if (primitive != null) {
                return PRESENCE[1] + " ? " + read(primitive) + " : null";
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
                w.append("        ").append(write(t, "v." + rc.getName() + "()", "        ")).append('\n');
                reads.add(read(t));
            }
            layout.append(')');
            StringBuilder s = new StringBuilder();
            s.append("    static void write").append(name).append("(CatalogCodec.Out o, ").append(type)
                    .append(" v) throws IOException {\n");
            s.append("        ").append(String.format(PRESENCE[0], "v")).append('\n');
            s.append("        if (v == null) {\n            return;\n        }\n");
            s.append(w);
            s.append("    }\n\n");
            s.append("    static ").append(type).append(" read").append(name)
                    .append("(CatalogCodec.In i) throws IOException {\n");
            s.append("        if (!").append(PRESENCE[1]).append(") {\n            return null;\n        }\n");
            s.append("        return new ").append(type).append('(');
            for (int k = 0; k < reads.size(); k++) {
                s.append(k == 0 ? "" : ",").append("\n                ").append(reads.get(k));
            }
            s.append(");\n    }\n");
            return s.toString();
        }

        private String list(String name, Type item) {
            return container(name, "List<" + javaName(item) + ">", javaName(item) + " item : v",
                    write(item, "item", "            "), "new ArrayList<>(n)", "add(" + read(item) + ")", "unmodifiableList");
        }

        private String map(String name, Type value) {
            return container(name, "Map<String, " + javaName(value) + ">",
                    "Map.Entry<String, " + javaName(value) + "> e : v.entrySet()",
                    "o.str(e.getKey());\n            " + write(value, "e.getValue()", "            "), "new LinkedHashMap<>()",
                    "put(i.str(), " + read(value) + ")", "unmodifiableMap");
        }

        /** The methods for a list or map: a count (-1 for null), then each item. */
        private static String container(String name, String type, String loop, String writeItem, String make,
                                        String addItem, String wrap) {
            return "    static void write" + name + "(CatalogCodec.Out o, " + type + " v) throws IOException {\n"
                    + "        o.data.writeInt(v == null ? -1 : v.size());\n"
                    + "        if (v == null) {\n            return;\n        }\n"
                    + "        for (" + loop + ") {\n"
                    + "            " + writeItem + "\n"
                    + "        }\n"
                    + "    }\n\n"
                    + "    static " + type + " read" + name + "(CatalogCodec.In i) throws IOException {\n"
                    + "        int n = i.count();\n"
                    + "        if (n < 0) {\n            return null;\n        }\n"
                    + "        " + type + " c = " + make + ";\n"
                    + "        for (int k = 0; k < n; k++) {\n"
                    + "            c." + addItem + ";\n"
                    + "        }\n"
                    + "        return Collections." + wrap + "(c);\n"
                    + "    }\n";
        }
    }
}
