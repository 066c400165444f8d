package advisor.imports;

import advisor.catalog.CatalogSyntax;
import advisor.catalog.NameIndex;
import advisor.catalog.Names;
import advisor.catalog.Problem;
import advisor.catalog.Problem.Severity;
import advisor.imports.EvaluationDocument.Composite;
import advisor.imports.EvaluationDocument.DimensionRow;
import advisor.imports.EvaluationDocument.Entry;
import advisor.imports.EvaluationDocument.FactRow;
import advisor.imports.EvaluationDocument.Item;
import advisor.imports.EvaluationDocument.MatrixRow;
import advisor.imports.EvaluationDocument.ScenarioRow;
import advisor.imports.EvaluationDocument.TrendRow;
import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.model.Lang;
import advisor.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Markdown evaluation document (Chinese or English headings and labels) into an
 * {@link EvaluationDocument}. Tables are recognised by their header row; lists by the bold label
 * before them. What it cannot place is reported as a warning with its line; what is wrong (a score
 * outside 0-5, a dimension missing, a row without stars, a table cut off) is an error with its line.
 */
public final class EvaluationReader {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern DELIMITER = Pattern.compile("^\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d.])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    private static final Pattern VERSION = Pattern.compile("^(\\S+)\\s*(?:[(（]\\s*(.*?)\\s*[)）])?$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(.+)$");
    private static final Pattern NAME_ALIAS = Pattern.compile("^(.+?)\\s*[(（]\\s*(.+?)\\s*[)）]$");
    private static final String STARS = "⭐★";

    /** The labels the format knows, in both languages; they are also evidence for the encoding repair. */
    static final List<String> FACTS = List.of("项目", "item", "field", "基本信息", "basic information");
    static final List<String> DIMENSIONS = List.of("维度", "dimension", "成熟度评估", "maturity assessment");
    static final List<String> SCORE = List.of("评分", "score");
    static final List<String> COMPOSITE = List.of("综合得分", "composite", "composite score", "overall score");
    static final List<String> SCENARIOS = List.of("场景", "scenario", "技术选型建议", "selection advice");
    static final List<String> RATING = List.of("推荐度", "rating", "fit", "stars");
    static final List<String> MATRIX = List.of("库名", "library", "综合评分对比", "composite score comparison");
    static final List<String> TRENDS = List.of("趋势", "trend", "技术趋势预测", "technology trends");
    static final List<String> STRENGTHS = List.of("核心优势", "优势", "strengths", "key strengths");
    static final List<String> LIMITATIONS = List.of("当前限制", "限制", "局限", "limitations", "current limitations");
    static final List<String> UPDATED = List.of("最后更新", "last updated", "updated");
    static final List<String> NEXT = List.of("下次更新", "next update", "next review");
    static final Map<String, List<String>> FACT_KEYS = Map.of(
            "repository", List.of("仓库", "repository", "repo"),
            "first-release", List.of("首次发布", "first release", "first released"),
            "version", List.of("当前版本", "current version", "version", "latest version"),
            "stars", List.of("github stars", "stars", "星标"),
            "production-use", List.of("生产使用", "production use", "in production"));
    /** Longer English names of the dimensions than the catalog's labels. */
    static final Map<String, List<String>> DIMENSION_NAMES = Map.of(
            "documentation", List.of("documentation completeness"),
            "maintenance", List.of("maintenance status"),
            "production", List.of("production use"));

    private final Catalog catalog;
    private final NameIndex<Dimension> dimensions;
    private final NameIndex<Tier> tiers;
    private final List<Problem> problems = new ArrayList<>();
    private String file;
    private String[] lines;
    private int at;

    public EvaluationReader(Catalog catalog) {
        this.catalog = catalog;
        this.dimensions = new NameIndex<>();
        for (Dimension d : catalog.dimensions()) {
            List<String> names = new ArrayList<>(List.of(d.label().en(), d.label().zh()));
            names.addAll(DIMENSION_NAMES.getOrDefault(d.id(), List.of()));
            dimensions.add(d, d.id(), names);
        }
        this.tiers = new NameIndex<>();
        for (Tier t : catalog.tiers()) {
            tiers.add(t, t.id(), List.of(t.label().en(), t.label().zh()));
        }
    }

    /** The words and symbols the format is written in: evidence for repairing a mangled copy. */
    public static List<String> vocabulary() {
        List<String> all = new ArrayList<>();
        Stream.of(FACTS, DIMENSIONS, SCORE, COMPOSITE, SCENARIOS, RATING, MATRIX, TRENDS, STRENGTHS, LIMITATIONS,
                UPDATED, NEXT).forEach(all::addAll);
        FACT_KEYS.values().forEach(all::addAll);
        for (int n = 1; n <= 5; n++) {
            all.add("⭐".repeat(n));
        }
        all.add("⚠️");
        return all;
    }

    /** The problems found by the last {@link #read}: errors and warnings, in line order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Reads one document; its problems are added to {@link #problems()}. */
    public EvaluationDocument read(String file, String text) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
        this.at = 0;
        Lang language = text.codePoints().anyMatch(Character::isIdeographic) ? Lang.ZH : Lang.EN;
        String title = null;
        String date = null;
        String next = null;
        List<Entry> entries = new ArrayList<>();
        List<MatrixRow> matrix = new ArrayList<>();
        List<TrendRow> trends = new ArrayList<>();
        Heading heading = null;
        EntryBuilder entry = null;
        String label = null; // the bold label of the block being read
        while (at < lines.length) {
            String line = lines[at];
            int number = at + 1;
            Matcher m;
            if (line.isBlank() || line.strip().equals("---")) {
                at++;
            } else if (line.strip().startsWith("```")) {
                int end = skipFence();
                warn("not-imported", number, "code block (lines " + number + "-" + end + ") is not imported");
            } else if ((m = HEADING.matcher(line)).matches()) {
                if (entry != null) {
                    entries.add(entry.build());
                    entry = null;
                }
                String h = strip(m.group(2));
                if (m.group(1).length() == 1 && title == null) {
                    title = h;
                } else {
                    heading = new Heading(h, number, m.group(1).length());
                }
                label = null;
                at++;
            } else if (line.strip().startsWith("|")) {
                Table table = readTable();
                if (table == null) {
                    continue;
                }
                switch (kind(table)) {
                    case FACTS -> (entry = entry != null ? entry : start(heading, number)).facts(table);
                    case DIMENSIONS -> (entry = entry != null ? entry : start(heading, number)).dimensions(table);
                    case SCENARIOS -> (entry = entry != null ? entry : start(heading, number)).scenarios(table);
                    case MATRIX -> matrix.addAll(matrix(table));
                    case TRENDS -> trends.addAll(trends(table));
                    default -> warn("not-imported", table.line, "table with columns " + String.join(", ", table.header)
                            + " is not an evaluation table; not imported");
                }
            } else if ((m = LABEL.matcher(line)).matches()) {
                String key = m.group(1).strip();
                String value = m.group(2);
                if (value.isEmpty()) {
                    label = key;
                } else if (is(key, UPDATED)) {
                    date = firstDate(value, number);
                } else if (is(key, NEXT)) {
                    next = firstDate(value, number);
                } else if (!(title != null && heading == null)) {
                    warn("not-imported", number, "'" + key + "' is not imported");
                }
                at++;
            } else if ((m = BULLET.matcher(line)).matches()) {
                if (label != null && (is(label, STRENGTHS) || is(label, LIMITATIONS))) {
                    (entry = entry != null ? entry : start(heading, number))
                            .item(is(label, STRENGTHS), new Item(itemText(m.group(1)), number));
                } else if (!line.contains("](#")) {
                    // lines of a table of contents are links into the page itself: nothing to import
                    warn("not-imported", number, "list item is not under a strengths or limitations label; not imported");
                }
                at++;
            } else {
                if (!line.startsWith(">") && !(title != null && heading == null)) {
                    warn("not-imported", number, "text is not imported");
                }
                at++;
            }
        }
        if (entry != null) {
            entries.add(entry.build());
        }
        if (entries.isEmpty() && matrix.isEmpty()) {
            error("no-evaluation", 1, "no library evaluation found: expected a table with the columns "
                    + "维度 | 评分 | 说明 (Dimension | Score | Note) under a library's heading");
        }
        return new EvaluationDocument(file, language, title, date, next, entries, matrix, trends);
    }

