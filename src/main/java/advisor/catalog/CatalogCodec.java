package advisor.catalog;

import advisor.model.Category;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Quadrant;
import advisor.model.Radar;
import advisor.model.Ring;
import advisor.model.RingPlacement;
import advisor.model.RingPolicy;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Tier;
import advisor.model.Trend;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A compact binary form of parsed catalog data ({@link Snapshot}, {@link LibraryFileCache}): every record written field by
 * field, each distinct string once. Reading it back allocates little more than the catalog itself,
 * which is what makes the cache several times faster than parsing YAML (Java serialization was not).
 */
final class CatalogCodec {
    /** Changes whenever the layout below changes; a cache file with another version is ignored. */
    static final int VERSION = 8;

    private CatalogCodec() {
    }

    interface Writer<T> {
        void write(Out out, T value) throws IOException;
    }

    interface Reader<T> {
        T read(In in) throws IOException;
    }

    /** Writes a body with {@link #VERSION} before it and a CRC-32C of both after it. */
    static void writeChecked(OutputStream target, Writer<Void> body) throws IOException {
        // the buffer hands the checksum whole buffers, not single bytes; it is flushed before the sum is taken
        CheckedOutputStream checked = new CheckedOutputStream(target, new CRC32C());
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
        data.writeInt(VERSION);
        body.write(new Out(data), null);
        data.flush();
        data.writeLong(checked.getChecksum().getValue());
        data.flush();
    }

    /**
     * Reads what {@link #writeChecked} wrote; null when it was written by another version, its
     * checksum does not match, or anything follows it.
     */
    static <T> T readChecked(InputStream source, Reader<T> body) throws IOException {
        ChecksummedInput checked = new ChecksummedInput(source);
        DataInputStream data = new DataInputStream(checked);
        if (data.readInt() != VERSION) {
            return null;
        }
        T value = body.read(new In(data));
        long expected = checked.checksum();
        return data.readLong() == expected && checked.read() == -1 ? value : null;
    }

    /**
     * A buffered input that sums what was read (CRC-32C) a buffer at a time, up to when it is asked:
     * summing byte by byte as {@link java.util.zip.CheckedInputStream} does (every field is read a
     * byte at a time) took a third of the time of reading a large cache. Not thread-safe.
     */
    private static final class ChecksummedInput extends InputStream {
        private final InputStream source;
        private final byte[] buffer = new byte[1 << 16];
        private final CRC32C crc = new CRC32C();
        private int position;
        private int limit;
        /** Where in the buffer the bytes not yet summed begin. */
        private int summed;

        ChecksummedInput(InputStream source) {
            this.source = source;
        }

        /** The sum of every byte read so far. */
        long checksum() {
            crc.update(buffer, summed, position - summed);
            summed = position;
            return crc.getValue();
        }

        private boolean fill() throws IOException {
            crc.update(buffer, summed, limit - summed);
            int n = source.read(buffer, 0, buffer.length);
            position = 0;
            summed = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }
    }

    static void write(Out out, CatalogLoader.Parsed p) throws IOException {
        out.list(p.sources(), CatalogCodec::source);
        out.list(p.dimensions(), (o, d) -> {
            o.str(d.id());
            o.text(d.label());
            o.text(d.description());
            o.loc(d.loc());
        });
        out.list(p.tiers(), (o, t) -> {
            o.str(t.id());
            o.text(t.label());
            o.str(t.icon());
            o.data.writeDouble(t.minScore());
            o.loc(t.loc());
        });
        out.list(p.profiles(), (o, pr) -> {
            o.str(pr.id());
            o.text(pr.label());
            o.text(pr.rationale());
            o.map(pr.weights(), (oo, w) -> oo.data.writeDouble(w));
            o.loc(pr.loc());
        });
        out.list(p.categories(), (o, c) -> {
            o.str(c.id());
            o.text(c.label());
            o.loc(c.loc());
        });
        out.list(p.scenarios(), (o, s) -> {
            o.str(s.id());
            o.text(s.label());
            o.strings(s.aliases());
            o.list(s.related(), (oo, r) -> {
                oo.str(r.scenario());
                oo.data.writeDouble(r.strength());
                oo.loc(r.loc());
            });
            o.str(s.kind().id());
            o.strings(s.categories());
            o.loc(s.loc());
        });
        out.list(p.trends(), (o, t) -> {
            o.str(t.id());
            o.text(t.label());
            o.strings(t.libraries());
            o.strings(t.scenarios());
            o.data.writeInt(t.impact());
            o.text(t.advice());
            o.str(t.source());
            o.loc(t.loc());
        });
        out.list(p.libraries(), CatalogCodec::library);
        out.list(p.problems(), CatalogCodec::problem);
        out.list(p.refs(), CatalogCodec::ref);
        out.data.writeBoolean(p.checks() != null);
        if (p.checks() != null) {
            out.list(p.checks(), CatalogCodec::problem);
        }
        radar(out, p.radar());
    }

