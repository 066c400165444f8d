package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import advisor.model.Invisible;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonWriter} writes every tree byte for byte as Jackson did ({@link JacksonJson}), pretty and on one line. */
class JsonWriterTest {
    private static void same(Object tree) {
        assertThat(JsonWriter.pretty(tree)).isEqualTo(JacksonJson.pretty(tree));
        assertThat(JsonWriter.compact(tree)).isEqualTo(JacksonJson.compact(tree));
    }

    @Test
    void writesTheShapeJacksonsPrettyPrinterWrote() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("empty list", List.of());
        m.put("empty map", Map.of());
        m.put("list", List.of(1, List.of(), Map.of(), List.of(List.of("x")), "y"));
        m.put("none", null);
        assertThat(JsonWriter.pretty(m)).isEqualTo("{\n  \"a\" : 1,\n  \"empty list\" : [ ],\n  \"empty map\" : { },\n"
                + "  \"list\" : [\n    1,\n    [ ],\n    { },\n    [\n      [\n        \"x\"\n      ]\n    ],\n    \"y\"\n  ],\n"
                + "  \"none\" : null\n}");
        assertThat(JsonWriter.compact(m)).isEqualTo("{\"a\":1,\"empty list\":[],\"empty map\":{},\"list\":[1,[],{},[[\"x\"]],\"y\"],\"none\":null}");
        same(m);
        same(Map.of());
        same(List.of());
    }

    @Test
    void writesEveryNumberTypeAsJacksonDid() {
        List<Object> numbers = new ArrayList<>(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0L, Long.MIN_VALUE,
                Long.MAX_VALUE, (short) -32768, (short) 32767, (byte) -128, (byte) 127, BigInteger.ZERO,
                new BigInteger("-123456789012345678901234567890"), BigInteger.TWO.pow(200),
                true, false));
        for (String d : List.of("0", "0.0", "-0.00", "1E+3", "1E-7", "0.000001", "0.0000001", "123.4500", "-1.5E+300",
                "1E-300", "12345678901234567890.123456789", "0.85", "100", "1e2", "-7.25E-11")) {
            numbers.add(new BigDecimal(d));
        }
        numbers.add(BigDecimal.valueOf(5, -3));
        numbers.add(BigDecimal.valueOf(0.1));
        for (double d : new double[] {0.0, -0.0, 1.0, -1.0, 0.1, 0.85, 1e-3, 1e-4, 1e7, 1e6, 9999999.0, 1.0E-5, 123456789.0,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 2e-323, 1.0 / 3, 2.0 / 3, 100.0 / 7}) {
            numbers.add(d);
            numbers.add((float) d);
        }
        numbers.add(Float.MIN_VALUE);
        numbers.add(Float.MAX_VALUE);
        numbers.add(Float.NaN);
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            numbers.add(Double.longBitsToDouble(random.nextLong()));
            numbers.add(Float.intBitsToFloat(random.nextInt()));
            numbers.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            numbers.add(BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 20));
            numbers.add(random.nextLong());
            numbers.add(random.nextInt());
        }
        same(numbers);
        same(Map.of("n", numbers));
    }

    @Test
    void escapesEveryBasicMultilingualPlaneCharacterAsJacksonDid() {
        for (int from = 0; from < 0x10000; from += 0x400) {
            StringBuilder s = new StringBuilder();
            for (int c = from; c < from + 0x400; c++) {
                s.append((char) c);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(s.toString(), s.toString());
            m.put("one by one", s.chars().mapToObj(c -> String.valueOf((char) c)).toList());
            same(m);
        }
        // the escapes themselves: short forms, upper-case hex, '/' as itself
        assertThat(JsonWriter.compact(List.of("\"\\/\b\t\n\f\r\u0000\u001f\u007f\u0080\u009f\u00a0\u00ad\u200b\u202e\u2028\ufeff")))
                .isEqualTo("[\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001F\\u007F\\u0080\\u009F\u00a0\\u00AD\\u200B\\u202E\\u2028\\uFEFF\"]");
    }

    @Test
    void escapesInvisibleCharactersBeyondThePlaneAsTheirPairAndLeavesTheRestAsTheyAre() {
        StringBuilder invisible = new StringBuilder();
        StringBuilder visible = new StringBuilder();
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
            (Invisible.is(cp) ? invisible : visible).appendCodePoint(cp);
        }
        assertThat(invisible.length()).isPositive();
        same(List.of(invisible.toString(), Map.of(invisible.toString(), visible.toString())));
        // lone surrogates, halves in the wrong order, a pair split by an escape, a pair at either end
        for (String s : List.of("\uD800", "\uDC00", "a\uDC00\uD800b", "\uDB40\u0001\uDC01", "\uDB40\uDC01", "x\uDB40",
                "\uDC01x", "\uD83D\uDE00\uDB40\uDC7F\uD83D", "\uDB40\uDB40\uDC01\uDC01")) {
            same(Map.of(s, List.of(s, s + s)));
        }
    }

    @Test
    void writesRandomTreesAsJacksonDid() {
        Random random = new Random(1616);
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> tree = new LinkedHashMap<>();
            int n = random.nextInt(6);
            for (int k = 0; k < n; k++) {
                tree.put(string(random), value(random, 0));
            }
            same(tree);
        }
    }

    @Test
    void namesNonStringKeysAsJacksonDidAndRefusesWhatIsNotJson() {
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(1, "int");
        keys.put(2L, "long");
        keys.put(Format.JSON, "enum");
        keys.put(new BigDecimal("1E+3"), "decimal");
        same(keys);
        Map<Object, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> JsonWriter.pretty(nullKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.compact(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON value");
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 6 ? 9 : 11);
        switch (kind) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return random.nextInt();
            case 3:
                return random.nextLong();
            case 4:
                return random.nextBoolean() ? (Object) random.nextDouble() : (Object) Double.longBitsToDouble(random.nextLong());
            case 5:
                return BigDecimal.valueOf(random.nextLong(), random.nextInt(30) - 10);
            case 6:
                return new BigInteger(random.nextInt(200) + 1, random);
            case 7:
            case 8:
                return string(random);
            case 9: {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(value(random, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    map.put(string(random), value(random, depth + 1));
                }
                return map;
            }
        }
    }

    /** A string from every corner: ASCII, controls, any BMP unit (lone surrogates included), any code point. */
    private static String string(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(5)) {
                case 0 -> s.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> s.append((char) random.nextInt(0xA0));
                case 2 -> s.append((char) random.nextInt(0x10000));
                case 3 -> s.appendCodePoint(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
                default -> s.appendCodePoint(0xE0000 + random.nextInt(0x80));
            }
        }
        return s.toString();
    }
}