    private record Heading(String text, int line, int level) {
    }

    private record Table(List<String> header, List<List<String>> rows, List<Integer> rowLines, int line) {
    }

    private enum Kind { FACTS, DIMENSIONS, SCENARIOS, MATRIX, TRENDS, OTHER }

    private Kind kind(Table t) {
        String first = t.header.get(0);
        if (t.header.size() == 2 && is(first, FACTS)) {
            return Kind.FACTS;
        }
        if (t.header.size() >= 2 && is(first, DIMENSIONS) && is(t.header.get(1), SCORE)) {
            return Kind.DIMENSIONS;
        }
        if (t.header.size() >= 2 && is(first, SCENARIOS) && is(t.header.get(1), RATING)) {
            return Kind.SCENARIOS;
        }
        if (t.header.size() >= 4 && is(first, MATRIX)) {
            return Kind.MATRIX;
        }
        if (t.header.size() >= 3 && is(first, TRENDS)) {
            return Kind.TRENDS;
        }
        return Kind.OTHER;
    }

    /** Reads the table starting at the current line; null (with an error) when it has no delimiter row. */
    private Table readTable() {
        int start = at;
        List<String> header = cells(lines[at], at + 1);
        at++;
        if (header == null) {
            while (at < lines.length && lines[at].strip().startsWith("|")) {
                at++;
            }
            return null;
        }
        if (at >= lines.length || !DELIMITER.matcher(lines[at].strip()).matches()) {
            error("table-cut-off", start + 1, "table has a header row but no '|---|' row below it");
            while (at < lines.length && lines[at].strip().startsWith("|")) {
                at++;
            }
            return null;
        }
        at++;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        while (at < lines.length && lines[at].strip().startsWith("|")) {
            List<String> row = cells(lines[at], at + 1);
            if (row == null) {
                at++;
                continue;
            }
            if (row.size() != header.size()) {
                error("table-cut-off", at + 1, "row has " + row.size() + " cells, the header " + header.size()
                        + " (" + String.join(" | ", header) + ")");
            } else {
                rows.add(row);
                rowLines.add(at + 1);
            }
            at++;
        }
        if (rows.isEmpty()) {
            error("table-cut-off", start + 1, "table has a header but no rows");
        }
        return new Table(header, rows, rowLines, start + 1);
    }