    static void problem(Out o, Problem pr) throws IOException {
        o.data.writeByte(pr.severity().ordinal());
        o.str(pr.code());
        o.str(pr.file());
        o.data.writeInt(pr.line());
        o.data.writeInt(pr.column());
        o.str(pr.library());
        o.str(pr.message());
    }

    static Problem problem(In i) throws IOException {
        Problem.Severity[] severities = Problem.Severity.values();
        int severity = i.data.readByte();
        if (severity < 0 || severity >= severities.length) {
            throw new IOException("bad severity");
        }
        return new Problem(severities[severity], i.str(), i.str(), i.data.readInt(), i.data.readInt(), i.str(), i.str());
    }

    static void ref(Out o, Refs r) throws IOException {
        o.str(r.owner());
        o.str(r.library());
        o.str(r.file());
        o.data.writeInt(r.size());
        o.data.writeBoolean(r.hasContexts());
        for (int k = 0; k < r.size(); k++) {
            o.data.writeByte(r.kind(k).ordinal());
            o.str(r.name(k));
            o.data.writeInt(r.line(k));
            o.data.writeInt(r.column(k));
            if (r.hasContexts()) {
                o.str(r.context(k));
            }
        }
    }

    static Refs ref(In i) throws IOException {
        Ref.Kind[] kinds = Ref.Kind.values();
        String owner = i.str();
        String library = i.str();
        String file = i.str();
        int n = i.data.readInt();
        if (n < 0 || n > 1_000_000 || file == null) {
            throw new IOException("bad reference group");
        }
        boolean contexts = i.data.readBoolean();
        Refs refs = new Refs(owner, library, file, n);
        for (int k = 0; k < n; k++) {
            int kind = i.data.readByte();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("bad reference kind");
            }
            refs.add(kinds[kind], i.str(), i.data.readInt(), i.data.readInt(), contexts ? i.str() : null);
        }
        return refs;
    }

    static CatalogLoader.Parsed read(In in) throws IOException {
        List<Source> sources = in.list(CatalogCodec::source);
        List<Dimension> dimensions = in.list(i -> new Dimension(i.str(), i.text(), i.text(), i.loc()));
        List<Tier> tiers = in.list(i -> new Tier(i.str(), i.text(), i.str(), i.data.readDouble(), i.loc()));
        List<Profile> profiles = in.list(i -> new Profile(i.str(), i.text(), i.text(),
                i.map(ii -> ii.data.readDouble()), i.loc()));
        List<Category> categories = in.list(i -> new Category(i.str(), i.text(), i.loc()));
        List<Scenario> scenarios = in.list(i -> new Scenario(i.str(), i.text(), i.strings(),
                i.list(ii -> new Scenario.Related(ii.str(), ii.data.readDouble(), ii.loc())),
                Scenario.Kind.valueOf(i.str().toUpperCase(java.util.Locale.ROOT)), i.strings(), i.loc()));
        List<Trend> trends = in.list(i -> new Trend(i.str(), i.text(), i.strings(), i.strings(), i.data.readInt(),
                i.text(), i.str(), i.loc()));
        List<Library> libraries = in.list(CatalogCodec::library);
        List<Problem> problems = in.list(CatalogCodec::problem);
        List<Refs> refs = in.list(CatalogCodec::ref);
        List<Problem> checks = in.data.readBoolean() ? in.list(CatalogCodec::problem) : null;
        return new CatalogLoader.Parsed(sources, dimensions, tiers, profiles, categories, scenarios, trends, libraries,
                problems, refs, checks, radar(in));
    }

    private static void source(Out o, Source s) throws IOException {
        o.str(s.id());
        o.text(s.title());
        o.str(s.file());
        o.date(s.date());
        o.integer(s.reviewMonths());
        o.loc(s.loc());
    }

    private static Source source(In i) throws IOException {
        return new Source(i.str(), i.text(), i.str(), i.date(), i.integer(), i.loc());
    }

    static void library(Out o, Library l) throws IOException {
        o.str(l.id());
        o.str(l.name());
        o.strings(l.aliases());
        o.str(l.category());
        o.str(l.repository());
        o.text(l.summary());
        o.list(l.facts(), (oo, f) -> {
            oo.str(f.key());
            oo.str(f.value());
            oo.text(f.text());
            oo.str(f.asOf());
            oo.str(f.source());
            oo.loc(f.loc());
        });
        Evaluation e = l.evaluation();
        o.data.writeBoolean(e != null);
        if (e != null) {
            o.str(e.source());
            o.date(e.date());
            o.map(e.dimensions(), (oo, d) -> {
                oo.data.writeDouble(d.score());
                oo.text(d.note());
                oo.loc(d.loc());
            });
            o.data.writeBoolean(e.reported() != null);
            if (e.reported() != null) {
                o.data.writeDouble(e.reported().score());
                o.str(e.reported().tier());
                o.loc(e.reported().loc());
            }
            o.loc(e.loc());
        }
        o.list(l.scenarios(), (oo, r) -> {
            oo.str(r.scenario());
            oo.integer(r.stars());
            oo.str(r.source());
            oo.text(r.note());
            oo.loc(r.loc());
        });
        o.list(l.strengths(), CatalogCodec::remark);
        o.list(l.limitations(), CatalogCodec::remark);
        o.list(l.measurements(), (oo, m) -> {
            oo.text(m.metric());
            oo.data.writeDouble(m.value());
            oo.data.writeBoolean(m.valueMax() != null);
            if (m.valueMax() != null) {
                oo.data.writeDouble(m.valueMax());
            }
            oo.str(m.qualifier());
            oo.str(m.unit());
            oo.map(m.conditions(), Out::str);
            oo.str(m.role());
            oo.text(m.note());
            oo.str(m.source());
            oo.loc(m.loc());
        });
        o.list(l.notes(), CatalogCodec::remark);
        o.loc(l.loc());
        placements(o, l);
    }

    static Library library(In i) throws IOException {
        String id = i.str();
        String name = i.str();
        List<String> aliases = i.strings();
        String category = i.str();
        String repository = i.str();
        Text summary = i.text();
        List<Fact> facts = i.list(ii -> new Fact(ii.str(), ii.str(), ii.text(), ii.str(), ii.str(), ii.loc()));
        Evaluation evaluation = null;
        if (i.data.readBoolean()) {
            String source = i.str();
            LocalDate date = i.date();
            Map<String, DimensionScore> dims = i.map(ii -> new DimensionScore(ii.data.readDouble(), ii.text(), ii.loc()));
            Evaluation.Reported reported = i.data.readBoolean()
                    ? new Evaluation.Reported(i.data.readDouble(), i.str(), i.loc()) : null;
            evaluation = new Evaluation(source, date, dims, reported, i.loc());
        }
        List<ScenarioRating> scenarios = i.list(ii -> new ScenarioRating(ii.str(), ii.integer(), ii.str(), ii.text(),
                ii.loc()));
        List<Remark> strengths = i.list(CatalogCodec::remark);
        List<Remark> limitations = i.list(CatalogCodec::remark);
        List<Measurement> measurements = i.list(ii -> {
            Text metric = ii.text();
            double value = ii.data.readDouble();
            Double max = ii.data.readBoolean() ? ii.data.readDouble() : null;
            return new Measurement(metric, value, max, ii.str(), ii.str(), ii.map(In::str), ii.str(), ii.text(),
                    ii.str(), ii.loc());
        });
        List<Remark> notes = i.list(CatalogCodec::remark);
        Loc loc = i.loc();
        List<RingPlacement> rings = i.list(CatalogCodec::placement);
        return new Library(id, name, aliases, category, repository, summary, facts, evaluation, scenarios, strengths,
                limitations, measurements, notes, rings, i.data.readBoolean(), loc);
    }

    // ---- radar (issue 12): rings.yaml and each library's ring placements and extension flag ----

    private static void radar(Out o, Radar r) throws IOException {
        o.list(r.rings(), (oo, ring) -> {
            oo.str(ring.id());
            oo.text(ring.label());
            oo.data.writeInt(ring.order());
            oo.str(ring.color());
            oo.loc(ring.loc());
        });
        o.list(r.quadrants(), (oo, q) -> {
            oo.str(q.id());
            oo.text(q.label());
            oo.strings(q.aliases());
            oo.strings(q.categories());
            oo.loc(q.loc());
        });
        o.data.writeBoolean(r.policy() != null);
        if (r.policy() != null) {
            o.map(r.policy().tiers(), Out::str);
            o.text(r.policy().rationale());
            o.loc(r.policy().loc());
        }
    }

    private static Radar radar(In i) throws IOException {
        List<Ring> rings = i.list(ii -> new Ring(ii.str(), ii.text(), ii.data.readInt(), ii.str(), ii.loc()));
        List<Quadrant> quadrants = i.list(ii -> new Quadrant(ii.str(), ii.text(), ii.strings(), ii.strings(), ii.loc()));
        RingPolicy policy = i.data.readBoolean() ? new RingPolicy(i.map(In::str), i.text(), i.loc()) : null;
        return new Radar(rings, quadrants, policy);
    }

    private static void placements(Out o, Library l) throws IOException {
        o.list(l.rings(), (oo, p) -> {
            oo.str(p.ring());
            oo.str(p.date());
            oo.str(p.source());
            oo.text(p.note());
            oo.loc(p.loc());
        });
        o.data.writeBoolean(l.extension());
    }

    private static RingPlacement placement(In i) throws IOException {
        return new RingPlacement(i.str(), i.str(), i.str(), i.text(), i.loc());
    }

    private static void remark(Out o, Remark r) throws IOException {
        o.text(r.text());
        o.str(r.source());
        o.loc(r.loc());
    }

    private static Remark remark(In i) throws IOException {
        return new Remark(i.text(), i.str(), i.loc());
    }

    /** Output with a table of the strings written so far: each distinct string goes out once. */
    static final class Out {
        final DataOutputStream data;
        private final Map<String, Integer> seen = new HashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void str(String s) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            Integer index = seen.get(s);
            if (index != null) {
                data.writeInt(index);
                return;
            }
            seen.put(s, seen.size());
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(-2 - bytes.length);
            data.write(bytes);
        }

        void text(Text t) throws IOException {
            data.writeBoolean(t != null);
            if (t != null) {
                str(t.en());
                str(t.zh());
            }
        }

        void loc(Loc loc) throws IOException {
            data.writeBoolean(loc != null);
            if (loc != null) {
                str(loc.file());
                data.writeInt(loc.line());
                data.writeInt(loc.column());
            }
        }

        void date(LocalDate d) throws IOException {
            data.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
        }

        void integer(Integer v) throws IOException {
            data.writeBoolean(v != null);
            if (v != null) {
                data.writeInt(v);
            }
        }

        void strings(List<String> list) throws IOException {
            list(list, Out::str);
        }

        <T> void list(List<T> list, Writer<T> writer) throws IOException {
            data.writeInt(list.size());
            for (T t : list) {
                writer.write(this, t);
            }
        }

        <V> void map(Map<String, V> map, Writer<V> writer) throws IOException {
            data.writeInt(map.size());
            for (Map.Entry<String, V> e : map.entrySet()) {
                str(e.getKey());
                writer.write(this, e.getValue());
            }
        }
    }

    /** Input that resolves the string table. */
    static final class In {
        final DataInputStream data;
        private final List<String> strings = new ArrayList<>();

        In(DataInputStream data) {
            this.data = data;
        }

        String str() throws IOException {
            int n = data.readInt();
            if (n == -1) {
                return null;
            }
            if (n >= 0) {
                if (n >= strings.size()) {
                    throw new IOException("bad string reference");
                }
                return strings.get(n);
            }
            if (-2 - n > YamlReader.MAX_FILE_BYTES) {
                throw new IOException("bad string length");
            }
            byte[] bytes = new byte[-2 - n];
            data.readFully(bytes);
            String s = new String(bytes, StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        Text text() throws IOException {
            return data.readBoolean() ? new Text(str(), str()) : null;
        }

        Loc loc() throws IOException {
            return data.readBoolean() ? new Loc(str(), data.readInt(), data.readInt()) : null;
        }

        LocalDate date() throws IOException {
            long day = data.readLong();
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }

        Integer integer() throws IOException {
            return data.readBoolean() ? data.readInt() : null;
        }

        List<String> strings() throws IOException {
            return list(In::str);
        }

        <T> List<T> list(Reader<T> reader) throws IOException {
            int n = count();
            List<T> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(reader.read(this));
            }
            return Collections.unmodifiableList(list);
        }

        <V> Map<String, V> map(Reader<V> reader) throws IOException {
            int n = count();
            Map<String, V> map = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                map.put(str(), reader.read(this));
            }
            return Collections.unmodifiableMap(map);
        }

        private int count() throws IOException {
            int n = data.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("bad count");
            }
            return n;
        }
    }
}
