package advisor.render;

import advisor.model.Choice;
import advisor.model.Lang;
import java.util.Locale;

/**
 * The output formats. The first six are offered by every data command; a decision record ({@code adr}),
 * a chart ({@code svg}) and a page ({@code html}) only by the commands that document them.
 */
public enum Format implements Choice {
    TABLE("aligned table (default)", "对齐的表格（默认）"),
    JSON("JSON", "JSON"),
    YAML("YAML", "YAML"),
    CSV("CSV (RFC 4180)", "CSV（RFC 4180）"),
    TSV("tab-separated values", "制表符分隔"),
    MARKDOWN("Markdown table", "Markdown 表格"),
    ADR("decision record (MADR 4.0; recommend, compare)", "决策记录（MADR 4.0；recommend、compare）"),
    SVG("chart (recommend, compare, show, radar)", "图表（recommend、compare、show、radar）"),
    HTML("self-contained page (recommend, compare, show, radar)", "独立网页（recommend、compare、show、radar）"),

    /** A Mermaid graph: offered by the stack commands only (issue 14). */
    MERMAID("Mermaid graph (stack commands)", "Mermaid 图（仅 stack 命令）");

    private final String en;
    private final String zh;

    Format(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** Whether every data command offers this format. */
    public boolean everywhere() {
        return ordinal() <= MARKDOWN.ordinal();
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String describe(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    @Override
    public String toString() {
        return id();
    }

    /** The format named {@code s} (any case), or null. */
    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        return null;
    }
}