    /** The cells of a table row, markup stripped; null (with an error) for a row cut off before its closing '|'. */
    private List<String> cells(String line, int number) {
        String s = line.strip();
        if (!s.endsWith("|") || s.endsWith("\\|") || s.length() < 2) {
            error("table-cut-off", number, "table row does not end with '|': the table was cut off here");
            return null;
        }
        s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(strip(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(strip(cell.toString()));
        return cells;
    }

    private EntryBuilder start(Heading heading, int line) {
        if (heading == null) {
            error("no-library-heading", line, "evaluation table before any library heading ('### Name - description')");
            return new EntryBuilder("?", line);
        }
        return new EntryBuilder(heading.text, heading.line);
    }

    /** One library's section while it is being read. */
    private final class EntryBuilder {
        final String name;
        final List<String> aliases = new ArrayList<>();
        final String description;
        final int line;
        final List<FactRow> facts = new ArrayList<>();
        final Map<String, DimensionRow> dims = new LinkedHashMap<>();
        Composite composite;
        int dimensionTable;
        final List<Item> strengths = new ArrayList<>();
        final List<Item> limitations = new ArrayList<>();
        final List<ScenarioRow> scenarios = new ArrayList<>();

        EntryBuilder(String heading, int line) {
            Matcher m = NUMBERED.matcher(heading);
            String h = m.matches() ? m.group(1) : heading;
            String[] parts = h.split("\\s+[-–—]\\s+", 2);
            String named = parts[0].strip();
            Matcher alias = NAME_ALIAS.matcher(named);
            if (alias.matches()) {
                named = alias.group(1);
                aliases.add(alias.group(2));
            }
            this.name = named;
            this.description = parts.length > 1 ? parts[1].strip() : null;
            this.line = line;
        }

        void facts(Table t) {
            for (int r = 0; r < t.rows.size(); r++) {
                List<String> row = t.rows.get(r);
                int number = t.rowLines.get(r);
                String key = factKey(row.get(0));
                String value = row.get(1);
                if (key == null) {
                    warn("not-imported", number, "fact '" + row.get(0) + "' is not one the catalog keeps ("
                            + String.join(", ", FACT_KEYS.keySet().stream().sorted().toList()) + "); not imported");
                } else if (value.isEmpty()) {
                    warn("not-imported", number, "fact '" + row.get(0) + "' has no value");
                } else if (key.equals("version")) {
                    Matcher v = VERSION.matcher(value);
                    String version = v.matches() ? v.group(1) : value;
                    String paren = v.matches() ? v.group(2) : null;
                    boolean dated = paren != null && DATE.matcher(paren).matches() && CatalogSyntax.isPartialDate(paren);
                    facts.add(new FactRow(key, version, dated ? paren : null, dated ? null : paren, number));
                } else {
                    facts.add(new FactRow(key, value, null, null, number));
                }
            }
        }

        void dimensions(Table t) {
            dimensionTable = t.line;
            for (int r = 0; r < t.rows.size(); r++) {
                List<String> row = t.rows.get(r);
                int number = t.rowLines.get(r);
                String labelled = row.get(0);
                String cell = row.get(1);
                if (is(labelled, COMPOSITE)) {
                    String score = score(cell, number, labelled);
                    String tierCell = row.size() > 2 ? row.get(2) : "";
                    Optional<Tier> tier = tier(tierCell);
                    if (tier.isEmpty()) {
                        error("unknown-tier", number, "tier '" + tierCell + "' is none of "
                                + String.join(", ", catalog.tiers().stream().map(x -> x.icon() + " " + x.label().zh()
                                + " / " + x.label().en()).toList()));
                    }
                    if (score != null && tier.isPresent()) {
                        composite = new Composite(score, tier.get().id(), number);
                    }
                    continue;
                }
                Optional<Dimension> d = dimensions.find(labelled);
                if (d.isEmpty()) {
                    error("unknown-dimension", number, "'" + labelled + "' is none of the seven dimensions ("
                            + String.join(", ", catalog.dimensions().stream().map(x -> x.label().zh() + " / "
                            + x.label().en()).toList()) + ")");
                    continue;
                }
                if (dims.containsKey(d.get().id())) {
                    error("duplicate-dimension", number, "dimension '" + labelled + "' is scored twice");
                    continue;
                }
                String score = score(cell, number, labelled);
                if (score != null) {
                    String icon = cell.substring(0, cell.indexOf(score)).strip();
                    dims.put(d.get().id(), new DimensionRow(d.get().id(), icon.isEmpty() ? null : icon, score,
                            row.size() > 2 && !row.get(2).isEmpty() ? row.get(2) : null, number));
                }
            }
        }

        void scenarios(Table t) {
            for (int r = 0; r < t.rows.size(); r++) {
                List<String> row = t.rows.get(r);
                int number = t.rowLines.get(r);
                int stars = stars(row.get(1));
                if (stars == 0) {
                    error("no-stars", number, "scenario '" + row.get(0) + "' has no stars: the rating column takes 1-5 ⭐");
                } else if (stars > 5) {
                    error("out-of-range", number, "scenario '" + row.get(0) + "' has " + stars + " stars; 1-5 are valid");
                } else {
                    scenarios.add(new ScenarioRow(row.get(0), stars, row.size() > 2 && !row.get(2).isEmpty()
                            ? row.get(2) : null, number));
                }
            }
        }

        void item(boolean strength, Item item) {
            (strength ? strengths : limitations).add(item);
        }

        Entry build() {
            if (dimensionTable > 0) {
                for (Dimension d : catalog.dimensions()) {
                    if (!dims.containsKey(d.id())) {
                        error("missing-dimension", dimensionTable, name + ": dimension " + d.label().zh() + " / "
                                + d.label().en() + " is missing; an evaluation scores all seven");
                    }
                }
                if (composite == null) {
                    error("missing-composite", dimensionTable, name + ": the dimension table has no "
                            + "综合得分 / Composite row with the score and tier");
                }
            }
            return new Entry(name, List.copyOf(aliases), description, line, List.copyOf(facts), Map.copyOf(dims),
                    composite, List.copyOf(strengths), List.copyOf(limitations), List.copyOf(scenarios));
        }
    }

    private List<MatrixRow> matrix(Table t) {
        int category = column(t, List.of("分类", "category"), 1);
        int score = column(t, COMPOSITE, 2);
        int tier = column(t, List.of("成熟度", "tier", "maturity"), 3);
        int recommended = column(t, List.of("推荐场景", "recommended for", "best for"), -1);
        List<MatrixRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows.size(); r++) {
            List<String> row = t.rows.get(r);
            int number = t.rowLines.get(r);
            String s = score(row.get(score), number, row.get(0));
            Optional<Tier> found = tier(row.get(tier));
            if (found.isEmpty()) {
                error("unknown-tier", number, "tier '" + row.get(tier) + "' of " + row.get(0) + " is not a known tier");
            }
            if (s != null && found.isPresent()) {
                out.add(new MatrixRow(row.get(0), row.get(category), s, found.get().id(),
                        recommended < 0 || row.get(recommended).isEmpty() ? null : row.get(recommended), number));
            }
        }
        return out;
    }

    private List<TrendRow> trends(Table t) {
        int libraries = column(t, List.of("代表库", "libraries", "representative libraries"), 1);
        int impact = column(t, List.of("影响力", "impact"), 2);
        int advice = column(t, List.of("建议", "advice"), 3);
        List<TrendRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows.size(); r++) {
            List<String> row = t.rows.get(r);
            int number = t.rowLines.get(r);
            int stars = stars(row.get(impact));
            if (stars < 1 || stars > 5) {
                error(stars == 0 ? "no-stars" : "out-of-range", number, "trend '" + row.get(0) + "' has "
                        + stars + " stars of impact; 1-5 ⭐ are valid");
                continue;
            }
            out.add(new TrendRow(row.get(0), split(row.get(libraries)), stars,
                    advice < row.size() ? row.get(advice) : null, number));
        }
        return out;
    }

