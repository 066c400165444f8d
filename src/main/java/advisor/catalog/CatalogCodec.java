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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A compact binary form of parsed catalog data ({@link Snapshot}, {@link LibraryFileCache}): every record written field by
 * field, each distinct string once. Reading it back allocates little more than the catalog itself,
 * which is what makes the cache several times faster than parsing YAML (Java serialization was not).
 *
 * <p><b>Each record is described once.</b> A {@link RecordCodec} lists a record's fields in the order of its
 * components, each with its name, its accessor and the codec of its type; the same description writes the
 * record and reads it back, through the canonical constructor that follows it. There is no reflection at run
 * time (start-up reads the built-in snapshot through these descriptions); {@code CatalogCodecTest} checks each
 * description against its record's components by reflection, so a field added to a record and not here fails
 * the build.
 *
 * <p><b>Adding a field to a model record</b> ({@code Library}, {@code Evaluation}, a new {@code Ring}...):
 * add the component to the record, then add one {@code field("name", Record::name, CODEC)} line at the same
 * position in its description below and one {@code v.next()} at the same position in its constructor call.
 * A new record type gets a {@code record(...)} description of its own, listed in {@link #RECORDS}. Nothing
 * else changes: the layout's {@link #VERSION} follows from the descriptions, so caches written before the
 * change are ignored and rewritten. Reference fields may be null (each carries a presence mark); a
 * primitive component takes a primitive codec ({@link #INT}, {@link #DOUBLE}, {@link #BOOL}, {@link #LONG}).
 * The YAML side of a new field (its key, its checks) is {@link CatalogBinder}'s, and catalog/README.md says
 * how a user writes it.
 */
final class CatalogCodec {
    /** Bumped by hand when the encoding of the basic codecs below changes (the descriptions count by themselves). */
    private static final int ENCODING = 9;

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

    // ---- the basic codecs ----

    /** How one kind of value is written and read back. */
    interface Codec<T> {
        void write(Out out, T value) throws IOException;

        T read(In in) throws IOException;

        /** A short name of the layout, for {@link #VERSION}. */
        String layout();

        /** Whether it holds a primitive (never null): only for primitive record components. */
        default boolean primitive() {
            return false;
        }
    }

    private static <T> Codec<T> basic(String layout, boolean primitive, Writer<T> writer, Reader<T> reader) {
        return new Codec<>() {
            @Override
            public void write(Out out, T value) throws IOException {
                writer.write(out, value);
            }

            @Override
            public T read(In in) throws IOException {
                return reader.read(in);
            }

            @Override
            public String layout() {
                return layout;
            }

            @Override
            public boolean primitive() {
                return primitive;
            }
        };
    }

    static final Codec<String> STR = basic("str", false, Out::str, In::str);
    static final Codec<Integer> INT = basic("int", true, (o, v) -> o.data.writeInt(v), i -> i.data.readInt());
    static final Codec<Long> LONG = basic("long", true, (o, v) -> o.data.writeLong(v), i -> i.data.readLong());
    static final Codec<Double> DOUBLE = basic("double", true, (o, v) -> o.data.writeDouble(v), i -> i.data.readDouble());
    static final Codec<Boolean> BOOL = basic("bool", true, (o, v) -> o.data.writeBoolean(v), i -> i.data.readBoolean());
    /** A whole number that may be null. */
    static final Codec<Integer> INTEGER = nullable(INT);
    /** A decimal number that may be null. */
    static final Codec<Double> DECIMAL = nullable(DOUBLE);
    static final Codec<LocalDate> DATE = basic("date", false, (o, d) -> o.data.writeLong(d == null ? Long.MIN_VALUE
            : d.toEpochDay()), i -> {
                long day = i.data.readLong();
                return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
            });

    /** {@code codec}, or null: a presence mark before the value. */
    static <T> Codec<T> nullable(Codec<T> codec) {
        return basic(codec.layout() + "?", false, (o, v) -> {
            o.data.writeBoolean(v != null);
            if (v != null) {
                codec.write(o, v);
            }
        }, i -> i.data.readBoolean() ? codec.read(i) : null);
    }

    /** A list of {@code item}s (unmodifiable when read), or null. */
    static <T> Codec<List<T>> list(Codec<T> item) {
        return basic("list<" + item.layout() + ">", false, (o, list) -> {
            o.data.writeInt(list == null ? -1 : list.size());
            if (list != null) {
                for (T t : list) {
                    item.write(o, t);
                }
            }
        }, i -> {
            int n = i.count(true);
            if (n < 0) {
                return null;
            }
            List<T> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(item.read(i));
            }
            return Collections.unmodifiableList(list);
        });
    }

    /** A map from texts to {@code value}s in its order (unmodifiable when read), or null. */
    static <V> Codec<Map<String, V>> map(Codec<V> value) {
        return basic("map<" + value.layout() + ">", false, (o, map) -> {
            o.data.writeInt(map == null ? -1 : map.size());
            if (map != null) {
                for (Map.Entry<String, V> e : map.entrySet()) {
                    o.str(e.getKey());
                    value.write(o, e.getValue());
                }
            }
        }, i -> {
            int n = i.count(true);
            if (n < 0) {
                return null;
            }
            Map<String, V> map = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                map.put(i.str(), value.read(i));
            }
            return Collections.unmodifiableMap(map);
        });
    }

    /** An enum constant by its position, or null; {@code values} as {@code E.values()} gives them. */
    static <E extends Enum<E>> Codec<E> enumOf(E[] values) {
        return basic("enum" + Arrays.toString(values), false, (o, e) -> o.data.writeByte(e == null ? -1 : e.ordinal()),
                i -> {
                    int k = i.data.readByte();
                    if (k < -1 || k >= values.length) {
                        throw new IOException("bad enum constant");
                    }
                    return k < 0 ? null : values[k];
                });
    }

    // ---- records, each described once ----

    /** One field of a record: its name (as the record component), how to get it, its codec. */
    record Field<R, V>(String name, Function<R, V> get, Codec<V> codec) {
    }

    static <R, V> Field<R, V> field(String name, Function<R, V> get, Codec<V> codec) {
        return new Field<>(name, get, codec);
    }

    /** The fields of a record being read, in order: the canonical constructor takes each with {@link #next}. */
    static final class Values {
        private final In in;
        private final List<Field<?, ?>> fields;
        private int next;

        private Values(In in, List<Field<?, ?>> fields) {
            this.in = in;
            this.fields = fields;
        }

        /** The next field's value, read now (arguments are evaluated left to right, as the fields are listed). */
        @SuppressWarnings("unchecked")
        <T> T next() throws IOException {
            if (next >= fields.size()) {
                throw new IOException("constructor takes more fields than described");
            }
            return (T) fields.get(next++).codec().read(in);
        }
    }

    /** Makes a record from its fields in order: its canonical constructor, each argument {@code v.next()}. */
    interface Make<R> {
        R make(Values v) throws IOException;
    }

    /** A record's description: its type, fields in component order, and how to make one; a record may be null. */
    static final class RecordCodec<R> implements Codec<R> {
        final Class<R> type;
        final List<Field<?, ?>> fields;
        private final Make<R> make;

        RecordCodec(Class<R> type, Make<R> make, List<Field<?, ?>> fields) {
            this.type = type;
            this.make = make;
            this.fields = fields;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(Out out, R value) throws IOException {
            out.data.writeBoolean(value != null);
            if (value != null) {
                for (Field<?, ?> f : fields) {
                    Field<R, Object> field = (Field<R, Object>) f;
                    field.codec().write(out, field.get().apply(value));
                }
            }
        }

        @Override
        public R read(In in) throws IOException {
            if (!in.data.readBoolean()) {
                return null;
            }
            Values values = new Values(in, fields);
            R r = make.make(values);
            if (values.next != fields.size()) {
                throw new IOException("constructor took fewer fields than described");
            }
            return r;
        }

        @Override
        public String layout() {
            return type.getSimpleName();
        }

        /** The description of this record's fields, for {@link #VERSION}. */
        String describe() {
            StringBuilder sb = new StringBuilder(type.getName()).append('(');
            for (Field<?, ?> f : fields) {
                sb.append(f.name()).append(':').append(f.codec().layout()).append(',');
            }
            return sb.append(')').toString();
        }
    }

    @SafeVarargs
    static <R> RecordCodec<R> record(Class<R> type, Make<R> make, Field<R, ?>... fields) {
        return new RecordCodec<>(type, make, List.of(fields));
    }

    static final RecordCodec<Loc> LOC = record(Loc.class, v -> new Loc(v.next(), v.next(), v.next()),
            field("file", Loc::file, STR),
            field("line", Loc::line, INT),
            field("column", Loc::column, INT));

    static final RecordCodec<Text> TEXT = record(Text.class, v -> new Text(v.next(), v.next()),
            field("en", Text::en, STR),
            field("zh", Text::zh, STR));

    static final RecordCodec<Source> SOURCE = record(Source.class,
            v -> new Source(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Source::id, STR),
            field("title", Source::title, TEXT),
            field("file", Source::file, STR),
            field("date", Source::date, DATE),
            field("reviewMonths", Source::reviewMonths, INTEGER),
            field("loc", Source::loc, LOC));

    static final RecordCodec<Dimension> DIMENSION = record(Dimension.class,
            v -> new Dimension(v.next(), v.next(), v.next(), v.next()),
            field("id", Dimension::id, STR),
            field("label", Dimension::label, TEXT),
            field("description", Dimension::description, TEXT),
            field("loc", Dimension::loc, LOC));

    static final RecordCodec<Tier> TIER = record(Tier.class, v -> new Tier(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Tier::id, STR),
            field("label", Tier::label, TEXT),
            field("icon", Tier::icon, STR),
            field("minScore", Tier::minScore, DOUBLE),
            field("loc", Tier::loc, LOC));

    static final RecordCodec<Profile> PROFILE = record(Profile.class,
            v -> new Profile(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Profile::id, STR),
            field("label", Profile::label, TEXT),
            field("rationale", Profile::rationale, TEXT),
            field("weights", Profile::weights, map(DOUBLE)),
            field("loc", Profile::loc, LOC));

    static final RecordCodec<Category> CATEGORY = record(Category.class, v -> new Category(v.next(), v.next(), v.next()),
            field("id", Category::id, STR),
            field("label", Category::label, TEXT),
            field("loc", Category::loc, LOC));

    static final RecordCodec<Scenario.Related> RELATED = record(Scenario.Related.class,
            v -> new Scenario.Related(v.next(), v.next(), v.next()),
            field("scenario", Scenario.Related::scenario, STR),
            field("strength", Scenario.Related::strength, DOUBLE),
            field("loc", Scenario.Related::loc, LOC));

    static final RecordCodec<Scenario> SCENARIO = record(Scenario.class,
            v -> new Scenario(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Scenario::id, STR),
            field("label", Scenario::label, TEXT),
            field("aliases", Scenario::aliases, list(STR)),
            field("related", Scenario::related, list(RELATED)),
            field("kind", Scenario::kind, enumOf(Scenario.Kind.values())),
            field("categories", Scenario::categories, list(STR)),
            field("loc", Scenario::loc, LOC));

    static final RecordCodec<Trend> TREND = record(Trend.class,
            v -> new Trend(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Trend::id, STR),
            field("label", Trend::label, TEXT),
            field("libraries", Trend::libraries, list(STR)),
            field("scenarios", Trend::scenarios, list(STR)),
            field("impact", Trend::impact, INT),
            field("advice", Trend::advice, TEXT),
            field("source", Trend::source, STR),
            field("loc", Trend::loc, LOC));

    static final RecordCodec<Fact> FACT = record(Fact.class,
            v -> new Fact(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("key", Fact::key, STR),
            field("value", Fact::value, STR),
            field("text", Fact::text, TEXT),
            field("asOf", Fact::asOf, STR),
            field("source", Fact::source, STR),
            field("loc", Fact::loc, LOC));

    static final RecordCodec<DimensionScore> DIMENSION_SCORE = record(DimensionScore.class,
            v -> new DimensionScore(v.next(), v.next(), v.next()),
            field("score", DimensionScore::score, DOUBLE),
            field("note", DimensionScore::note, TEXT),
            field("loc", DimensionScore::loc, LOC));

    static final RecordCodec<Evaluation.Reported> REPORTED = record(Evaluation.Reported.class,
            v -> new Evaluation.Reported(v.next(), v.next(), v.next()),
            field("score", Evaluation.Reported::score, DOUBLE),
            field("tier", Evaluation.Reported::tier, STR),
            field("loc", Evaluation.Reported::loc, LOC));

    static final RecordCodec<Evaluation> EVALUATION = record(Evaluation.class,
            v -> new Evaluation(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("source", Evaluation::source, STR),
            field("date", Evaluation::date, DATE),
            field("dimensions", Evaluation::dimensions, map(DIMENSION_SCORE)),
            field("reported", Evaluation::reported, REPORTED),
            field("loc", Evaluation::loc, LOC));

    static final RecordCodec<ScenarioRating> SCENARIO_RATING = record(ScenarioRating.class,
            v -> new ScenarioRating(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("scenario", ScenarioRating::scenario, STR),
            field("stars", ScenarioRating::stars, INTEGER),
            field("source", ScenarioRating::source, STR),
            field("note", ScenarioRating::note, TEXT),
            field("loc", ScenarioRating::loc, LOC));

    static final RecordCodec<Remark> REMARK = record(Remark.class, v -> new Remark(v.next(), v.next(), v.next()),
            field("text", Remark::text, TEXT),
            field("source", Remark::source, STR),
            field("loc", Remark::loc, LOC));

    static final RecordCodec<Measurement> MEASUREMENT = record(Measurement.class,
            v -> new Measurement(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()),
            field("metric", Measurement::metric, TEXT),
            field("value", Measurement::value, DOUBLE),
            field("valueMax", Measurement::valueMax, DECIMAL),
            field("qualifier", Measurement::qualifier, STR),
            field("unit", Measurement::unit, STR),
            field("conditions", Measurement::conditions, map(STR)),
            field("role", Measurement::role, STR),
            field("note", Measurement::note, TEXT),
            field("source", Measurement::source, STR),
            field("loc", Measurement::loc, LOC));

    static final RecordCodec<RingPlacement> RING_PLACEMENT = record(RingPlacement.class,
            v -> new RingPlacement(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("ring", RingPlacement::ring, STR),
            field("date", RingPlacement::date, STR),
            field("source", RingPlacement::source, STR),
            field("note", RingPlacement::note, TEXT),
            field("loc", RingPlacement::loc, LOC));

    static final RecordCodec<Library> LIBRARY = record(Library.class,
            v -> new Library(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Library::id, STR),
            field("name", Library::name, STR),
            field("aliases", Library::aliases, list(STR)),
            field("category", Library::category, STR),
            field("repository", Library::repository, STR),
            field("summary", Library::summary, TEXT),
            field("facts", Library::facts, list(FACT)),
            field("evaluation", Library::evaluation, EVALUATION),
            field("scenarios", Library::scenarios, list(SCENARIO_RATING)),
            field("strengths", Library::strengths, list(REMARK)),
            field("limitations", Library::limitations, list(REMARK)),
            field("measurements", Library::measurements, list(MEASUREMENT)),
            field("notes", Library::notes, list(REMARK)),
            field("rings", Library::rings, list(RING_PLACEMENT)),
            field("extension", Library::extension, BOOL),
            field("loc", Library::loc, LOC));

    static final RecordCodec<Ring> RING = record(Ring.class, v -> new Ring(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Ring::id, STR),
            field("label", Ring::label, TEXT),
            field("order", Ring::order, INT),
            field("color", Ring::color, STR),
            field("loc", Ring::loc, LOC));

    static final RecordCodec<Quadrant> QUADRANT = record(Quadrant.class,
            v -> new Quadrant(v.next(), v.next(), v.next(), v.next(), v.next()),
            field("id", Quadrant::id, STR),
            field("label", Quadrant::label, TEXT),
            field("aliases", Quadrant::aliases, list(STR)),
            field("categories", Quadrant::categories, list(STR)),
            field("loc", Quadrant::loc, LOC));

    static final RecordCodec<RingPolicy> RING_POLICY = record(RingPolicy.class,
            v -> new RingPolicy(v.next(), v.next(), v.next()),
            field("tiers", RingPolicy::tiers, map(STR)),
            field("rationale", RingPolicy::rationale, TEXT),
            field("loc", RingPolicy::loc, LOC));

    static final RecordCodec<Radar> RADAR = record(Radar.class, v -> new Radar(v.next(), v.next(), v.next()),
            field("rings", Radar::rings, list(RING)),
            field("quadrants", Radar::quadrants, list(QUADRANT)),
            field("policy", Radar::policy, RING_POLICY));

    static final RecordCodec<Problem> PROBLEM = record(Problem.class,
            v -> new Problem(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()),
            field("severity", Problem::severity, enumOf(Problem.Severity.values())),
            field("code", Problem::code, STR),
            field("file", Problem::file, STR),
            field("line", Problem::line, INT),
            field("column", Problem::column, INT),
            field("library", Problem::library, STR),
            field("message", Problem::message, STR));

    /**
     * A group of references: not a record but parallel arrays ({@link Refs} says why), so written by hand.
     * Change {@link #ENCODING} when this changes.
     */
    static final Codec<Refs> REFS = basic("refs", false, CatalogCodec::writeRefs, CatalogCodec::readRefs);

    static final RecordCodec<CatalogLoader.Parsed> PARSED = record(CatalogLoader.Parsed.class,
            v -> new CatalogLoader.Parsed(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()),
            field("sources", CatalogLoader.Parsed::sources, list(SOURCE)),
            field("dimensions", CatalogLoader.Parsed::dimensions, list(DIMENSION)),
            field("tiers", CatalogLoader.Parsed::tiers, list(TIER)),
            field("profiles", CatalogLoader.Parsed::profiles, list(PROFILE)),
            field("categories", CatalogLoader.Parsed::categories, list(CATEGORY)),
            field("scenarios", CatalogLoader.Parsed::scenarios, list(SCENARIO)),
            field("trends", CatalogLoader.Parsed::trends, list(TREND)),
            field("libraries", CatalogLoader.Parsed::libraries, list(LIBRARY)),
            field("problems", CatalogLoader.Parsed::problems, list(PROBLEM)),
            field("refs", CatalogLoader.Parsed::refs, list(REFS)),
            field("checks", CatalogLoader.Parsed::checks, list(PROBLEM)),
            field("radar", CatalogLoader.Parsed::radar, RADAR));

    /** Every record description (the cache's entries add their own); {@link #VERSION} is made from them. */
    static final List<RecordCodec<?>> RECORDS = List.of(LOC, TEXT, SOURCE, DIMENSION, TIER, PROFILE, CATEGORY, RELATED,
            SCENARIO, TREND, FACT, DIMENSION_SCORE, REPORTED, EVALUATION, SCENARIO_RATING, REMARK, MEASUREMENT,
            RING_PLACEMENT, LIBRARY, RING, QUADRANT, RING_POLICY, RADAR, PROBLEM, PARSED);

    /**
     * The layout's version: {@link #ENCODING} and a digest of every record description, so that adding,
     * removing or retyping a field changes it without anyone remembering to; a file written in another
     * layout is ignored (a cache is then rewritten).
     */
    static final int VERSION = version();

    private static int version() {
        StringBuilder sb = new StringBuilder().append(ENCODING);
        for (RecordCodec<?> r : RECORDS) {
            sb.append(r.describe());
        }
        return sb.toString().hashCode();
    }

    static void write(Out out, CatalogLoader.Parsed p) throws IOException {
        PARSED.write(out, p);
    }

    static CatalogLoader.Parsed read(In in) throws IOException {
        CatalogLoader.Parsed p = PARSED.read(in);
        if (p == null) {
            throw new IOException("no catalog");
        }
        return p;
    }

    private static void writeRefs(Out o, Refs r) throws IOException {
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

    private static Refs readRefs(In i) throws IOException {
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

        /** A count of items, -1 for null when {@code nullable}; a corrupt count is an error, not an allocation. */
        int count(boolean nullable) throws IOException {
            int n = data.readInt();
            if (n < (nullable ? -1 : 0) || n > 50_000_000) {
                throw new IOException("bad count");
            }
            return n;
        }
    }
}
