package advisor.catalog;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A compact binary form of parsed catalog data ({@link Snapshot}, {@link LibraryFileCache}): every record written field by
 * field, each distinct string once. Reading it back allocates little more than the catalog itself,
 * which is what makes the cache several times faster than parsing YAML (Java serialization was not).
 *
 * <p><b>Each record is described once: by the record itself.</b> {@link CatalogRecords} writes and reads
 * every record field by field in the order of its components; it is generated from the records by
 * {@code CatalogRecordsTest} (reflection at build time, plain code at run time: start-up reads the built-in
 * snapshot through it), and that test fails while the generated file does not match the records.
 *
 * <p><b>Adding a field to a model record</b> ({@code Library}, {@code Evaluation}, a new {@code Ring}...):
 * add the component to the record, then run
 * {@code ./mvnw -q test -Dtest=CatalogRecordsTest -Dcodec.update=true}. A new record type held by one
 * of them is picked up the same way. Nothing else in this package's binary form changes by hand: the
 * layout's {@link #VERSION} follows from the generated layout, so caches written before the change are
 * ignored and rewritten. Any reference may be null (a presence mark, or -1 as a count). Types it knows:
 * records, {@code String}, {@code int}, {@code long}, {@code double}, {@code boolean} and their boxed
 * forms ({@code Integer}: the {@code int} behind a presence mark), {@code LocalDate}, enums, {@link Refs},
 * {@code List} and {@code Map<String, ...>} of these; another type fails the generator with its name. The YAML side of a new field (its key, its
 * checks) is {@link CatalogBinder}'s, and catalog/README.md says how a user writes it.
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
        Input data = new Input(source);
        if (data.readInt() != VERSION) {
            return null;
        }
        T value = body.read(new In(data));
        long expected = data.checksum();
        return data.readLong() == expected && data.atEnd() ? value : null;
    }

    /**
     * What {@link DataInputStream} reads (the same encoding), from a buffer that it sums (CRC-32C) a
     * buffer at a time, up to when it is asked. Each field is read straight from the buffer: through a
     * {@code DataInputStream} every byte was a call on the stream below, which at start-up, before any
     * of it is compiled, made reading the built-in snapshot several times slower. Not thread-safe.
     */
    static final class Input {
        private final InputStream source;
        private final byte[] buffer = new byte[1 << 16];
        private final CRC32C crc = new CRC32C();
        private int position;
        private int limit;
        /** Where in the buffer the bytes not yet summed begin. */
        private int summed;

        Input(InputStream source) {
            this.source = source;
        }

        /** The sum of every byte read so far. */
        long checksum() {
            crc.update(buffer, summed, position - summed);
            summed = position;
            return crc.getValue();
        }

        /** Whether nothing follows what was read. */
        boolean atEnd() throws IOException {
            return position == limit && !fill(0);
        }

        /**
         * Makes at least {@code n} (at most the buffer's size) unread bytes available at {@link #position},
         * keeping the unread ones; false at the end of the input.
         */
        private boolean fill(int n) throws IOException {
            crc.update(buffer, summed, position - summed);
            int left = limit - position;
            System.arraycopy(buffer, position, buffer, 0, left);
            position = 0;
            summed = 0;
            limit = left;
            while (limit < Math.max(n, 1)) {
                int read = source.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        }

        private void need(int n) throws IOException {
            if (limit - position < n && !fill(n)) {
                throw new EOFException();
            }
        }

        byte readByte() throws IOException {
            need(1);
            return buffer[position++];
        }

        boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        int readInt() throws IOException {
            need(4);
            byte[] b = buffer;
            int p = position;
            position = p + 4;
            return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | b[p + 3] & 0xff;
        }

        long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        double readDouble() throws IOException {
            return Double.longBitsToDouble(readLong());
        }

        /** The next {@code n} bytes as UTF-8 text. */
        String readText(int n) throws IOException {
            if (n <= buffer.length) {
                need(n);
                String s = new String(buffer, position, n, StandardCharsets.UTF_8);
                position += n;
                return s;
            }
            byte[] bytes = new byte[n];
            int done = 0;
            while (done < n) {
                need(1);
                int k = Math.min(n - done, limit - position);
                System.arraycopy(buffer, position, bytes, done, k);
                position += k;
                done += k;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * The layout's version: {@link #ENCODING} and the digest of the generated records' layout, so that a
     * field added, removed or retyped changes it by itself; a file in another layout is ignored (a cache is
     * then rewritten).
     */
    static final int VERSION = 31 * ENCODING + CatalogRecords.LAYOUT;

    static void write(Out out, CatalogLoader.Parsed p) throws IOException {
        CatalogRecords.writeParsed(out, p);
    }

    static CatalogLoader.Parsed read(In in) throws IOException {
        CatalogLoader.Parsed p = CatalogRecords.readParsed(in);
        if (p == null) {
            throw new IOException("no catalog");
        }
        return p;
    }

    // ---- the values the generated code writes by calling here ----

    static void writeDate(Out o, LocalDate d) throws IOException {
        o.data.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    static LocalDate readDate(In i) throws IOException {
        long day = i.data.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    /** An enum constant written as its position (-1 for null); {@code values} as {@code E.values()} gives them. */
    static <E> E constant(In i, E[] values) throws IOException {
        int k = i.data.readByte();
        if (k < -1 || k >= values.length) {
            throw new IOException("bad enum constant");
        }
        return k < 0 ? null : values[k];
    }

    /**
     * A group of references: not a record but parallel arrays ({@link Refs} says why), so written by hand.
     * Change {@link #ENCODING} when this changes.
     */
    static void writeRefs(Out o, Refs r) throws IOException {
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

    static Refs readRefs(In i) throws IOException {
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
        final Input data;
        private final List<String> strings = new ArrayList<>();

        In(Input data) {
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
            String s = data.readText(-2 - n);
            strings.add(s);
            return s;
        }

        /** A count of items, -1 for null; a corrupt count is an error, not an allocation. */
        int count() throws IOException {
            int n = data.readInt();
            if (n < -1 || n > 50_000_000) {
                throw new IOException("bad count");
            }
            return n;
        }
    }
}
