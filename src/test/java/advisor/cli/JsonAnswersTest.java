package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.render.JacksonJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer the golden cases give, asked for as JSON (and as JSON Lines in one batch), is written byte for byte
 * as Jackson wrote the same tree: the answer is read back into maps, lists, strings, booleans and numbers that
 * keep their text, and Jackson, configured as the answers were written before, writes that tree again.
 */
class JsonAnswersTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The cases' arguments asking for JSON: the format they name replaced, else one added. */
    private static List<GoldenTest.Case> jsonCases() throws IOException {
        List<GoldenTest.Case> out = new ArrayList<>();
        for (GoldenTest.Case c : GoldenTest.cases().toList()) {
            List<String> args = new ArrayList<>(List.of(c.args()));
            if (args.isEmpty() || args.get(0).equals("radar")) {
                continue; // the radar's JSON is its own document (RadarWriters), not an answer
            }
            int at = Math.max(args.indexOf("--format"), args.indexOf("-o"));
            if (at >= 0 && at + 1 < args.size()) {
                args.set(at + 1, "json");
            } else {
                args.removeIf(a -> a.startsWith("--format="));
                args.add("--format");
                args.add("json");
            }
            out.add(new GoldenTest.Case(c.name(), c.env(), args.toArray(String[]::new)));
        }
        List<String[]> none = List.of();
        String[] unsafe = {"--no-builtin-catalog", "--catalog", "src/test/resources/mini", "--catalog", "src/test/resources/unsafe-text"};
        for (String[] extra : List.of(new String[] {"show", "sneaky"}, new String[] {"list"}, new String[] {"recommend", "--scenario", "rag"})) {
            List<String> args = new ArrayList<>(List.of(extra));
            args.addAll(List.of(unsafe));
            args.addAll(List.of("--format", "json"));
            out.add(new GoldenTest.Case("unsafe-" + extra[0], none, args.toArray(String[]::new)));
        }
        return out;
    }

    @Test
    void everyAnswerIsWrittenAsJacksonWroteIt() throws IOException {
        int answers = 0;
        for (GoldenTest.Case c : jsonCases()) {
            Cli cli = new Cli().env("COLUMNS", "100");
            for (String[] kv : c.env()) {
                cli.env(kv[0], kv[1]);
            }
            Cli.Result r = cli.run(c.args());
            if (r.exit() != 0 || !r.out().startsWith("{")) {
                continue; // a usage error or a command without a JSON view
            }
            assertThat(r.out()).as(c.name()).isEqualTo(JacksonJson.pretty(read(r.out())) + "\n");
            answers++;
        }
        assertThat(answers).isGreaterThan(60);
    }

    @Test
    void everyBatchAnswerIsOneLineAsJacksonWroteIt() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (GoldenTest.Case c : jsonCases()) {
            if (!c.env().isEmpty()) {
                continue;
            }
            List<String> quoted = new ArrayList<>();
            for (String a : c.args()) {
                quoted.add(a.contains(" ") ? "\"" + a + "\"" : a);
            }
            lines.append(String.join(" ", quoted)).append('\n');
        }
        Cli.Result r = new Cli().stdin(lines.toString()).run("shell");
        int answers = 0;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("{")) {
                assertThat(line).isEqualTo(JacksonJson.compact(read(line)));
                answers++;
            }
        }
        assertThat(answers).as(r.toString()).isGreaterThan(60);
    }

    /** JSON back into a tree; a number keeps its text, so that Jackson writes it again as it stands. */
    private static Object read(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            Object tree = value(p);
            assertThat(p.nextToken()).isNull();
            return tree;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Text(p.getText());
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("unexpected " + t);
        }
    }

    /** A number as the text it was written in (Jackson writes a Number it has no serializer for by toString). */
    private static final class Text extends Number {
        private static final long serialVersionUID = 1L;
        private final String text;

        Text(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int intValue() {
            return (int) doubleValue();
        }

        @Override
        public long longValue() {
            return (long) doubleValue();
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }
    }
}
