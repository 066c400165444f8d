package advisor.imports;

import advisor.model.Category;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Quadrant;
import advisor.model.Remark;
import advisor.model.RingPlacement;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Trend;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Writes an {@link Overlay} as catalog files (sources.yaml, categories.yaml, scenarios.yaml, rings.yaml,
 * libraries/<id>.yaml): the same overlay always gives the same bytes. Files are first written to a
 * staging directory beside the target and then moved in, so a failed run leaves no half file; a file
 * that exists with other content is never replaced without {@code force}.
 */
public final class OverlayWriter {
    private static final String HEADER = "# Written by advisor import: a catalog overlay (see catalog/README.md).\n";

    private OverlayWriter() {
    }

    /** The overlay's files by path relative to the catalog directory, in a stable order. */
    public static Map<String, byte[]> files(Overlay overlay) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        file(files, "sources.yaml", "sources", overlay.sources.values(), OverlayWriter::source);
        file(files, "categories.yaml", "categories", overlay.categories.values(),
                (y, c) -> y.key("id").plain(c.id()).key("label").text(c.label()));
        file(files, "scenarios.yaml", "scenarios", overlay.scenarios.values(),
                (y, c) -> y.key("id").plain(c.id()).key("label").text(c.label()).key("kind").plain(c.kind().id()));
        file(files, "rings.yaml", "quadrants", overlay.quadrants.values(), OverlayWriter::quadrant);
        file(files, "trends.yaml", "trends", overlay.trends.values(), OverlayWriter::trend);
        for (Overlay.Draft d : overlay.libraries.values()) {
            files.put("libraries/" + d.id + ".yaml", library(d, HEADER));
        }
        return files;
    }

    /** The file at {@code path} holding {@code list} under {@code key}; no file for an empty list. */
    private static <T> void file(Map<String, byte[]> files, String path, String key, Collection<T> list,
                                 BiConsumer<Yaml, T> item) {
        if (!list.isEmpty()) {
            Yaml y = new Yaml().raw(HEADER);
            items(y, key, list, item);
            files.put(path, y.bytes());
        }
    }

    private static void source(Yaml y, Source s) {
        y.key("id").plain(s.id()).key("title").text(s.title()).key("file").quoted(s.file());
        if (s.date() != null) {
            y.key("date").plain(s.date().toString());
        }
        if (s.reviewMonths() != null) {
            y.key("reviewMonths").plain(s.reviewMonths().toString());
        }
    }

    private static void quadrant(Yaml y, Quadrant q) {
        y.key("id").plain(q.id()).key("label").text(q.label());
        if (!q.aliases().isEmpty()) {
            y.key("aliases").list(q.aliases());
        }
        y.key("categories").plainList(q.categories());
    }

    private static void trend(Yaml y, Trend t) {
        y.key("id").plain(t.id()).key("label").text(t.label()).key("libraries").plainList(t.libraries())
                .key("scenarios").plainList(t.scenarios()).key("impact").plain(Integer.toString(t.impact()))
                .key("advice").text(t.advice()).key("source").plain(t.source());
    }

    /** One library file for {@code d}, under a comment {@code header} (whole lines). */
    public static byte[] library(Overlay.Draft d, String header) {
        Yaml y = new Yaml().raw(header).top().key("id").plain(d.id);
        if (d.extension) {
            y.key("extends").plain("true");
        }
        if (d.name != null) {
            y.key("name").quoted(d.name);
        }
        if (!d.aliases.isEmpty()) {
            y.key("aliases").list(d.aliases);
        }
        if (d.category != null) {
            y.key("category").plain(d.category);
        }
        if (d.repository != null) {
            y.key("repository").quoted(d.repository);
        }
        if (d.summary != null || !d.extension) {
            y.key("summary").text(d.summary != null ? d.summary : Text.both(d.name));
        }
        items(y, "facts", d.facts, OverlayWriter::fact);
        if (d.evaluation != null) {
            evaluation(y, d.evaluation);
        }
        items(y, "scenarios", d.scenarios, OverlayWriter::rating);
        items(y, "strengths", d.strengths, OverlayWriter::remark);
        items(y, "limitations", d.limitations, OverlayWriter::remark);
        items(y, "notes", d.notes, OverlayWriter::remark);
        items(y, "rings", d.rings, OverlayWriter::placement);
        return y.bytes();
    }

    /** The items of a list under {@code key}, each written by {@code item}; nothing at all for an empty list. */
    private static <T> void items(Yaml y, String key, Collection<T> list, BiConsumer<Yaml, T> item) {
        if (!list.isEmpty()) {
            y.top().key(key).raw("\n");
            for (T t : list) {
                item.accept(y.item(), t);
            }
        }
    }

    private static void fact(Yaml y, Fact f) {
        y.key("key").plain(f.key());
        if (f.value() != null) {
            y.key("value").quoted(f.value());
        } else {
            y.key("text").text(f.text());
        }
        if (f.asOf() != null) {
            y.key("asOf").quoted(f.asOf());
        }
        y.key("source").plain(f.source());
    }

    private static void rating(Yaml y, ScenarioRating r) {
        y.key("scenario").plain(r.scenario());
        if (r.stars() != null) {
            y.key("stars").plain(r.stars().toString());
        }
        sourced(y, r.source(), r.note());
    }

    private static void placement(Yaml y, RingPlacement p) {
        y.key("ring").plain(p.ring());
        if (p.date() != null) {
            y.key("date").plain(p.date());
        }
        sourced(y, p.source(), p.note());
    }

    /** An item's source, and its note when it has one. */
    private static void sourced(Yaml y, String source, Text note) {
        y.key("source").plain(source);
        if (note != null) {
            y.key("note").text(note);
        }
    }

    /** An evaluation: scores exactly as read (3.0, 4.5), one dimension per line. */
    private static void evaluation(Yaml y, Evaluation e) {
        y.top().key("evaluation").raw("\n").raw("  source: " + e.source() + "\n");
        if (e.date() != null) {
            y.raw("  date: " + e.date() + "\n");
        }
        if (!e.dimensions().isEmpty()) {
            y.raw("  dimensions:\n");
            for (Map.Entry<String, DimensionScore> d : e.dimensions().entrySet()) {
                y.raw("    " + d.getKey() + ": {score: " + BigDecimal.valueOf(d.getValue().score()).toPlainString());
                if (d.getValue().note() != null) {
                    y.raw(", note:").text(d.getValue().note()).trim().raw("}\n");
                } else {
                    y.raw("}\n");
                }
            }
        }
        if (e.reported() != null) {
            y.raw("  reported: {score: " + BigDecimal.valueOf(e.reported().score()).toPlainString() + ", tier: "
                    + e.reported().tier() + "}\n");
        }
    }

    private static void remark(Yaml y, Remark r) {
        if (r.text().en() != null) {
            y.key("en").quoted(r.text().en());
        }
        if (r.text().zh() != null) {
            y.key("zh").quoted(r.text().zh());
        }
        y.key("source").plain(r.source());
    }

    /** The files of {@code files} that exist in {@code dir} with other content. */
    public static List<String> conflicts(Path dir, Map<String, byte[]> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            if (Files.exists(target) && !(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), e.getValue()))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * Writes {@code files} to a new staging directory beside {@code dir} and returns it; the caller may
     * check it and then {@link #commit} or {@link #discard} it.
     */
    public static Path stage(Path dir, Map<String, byte[]> files) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path stage = Files.createTempDirectory(parent, "." + dir.getFileName() + ".import-");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = stage.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            discard(stage);
            throw e;
        }
        return stage;
    }

    /** Moves the staged files into {@code dir}, each replacing the old file in one step; then removes the stage. */
    public static void commit(Path stage, Path dir, Map<String, byte[]> files) throws IOException {
        try {
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), files.get(name))) {
                    continue; // the same bytes: nothing to replace
                }
                Files.createDirectories(target.getParent());
                try {
                    Files.move(stage.resolve(name), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(stage.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            discard(stage);
        }
    }

    /** Removes a staging directory and what is left in it. */
    public static void discard(Path stage) {
        try (Stream<Path> walk = Files.walk(stage)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a stage left behind is a hidden directory; the run's outcome does not depend on it
        }
    }

    /** A small emitter of the catalog's YAML: block mappings, every text double-quoted and escaped. */
    private static final class Yaml {
        private final StringBuilder sb = new StringBuilder();
        private String indent = "";
        private boolean first;

        Yaml raw(String s) {
            sb.append(s);
            return this;
        }

        Yaml top() {
            indent = "";
            first = false;
            return this;
        }

        /** Starts a list item of mappings, two spaces in. */
        Yaml item() {
            indent = "    ";
            first = true;
            return this;
        }

        Yaml key(String key) {
            if (first) {
                sb.append("  - ");
                first = false;
            } else {
                sb.append(indent);
            }
            sb.append(key).append(':');
            return this;
        }

        Yaml plain(String value) {
            sb.append(' ').append(value).append('\n');
            return this;
        }

        Yaml quoted(String value) {
            sb.append(' ').append(quote(value)).append('\n');
            return this;
        }

        Yaml text(Text t) {
            List<String> parts = new ArrayList<>();
            if (t.en() != null) {
                parts.add("en: " + quote(t.en()));
            }
            if (t.zh() != null) {
                parts.add("zh: " + quote(t.zh()));
            }
            sb.append(" {").append(String.join(", ", parts)).append("}\n");
            return this;
        }

        Yaml list(List<String> values) {
            sb.append(" [").append(String.join(", ", values.stream().map(Yaml::quote).toList())).append("]\n");
            return this;
        }

        Yaml plainList(List<String> values) {
            sb.append(" [").append(String.join(", ", values)).append("]\n");
            return this;
        }

        /** Drops the line end just written, to continue the line. */
        Yaml trim() {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') {
                sb.setLength(sb.length() - 1);
            }
            return this;
        }

        byte[] bytes() {
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** A YAML double-quoted scalar: quotes, backslashes and every non-printing character escaped. */
        static String quote(String s) {
            StringBuilder q = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> q.append("\\\"");
                    case '\\' -> q.append("\\\\");
                    case '\n' -> q.append("\\n");
                    case '\t' -> q.append("\\t");
                    default -> {
                        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                                || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                                && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1)))
                                && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                            q.append(String.format("\\u%04X", (int) c));
                        } else {
                            q.append(c);
                        }
                    }
                }
            }
            return q.append('"').toString();
        }
    }
}