    /** The index of the column named by one of {@code names}, else {@code fallback} (when the table has it). */
    private int column(Table t, List<String> names, int fallback) {
        for (int i = 0; i < t.header.size(); i++) {
            if (is(t.header.get(i), names)) {
                return i;
            }
        }
        return fallback < t.header.size() ? fallback : -1;
    }

    /** The score in a cell exactly as written ("4.5"), checked to be 0-5; null (with an error) otherwise. */
    private String score(String cell, int line, String what) {
        Matcher m = NUMBER.matcher(cell);
        if (!m.find()) {
            error("no-score", line, "'" + what + "' has no score: expected a number from 0 to 5, found '" + cell + "'");
            return null;
        }
        String s = m.group(1);
        double v = Double.parseDouble(s);
        if (v < 0 || v > 5) {
            error("out-of-range", line, "'" + what + "' is scored " + s + "; scores run from 0 to 5");
            return null;
        }
        return s;
    }

    private Optional<Tier> tier(String cell) {
        for (Tier t : catalog.tiers()) {
            if (cell.startsWith(t.icon())) {
                String rest = cell.substring(t.icon().length()).strip();
                return rest.isEmpty() ? Optional.of(t) : tiers.find(rest).filter(x -> x == t);
            }
        }
        return tiers.find(cell);
    }

