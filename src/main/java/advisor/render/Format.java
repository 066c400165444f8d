package advisor.render;

import advisor.model.Choice;
import advisor.model.Lang;
import java.util.Locale;

/** The output formats every data command offers. */
public enum Format implements Choice {
    TABLE("aligned table (default)", "对齐的表格（默认）"),
    JSON("JSON", "JSON"),
    YAML("YAML", "YAML"),
    CSV("CSV (RFC 4180)", "CSV（RFC 4180）"),
    TSV("tab-separated values", "制表符分隔"),
    MARKDOWN("Markdown table", "Markdown 表格");

    private final String en;
    private final String zh;

    Format(String en, String zh) {
        this.en = en;
        this.zh = zh;
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
