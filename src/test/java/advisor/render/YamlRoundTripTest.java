package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * YAML output read back by real YAML 1.1 readers: SnakeYAML (its default resolver is YAML 1.1) and,
 * where it is installed, PyYAML. Property style: every string of a large generated list of tricky
 * strings (numbers, dates, times, booleans, nulls, indicators, spaces, line breaks, invisible
 * characters...) must come back as the same string, and every number as a number of the same value.
 */
class YamlRoundTripTest {
    /** Strings that YAML 1.1 readers are known to turn into something else, or to reject, when written plain. */
    private static final List<String> KNOWN = List.of("=", "0x10", "1_000", "1:30", ".inf", "-.inf", "+.inf", ".NaN",
            "2025-10-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "yes", "no", "Yes", "NO",
            "on", "off", "On", "OFF", "y", "n", "Y", "N", "true", "False", "TRUE", "~", "null", "Null", "NULL", "",
            "010", "0o17", "0b101", "-0b101", "+0x1F", "190:20:30", "-190:20:30", "1.5e3", "1e3", "1E+3", "6.8523015e+5",
            "685.230_15e+03", "685_230.15", "+685_230", "02472256", "0.", ".5", "-.5", "+1", "-1", "1.10", "0.8.0",
            " leading", "trailing ", " both ", "\ttab", "tab\t", "-", "- item", "-item", "?", "? key", "?key", ":",
            ": value", ":value", "key:", "key: value", "a #comment", "#comment", "<<", "<< ", "!tag", "!!str", "&anchor",
            "*alias", "|", "|-", ">", ">-", "'", "\"", "'quoted'", "\"quoted\"", "%TAG", "@at", "`tick", "[", "]",
            "[a, b]", "{", "}", "{a: b}", ",", ",comma", "---", "...", "--- x", "... x", "\\", "\\n", "a\\b",
            "line\nbreak", "line\n  indented", "two\n\nparagraphs", "ends with newline\n", "\nstarts with newline",
            "trailing space \nline", "# not a comment\nsecond", "- not a list\n- really", "crlf\r\nline", "cr\ronly",
            "Qd\u200Brant", "\u202Eevil", "a\u202Db", "\u2066isolate\u2069", "\u200Emark\u200F", "\u061Carabic",
            "\uFEFFbom", "word\u2060joiner", "zw\u200Cnj\u200Dj", "line\u2028separator", "para\u2029separator",
            "next\u0085line", "\u001b[31mred", "bell\u0007", "del\u007F", "c1\u009B", "nbsp\u00A0", "\u00A0nbsp",
            "\u3000ideographic", "中文", "LLM 推理", "RAG 系统", "边缘 AI", "✅ ready", "🏆", "e\u0301", "\uD83D\uDE00x",
            "plain text", "Sea-ORM", "a: b: c", "a:b", "http://example.com/x#y", "C#", "F# and C#", "100%", "50 %",
            "5,200+", "1,000", "$100", "v1.2", "1.2.3-beta", "NaN", "Infinity", "-Infinity", "0", "-0", "00", "0xGG",
            "0b102", "1__0", "_1", "1_", "12:60", "1:2:3:4", "2025-13-45", "2025-1-1", "20251001", "1e", "e3");

    private static final String ALPHABET = "aZ09 -_.:#?!&*|>'\"%@`,[]{}=<~+/\\\t\nxXoObBeE\u00A0\u2028\u202E\u200B中";

    @TempDir
    Path temp;

