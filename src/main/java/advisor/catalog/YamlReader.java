package advisor.catalog;

import advisor.model.Loc;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads one YAML file into a {@link YNode} tree with locations, through Jackson's YAML parser (over
 * SnakeYAML, fed by {@link WholeTextReader} so that reading stays linear in the file's size).
 * It is strict where YAML is surprising: duplicate keys, anchors, aliases, merge keys, tags and
 * several documents in one file are reported as problems rather than silently resolved.
 */
final class YamlReader {
    /** Largest file the loader reads; far above any real library file, small enough to bound memory. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** The deepest nesting read; YamlSubset and the events reader decline deeper files, which the full path reports. */
    static final int MAX_DEPTH = 40;

    /**
     * Jackson's factory and SnakeYAML's limits, made on first use: most files are read by {@link YamlSubset},
     * and a run that reads no other needs neither library loaded.
     */
    private static final class Parsers {
        /** SnakeYAML's limits, as the factory has them (never changed once made). */
        static final LoaderOptions OPTIONS = options();
        static final LocatingFactory FACTORY = new LocatingFactory();

        private static LoaderOptions options() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(MAX_FILE_BYTES);
            options.setNestingDepthLimit(MAX_DEPTH + 10);
            options.setMaxAliasesForCollections(10);
            return options;
        }
    }

    private final String file;
    private final Problems problems;

    /** Thrown to stop reading a file nested too deep, once that is reported: one error per cause. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    YamlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The root node of the file, or null when it could not be read (the problems say why). */
    YNode read(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.error("file-too-large", Loc.file(file), "file is " + bytes.length
                    + " bytes; the limit is " + MAX_FILE_BYTES + " bytes per file");
            return null;
        }
        String text = decode(bytes);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problems.error("empty-file", new Loc(file, 1, 1), "file is empty; expected a YAML mapping");
            return null;
        }
        YNode fast = YamlSubset.read(text, file);
        if (fast == null) {
            fast = Events.read(text, file);
        }
        return fast != null ? fast : full(text);
    }

    /**
     * The file read through Jackson's parser, every problem reported: the last of the three readers, for a file
     * that neither {@link YamlSubset} nor {@link Events} reads.
     */
    YNode full(String text) {
        try (LocatingParser parser = Parsers.FACTORY.parser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error("empty-file", new Loc(file, 1, 1), "file holds no YAML document; expected a mapping");
                return null;
            }
            YNode root = readValue(parser, 0);
            if (root != null && parser.nextToken() != null) {
                problems.error("multiple-documents", loc(parser.currentTokenLocation()),
                        "file holds more than one YAML document; keep one document per file");
                return null;
            }
            return root;
        } catch (TooDeep e) {
            return null;
        } catch (StreamReadException e) {
            syntaxError(e);
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error("yaml-syntax", Loc.file(file), "YAML could not be read: " + plain(String.valueOf(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.error("too-deep", Loc.file(file), "YAML nesting is too deep");
            return null;
        }
    }

    private void syntaxError(StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            Mark mark = y.getProblemMark();
            String message = y.getProblem() == null ? "invalid YAML" : y.getProblem().strip();
            if (y.getContext() != null && y.getContextMark() != null) {
                message += " (" + y.getContext().strip() + " that starts at line " + (y.getContextMark().getLine() + 1)
                        + ", column " + (y.getContextMark().getColumn() + 1) + ")";
            }
            problems.error("yaml-syntax", new Loc(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax: " + message.replace("\t", "tab").replace("\n", " "));
            return;
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
        problems.error("yaml-syntax", at == null ? Loc.file(file) : loc(at), "YAML syntax: " + plain(message));
    }

    private String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            problems.error("byte-order-mark", new Loc(file, 1, 1),
                    "file starts with a byte-order mark; save it as UTF-8 without BOM");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.error("control-character", position(text, nul), "file contains a NUL character; is it binary?");
                return null;
            }
            return text;
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            problems.error("invalid-utf8", position(prefix + "x", prefix.length()),
                    "file is not valid UTF-8 (byte " + bad + "); save it as UTF-8");
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = 0;
        int hi = bytes.length;
        // the longest valid prefix, by bisection on prefixes that end on a character boundary
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        // a valid prefix may stop inside a character; step back to a character start
        while (lo > 0 && (bytes[lo] & 0xC0) == 0x80) {
            lo--;
        }
        return lo;
    }

    private Loc position(String text, int index) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Loc(file, line, col);
    }

    private YNode readValue(LocatingParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            problems.error("too-deep", loc(p.currentTokenLocation()), "YAML nesting is deeper than " + MAX_DEPTH
                    + " levels; a catalog file needs far fewer");
            throw new TooDeep(); // the rest of the file would only repeat it, level after level
        }
        Loc at = loc(p.currentTokenLocation());
        if (p.isCurrentAlias()) {
            problems.error("yaml-alias", at, "YAML alias *" + p.getText()
                    + " is not supported; write the value out in full");
            return null;
        }
        Event event = p.lastEvent();
        if (!checkAnchorAndTag(event, at)) {
            skipValue(p);
            return null;
        }
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Loc keyLoc = loc(p.currentTokenLocation());
                    p.nextToken();
                    YNode value = readValue(p, depth + 1);
                    if ("<<".equals(key)) {
                        problems.error("yaml-merge-key", keyLoc, "YAML merge keys (<<) are not supported; write the keys out in full");
                    } else if (entries.containsKey(key)) {
                        YNode.Entry earlier = entries.get(key);
                        problems.error("duplicate-key", keyLoc, "duplicate key '" + key + "' (first at line "
                                + earlier.keyLoc().line() + ")");
                    } else {
                        // a null value was reported already; keeping the key stops a "missing key" echo
                        entries.put(key, new YNode.Entry(key, keyLoc, value));
                    }
                }
                return new YNode.Mapping(entries, at);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, depth + 1));
                }
                return new YNode.Sequence(items, at);
            }
            default -> {
                if (event instanceof ScalarEvent scalar) {
                    boolean plain = scalar.isPlain();
                    String raw = scalar.getValue();
                    return new YNode.Scalar(raw, plain, plain ? resolve(raw) : YNode.Scalar.Type.STRING, at);
                }
                return new YNode.Scalar(p.getText(), false, YNode.Scalar.Type.STRING, at);
            }
        }
    }

    private boolean checkAnchorAndTag(Event event, Loc at) {
        String anchor = null;
        String tag = null;
        if (event instanceof ScalarEvent s) {
            anchor = s.getAnchor();
            tag = s.getTag();
        } else if (event instanceof CollectionStartEvent c) {
            anchor = c.getAnchor();
            tag = c.getTag();
        }
        boolean ok = true;
        if (anchor != null) {
            problems.error("yaml-anchor", at, "YAML anchor &" + anchor + " is not supported; write values out in full");
            ok = false;
        }
        if (tag != null && !tag.equals("!")) {
            problems.error("yaml-tag", at, "YAML tag " + tag + " is not supported; remove it");
            ok = false;
        }
        return ok;
    }

    private static void skipValue(YAMLParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    /**
     * How YAML 1.1 resolves a plain scalar, as SnakeYAML's resolver does: a null ({@code ~|null|Null|NULL|}),
     * a boolean ({@code y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF}),
     * an integer ({@code [-+]?(0|[1-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+)}), a float
     * ({@code [-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)}),
     * else a text. Matched by hand rather than by those patterns: it runs for every value of every file
     * ({@code ScalarResolutionTest} checks it against the patterns).
     */
    static YNode.Scalar.Type resolve(String raw) {
        if (!raw.isEmpty() && !mayBeSpecial(raw.charAt(0))) {
            return YNode.Scalar.Type.STRING; // most plain scalars are words: none of the forms starts so
        }
        switch (raw) {
            case "", "~", "null", "Null", "NULL":
                return YNode.Scalar.Type.NULL;
            case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
                 "FALSE", "on", "On", "ON", "off", "Off", "OFF":
                return YNode.Scalar.Type.BOOL;
            default:
                break;
        }
        if (isInt(raw)) {
            return YNode.Scalar.Type.INT;
        }
        return isFloat(raw) ? YNode.Scalar.Type.FLOAT : YNode.Scalar.Type.STRING;
    }

    private static int afterSign(String s) {
        return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    }

    /** Whether every character from {@code from} on is one of {@code allowed}. */
    private static boolean allOf(String s, int from, String allowed) {
        for (int i = from; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInt(String s) {
        int i = afterSign(s);
        int n = s.length();
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= '1' && c <= '9') {
            return allOf(s, i + 1, "0123456789_");
        }
        if (c != '0') {
            return false;
        }
        if (i + 1 == n) {
            return true;
        }
        char d = s.charAt(i + 1);
        if (d == 'x' || d == 'X') {
            return i + 2 < n && allOf(s, i + 2, "0123456789abcdefABCDEF_");
        }
        int from = d == 'o' || d == 'O' ? i + 2 : i + 1;
        return from < n && allOf(s, from, "01234567_");
    }

    private static boolean isFloat(String s) {
        int n = s.length();
        int i = afterSign(s);
        if (i < n && s.charAt(i) == '.') {
            String rest = s.substring(i + 1);
            if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")
                    || i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
                return true;
            }
            int j = digits(s, i + 1, false);
            return j > i + 1 && exponent(s, j);
        }
        if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
            return false;
        }
        int j = digits(s, i + 1, true);
        if (j < n && s.charAt(j) == '.') {
            j = digits(s, j + 1, true);
        }
        return exponent(s, j);
    }

    /** Where the run of digits (and underscores, if {@code underscores}) from {@code i} ends. */
    private static int digits(String s, int i, boolean underscores) {
        while (i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || underscores && s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** Whether {@code s} from {@code j} is nothing or an exponent ({@code [eE][-+]?[0-9]+}). */
    private static boolean exponent(String s, int j) {
        int n = s.length();
        if (j == n) {
            return true;
        }
        if (s.charAt(j) != 'e' && s.charAt(j) != 'E') {
            return false;
        }
        j++;
        if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        int k = digits(s, j, false);
        return k > j && k == n;
    }

    /** Whether a plain scalar starting with {@code c} could be a null, boolean or number (see the patterns). */
    private static boolean mayBeSpecial(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '~' || "yYnNtTfFoO".indexOf(c) >= 0;
    }

    private Loc loc(JsonLocation l) {
        return new Loc(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    /**
     * The parser's message in the user's terms: its first line, without the Java names of the parser's
     * events ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}).
     */
    static String plain(String message) {
        String line = firstLine(message);
        if (line.startsWith("Expected a field name")) {
            return "a key must be a plain text, not a list or a mapping";
        }
        return line.replaceAll("<?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:\\([^)]*\\))?>?", "a YAML element").strip();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /**
     * The common case, a well-formed file, read straight from SnakeYAML's events: no Jackson parser, token
     * or location object per value. It gives the same tree, locations included, as the path through
     * Jackson's parser ({@code YamlReaderTest} compares them on every fixture); anything that path would
     * report a problem for, or that it might read differently (a syntax error, an anchor, alias or tag, a
     * key that is not a plain word, a duplicate or merge key, deep nesting, a root that is not a mapping,
     * several documents) makes it give up, and the file is read again by that path, which says exactly what
     * is wrong and where.
     */
    static final class Events {
        private final ParserImpl events;
        private final String file;

        private Events(ParserImpl events, String file) {
            this.events = events;
            this.file = file;
        }

        /** The file's tree, or null when it is not plainly well-formed (then the full path reads it). */
        static YNode read(String text, String file) {
            try {
                Events e = new Events(new ParserImpl(new WholeTextReader(text), Parsers.OPTIONS), file);
                return e.document();
            } catch (RuntimeException | StackOverflowError e) {
                return null; // a syntax error: the full path reports it as it always has
            }
        }

        private YNode document() {
            if (!(events.getEvent() instanceof org.yaml.snakeyaml.events.StreamStartEvent)
                    || !(events.getEvent() instanceof org.yaml.snakeyaml.events.DocumentStartEvent)) {
                return null;
            }
            Event first = events.getEvent();
            if (!(first instanceof org.yaml.snakeyaml.events.MappingStartEvent)) {
                return null;
            }
            YNode root = mapping((org.yaml.snakeyaml.events.MappingStartEvent) first, 0);
            return root != null && events.getEvent() instanceof org.yaml.snakeyaml.events.DocumentEndEvent
                    && events.getEvent() instanceof org.yaml.snakeyaml.events.StreamEndEvent ? root : null;
        }

        private Loc at(Event e) {
            Mark m = e.getStartMark();
            return new Loc(file, Math.max(m.getLine() + 1, 1), Math.max(m.getColumn() + 1, 1));
        }

        private YNode value(Event e, int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            if (e instanceof ScalarEvent s) {
                if (s.getAnchor() != null || s.getTag() != null && !s.getTag().equals("!")) {
                    return null;
                }
                boolean plain = s.isPlain();
                String raw = s.getValue();
                return new YNode.Scalar(raw, plain, plain ? resolve(raw) : YNode.Scalar.Type.STRING, at(s));
            }
            if (e instanceof org.yaml.snakeyaml.events.MappingStartEvent m) {
                return mapping(m, depth);
            }
            if (e instanceof org.yaml.snakeyaml.events.SequenceStartEvent q) {
                return sequence(q, depth);
            }
            return null; // an alias
        }

        private static boolean plainTags(CollectionStartEvent c) {
            return c.getAnchor() == null && (c.getTag() == null || c.getTag().equals("!"));
        }

        private YNode mapping(org.yaml.snakeyaml.events.MappingStartEvent start, int depth) {
            if (!plainTags(start)) {
                return null;
            }
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
            while (true) {
                Event k = events.getEvent();
                if (k instanceof org.yaml.snakeyaml.events.MappingEndEvent) {
                    return new YNode.Mapping(entries, at(start));
                }
                if (!(k instanceof ScalarEvent key) || !key.isPlain() || key.getAnchor() != null || key.getTag() != null
                        || resolve(key.getValue()) != YNode.Scalar.Type.STRING || key.getValue().equals("<<")) {
                    return null;
                }
                YNode value = value(events.getEvent(), depth + 1);
                if (value == null || entries.containsKey(key.getValue())) {
                    return null;
                }
                entries.put(key.getValue(), new YNode.Entry(key.getValue(), at(key), value));
            }
        }

        private YNode sequence(org.yaml.snakeyaml.events.SequenceStartEvent start, int depth) {
            if (!plainTags(start)) {
                return null;
            }
            List<YNode> items = new ArrayList<>();
            while (true) {
                Event e = events.getEvent();
                if (e instanceof org.yaml.snakeyaml.events.SequenceEndEvent) {
                    return new YNode.Sequence(items, at(start));
                }
                YNode item = value(e, depth + 1);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
        }
    }

    /** A YAML factory whose parsers expose the SnakeYAML event behind each token (scalar style, anchor, tag). */
    private static final class LocatingFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        LocatingFactory() {
            super(YAMLFactory.builder().loaderOptions(Parsers.OPTIONS));
        }

        /** A parser over the whole text through {@link WholeTextReader}: linear, where SnakeYAML's own reader is not. */
        LocatingParser parser(String text) {
            IOContext ctxt = _createContext(_createContentReference(text), true);
            return new LocatingParser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, new StringReader(text),
                    new ParserImpl(new WholeTextReader(text), _loaderOptions));
        }
    }

    private static final class LocatingParser extends YAMLParser {
        LocatingParser(IOContext ctxt, int parserFeatures, int formatFeatures, ObjectCodec codec, Reader reader,
                       ParserImpl events) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, events);
        }

        Event lastEvent() {
            return _lastEvent;
        }
    }
}
