package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The checksummed framing of the snapshot and the file cache: what was written comes back, a changed byte never does. */
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
}
