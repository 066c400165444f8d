package advisor.render;

import java.util.List;

/**
 * A table of characters and what each becomes, for the formats that escape text one character at a time
 * (TSV cells, XML, Mermaid labels): the {@code i}-th of {@code chars} becomes the {@code i}-th replacement,
 * every other character stays.
 */
public record Escapes(String chars, List<String> replacements) {
    public Escapes {
        replacements = List.copyOf(replacements);
        if (chars.length() != replacements.size()) {
            throw new IllegalArgumentException(chars.length() + " characters but " + replacements.size() + " replacements");
        }
    }

    /** The table where {@code chars.charAt(i)} becomes {@code replacements[i]}. */
    public static Escapes of(String chars, String... replacements) {
        return new Escapes(chars, List.of(replacements));
    }

    /** {@code s} with every character of the table replaced. */
    public String apply(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = chars.indexOf(c);
            if (k < 0) {
                sb.append(c);
            } else {
                sb.append(replacements.get(k));
            }
        }
        return sb.toString();
    }
}