    /** The known cases, each of them with a prefix or suffix, and seeded random strings from a tricky alphabet. */
    static List<String> trickyStrings() {
        Set<String> all = new LinkedHashSet<>(KNOWN);
        for (String s : KNOWN) {
            for (String affix : List.of(" ", "x", "-", ":", "#", " #", ": ", "\n", "'", "\"", ".", "0")) {
                all.add(s + affix);
                all.add(affix + s);
            }
            all.add(s.toUpperCase(java.util.Locale.ROOT));
        }
        Random random = new Random(20251125);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            all.add(sb.toString());
        }
        return List.copyOf(all);
    }

    /** The strings as the values of a list and as keys of a mapping, and some numbers. */
    private static Map<String, Object> document(List<String> strings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("strings", strings);
        Map<String, Object> keyed = new LinkedHashMap<>();
        for (int i = 0; i < strings.size(); i++) {
            keyed.put(strings.get(i), i);
        }
        doc.put("keys", keyed);
        List<Map<String, Object>> nested = new ArrayList<>();
        for (String s : strings.subList(0, 200)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", s);
            item.put("list", List.of(s, List.of(s)));
            nested.add(item);
        }
        doc.put("nested", nested);
        return doc;
    }

    private static final List<Number> NUMBERS = List.of(0, -1, 42, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"),
            new BigDecimal("4.50"), new BigDecimal("-0.5"), new BigDecimal("1E+3"), new BigDecimal("1E-7"),
            new BigDecimal("12345678901234567890"), new BigDecimal("0.000"), 5.0, 0.1, -2.5, 1e10, 1.5e-7, 1e15, 4.43);

    private static Map<String, Object> numbers() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("numbers", NUMBERS);
        doc.put("flags", List.of(true, false));
        doc.put("nothing", java.util.Arrays.asList(null, "null"));
        return doc;
    }

    @Test
    void everyTrickyStringReadsBackAsItselfInSnakeYaml() {
        List<String> strings = trickyStrings();
        Map<String, Object> read = new Yaml().load(DataRenderer.yaml(document(strings)));
        assertRoundTrip(strings, read);
    }

    @Test
    void everyTrickyStringReadsBackAsItselfInPyYaml() throws Exception {
        List<String> strings = trickyStrings();
        JsonNode read = pyYaml(DataRenderer.yaml(document(strings)));
        @SuppressWarnings("unchecked")
        Map<String, Object> asJava = new ObjectMapper().convertValue(read, Map.class);
        assertRoundTrip(strings, asJava);
    }

    @SuppressWarnings("unchecked")
    private static void assertRoundTrip(List<String> strings, Map<String, Object> read) {
        List<Object> values = (List<Object>) read.get("strings");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            if (!strings.get(i).equals(values.get(i))) {
                wrong.add(show(strings.get(i)) + " read back as " + show(values.get(i)));
            }
        }
        assertThat(wrong).as("strings that did not read back as themselves").isEmpty();
        Map<Object, Object> keys = (Map<Object, Object>) read.get("keys");
        assertThat(keys.keySet().stream().map(k -> k instanceof String ? k : "(not a string) " + k).toList())
                .containsExactlyElementsOf(strings);
        List<Map<String, Object>> nested = (List<Map<String, Object>>) read.get("nested");
        for (int i = 0; i < nested.size(); i++) {
            String s = strings.get(i);
            assertThat(nested.get(i)).as(show(s)).isEqualTo(Map.of("text", s, "list", List.of(s, List.of(s))));
        }
    }

    @Test
    void numbersReadBackAsNumbersOfTheSameValueInSnakeYaml() {
        assertNumbers(new Yaml().load(DataRenderer.yaml(numbers())));
    }

    @Test
    void numbersReadBackAsNumbersOfTheSameValueInPyYaml() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> read = new ObjectMapper().convertValue(pyYaml(DataRenderer.yaml(numbers())), Map.class);
        assertNumbers(read);
    }

    @SuppressWarnings("unchecked")
    private static void assertNumbers(Map<String, Object> read) {
        List<Object> numbers = (List<Object>) read.get("numbers");
        for (int i = 0; i < NUMBERS.size(); i++) {
            Number expected = NUMBERS.get(i);
            assertThat(numbers.get(i)).as("%s", expected).isInstanceOf(Number.class);
            assertThat(new BigDecimal(numbers.get(i).toString()).compareTo(new BigDecimal(expected.toString())))
                    .as("%s read back as %s", expected, numbers.get(i)).isZero();
        }
        assertThat(read.get("flags")).isEqualTo(List.of(true, false));
        assertThat(read.get("nothing")).isEqualTo(java.util.Arrays.asList(null, "null"));
    }

    /** YAML 1.2's core schema (spec 10.3.2): a string it would resolve to null, a boolean or a number is never left plain. */
    @Test
    void noStringThatYaml12ResolvesIsLeftPlain() {
        Pattern core = Pattern.compile("null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+"
                + "|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)"
                + "|\\.nan|\\.NaN|\\.NAN");
        for (String s : trickyStrings()) {
            if (core.matcher(s).matches()) {
                assertThat(YamlWriter.plain(s)).as(show(s)).isFalse();
            }
        }
    }

    @Test
    void noControlBidiOrInvisibleCharacterIsWrittenRaw() {
        String yaml = DataRenderer.yaml(document(trickyStrings()));
        yaml.codePoints().filter(cp -> cp != '\n').forEach(cp -> assertThat(
                Character.isISOControl(cp) || advisor.model.Invisible.is(cp)).as("U+%04X written raw", cp).isFalse());
        assertThat(DataRenderer.yaml(Map.of("note", "a\u202Eb"))).isEqualTo("note: \"a\\u202Eb\"\n");
    }

    private JsonNode pyYaml(String yaml) throws IOException, InterruptedException {
        Assumptions.assumeTrue(pyYamlInstalled(), "PyYAML is not installed (python3 -c 'import yaml'): skipped");
        Path in = temp.resolve("in.yaml");
        Files.writeString(in, yaml, StandardCharsets.UTF_8);
        Path out = temp.resolve("out.json");
        Process p = new ProcessBuilder("python3", "-c", "import json, sys, yaml\n"
                + "data = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                + "json.dump(data, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=True)\n",
                in.toString(), out.toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("PyYAML finished").isTrue();
        assertThat(p.exitValue()).as("PyYAML failed:\n%s", messages).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    private static boolean pyYamlInstalled() {
        return advisor.Tools.succeeds("python3", "-c", "import yaml");
    }

    private static String show(Object o) {
        if (!(o instanceof String s)) {
            return o == null ? "null" : o + " (" + o.getClass().getSimpleName() + ")";
        }
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return sb.append('"').toString();
    }
}
