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
import java.util.Map;

/**
 * Writes a command's data as JSON or YAML: keys in the order built, two-space indent, newline at the
 * end. Neither carries a control, bidirectional or invisible character raw: JSON writes them as
 * {@code \\u} escapes (so they read back as themselves), and so does {@link YamlWriter}.
 */
public final class DataRenderer {
    private DataRenderer() {
    }

    public static String json(Map<String, Object> data) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper().writer(printer).with(new Escapes());
        try {
            return supplementary(writer.writeValueAsString(data)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** JSON on one line (JSON Lines: batch answers a script splits by line), newline at the end. */
    public static String jsonLine(Map<String, Object> data) {
        try {
            return supplementary(new ObjectMapper().writer().with(new Escapes()).writeValueAsString(data)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /**
     * Escapes the invisible characters beyond the Basic Multilingual Plane (tags such as U+E0001, the musical
     * and hieroglyph format controls) as their surrogate pair, {@code \\uDB40\\uDC01}. Jackson hands
     * {@link Escapes} one UTF-16 unit at a time, so it cannot tell them from an emoji; outside strings JSON
     * holds only ASCII, so every such code point found here is inside a string, where the escape reads back
     * as the same character.
     */
    static String supplementary(String json) {
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

    public static String yaml(Map<String, Object> data) {
        return YamlWriter.write(data);
    }

    /**
     * JSON's own escapes, plus DEL, the C1 controls (a terminal may take U+009B for an escape
     * sequence) and every {@link Invisible} character, written as {@code \\uXXXX}.
     */
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
