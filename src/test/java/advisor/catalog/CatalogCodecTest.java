package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checksummed framing of the snapshot and the file cache (what was written comes back, a changed byte
 * never does), and the record descriptions against the records they describe.
 */
class CatalogCodecTest {
    /** Longer than the reader's buffer, so that the sum spans several buffers. */
    private static final String TEXT = "x".repeat(200_000);

    private static byte[] written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogCodec.writeChecked(bytes, (out, unused) -> {
            out.str("head");
            out.str(TEXT);
            out.data.writeInt(42);
        });
        return bytes.toByteArray();
    }

    private static String read(byte[] bytes) throws IOException {
        return CatalogCodec.readChecked(new ByteArrayInputStream(bytes), in -> in.str() + ":" + in.str().length() + ":"
                + in.data.readInt());
    }

    @Test
    void whatWasWrittenComesBack() throws IOException {
        assertThat(read(written())).isEqualTo("head:200000:42");
    }

    @Test
    void aChangedByteAnywhereIsNoticed() throws IOException {
        byte[] bytes = written();
        // in the long string (still readable as one), at a buffer's edge, in the last field and in the sum itself
        for (int at : new int[] {20, 1 << 16, (1 << 16) + 1, 150_000, bytes.length - 9, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x01;
            assertThat(read(changed)).as("byte %d changed", at).isNull();
        }
        assertThat(read(Arrays.copyOf(bytes, bytes.length + 1))).as("a byte after the sum").isNull();
    }

    private static List<CatalogCodec.RecordCodec<?>> descriptions() {
        List<CatalogCodec.RecordCodec<?>> all = new ArrayList<>(CatalogCodec.RECORDS);
        all.add(LibraryFileCache.ENTRY);
        all.add(LibraryFileCache.STAMP);
        return all;
    }

    @Test
    void eachDescriptionNamesItsRecordsComponentsInOrderWithPrimitiveCodecsForPrimitives() {
        for (CatalogCodec.RecordCodec<?> codec : descriptions()) {
            RecordComponent[] components = codec.type.getRecordComponents();
            assertThat(codec.fields.stream().map(CatalogCodec.Field::name).toList()).as("fields of %s", codec.type)
                    .containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
            for (int k = 0; k < components.length; k++) {
                assertThat(codec.fields.get(k).codec().primitive()).as("%s.%s is primitive", codec.type.getSimpleName(),
                        components[k].getName()).isEqualTo(components[k].getType().isPrimitive());
            }
        }
    }

    @Test
    void everyRecordThatTheSnapshotOrTheCacheHoldsIsDescribed() {
        Set<Class<?>> described = new HashSet<>();
        descriptions().forEach(c -> described.add(c.type));
        Set<Class<?>> seen = new HashSet<>();
        List<Type> todo = new ArrayList<>(List.of(CatalogLoader.Parsed.class, LibraryFileCache.Entry.class));
        while (!todo.isEmpty()) {
            Type t = todo.remove(todo.size() - 1);
            if (t instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                assertThat(described).as("%s has a description in CatalogCodec", c.getName()).contains(c);
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.add(rc.getGenericType());
                }
            }
        }
    }
}
