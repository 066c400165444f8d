package advisor.render;

import advisor.model.Invisible;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Locale;

/**
 * The reference {@link JsonWriter} is held to: JSON as Jackson's databind wrote every answer before it, configured
 * exactly as {@code DataRenderer} configured it (the pretty printer, the escapes, the pass over invisible
 * characters beyond the Basic Multilingual Plane).
 */
public final class JacksonJson {
    private JacksonJson() {
    }

    public static String pretty(Object data) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return write(new ObjectMapper().writer(printer).with(new Escapes()), data);
    }

    public static String compact(Object data) {
        return write(new ObjectMapper().writer().with(new Escapes()), data);
    }

    private static String write(ObjectWriter writer, Object data) {
        try {
            return supplementary(writer.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static String supplementary(String json) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))
                    && Invisible.is(Character.toCodePoint(ch, json.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16);
                }
                out.append(json, copied, i).append(String.format(Locale.ROOT, "\\u%04X\\u%04X", (int) ch, (int) json.charAt(i + 1)));
                copied = i + 2;
                i++;
            }
        }
        return out == null ? json : out.append(json, copied, json.length()).toString();
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0x9F || Invisible.is(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }
}