    private static int stars(String cell) {
        return (int) cell.codePoints().filter(c -> STARS.indexOf(c) >= 0).count();
    }

    private static String factKey(String label) {
        for (Map.Entry<String, List<String>> e : FACT_KEYS.entrySet()) {
            if (is(label, e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    private String firstDate(String value, int line) {
        Matcher m = DATE.matcher(value);
        if (m.find()) {
            return m.group();
        }
        error("bad-date", line, "'" + value + "' holds no date (YYYY-MM-DD)");
        return null;
    }

    /** Skips a fenced code block; returns the line number of its closing fence (or the last line). */
    private int skipFence() {
        String fence = lines[at].strip().replaceAll("[^`].*$", "");
        at++;
        while (at < lines.length && !lines[at].strip().startsWith(fence)) {
            at++;
        }
        int end = Math.min(at + 1, lines.length);
        at++;
        return end;
    }

    /** A list item's text without a leading icon and bold markup. */
    private static String itemText(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || cp == 0xFE0F || Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return strip(s.substring(i));
    }

    /** A cell or heading without bold/italic/code markup and surrounding spaces. */
    static String strip(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").strip();
    }

    /** The names in a list cell: separated by commas or the Chinese enumeration comma. */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("[,，、;；]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static boolean is(String label, List<String> names) {
        String key = Names.key(strip(label));
        for (String n : names) {
            if (Names.key(n).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void error(String code, int line, String message) {
        problems.add(new Problem(Severity.ERROR, code, file, line, 0, null, message));
    }

    private void warn(String code, int line, String message) {
        problems.add(new Problem(Severity.WARNING, code, file, line, 0, null, message));
    }
}
