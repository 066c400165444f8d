package advisor.render;

import advisor.render.svg.Svg;
import java.util.List;

/**
 * A self-contained HTML page of a report: the document people read (the same headings, tables and
 * text as the table and Markdown views) with its chart inline as SVG. One file, inline style, no
 * script; its Content-Security-Policy forbids loading anything, so it opens the same offline.
 */
public final class HtmlPage {
    private static final String STYLE = """
            body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',system-ui,sans-serif;\
            color:#1f2328;background:#fff;margin:0;line-height:1.5}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.3em}
            h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
            table{border-collapse:collapse;margin:.6em 0}
            th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            dl{display:grid;grid-template-columns:max-content auto;gap:2px 14px}
            dt{font-weight:bold}
            dd{margin:0}
            figure{margin:1em 0}
            figure svg{max-width:100%;height:auto}
            pre{white-space:pre-wrap}
            """;

    private HtmlPage() {
    }

    /**
     * The page: {@code title} for the browser tab and the first heading, {@code lang} (en, zh) for the
     * document, {@code svg} (an SVG document, or null) shown after the first heading, then the blocks.
     */
    public static String render(String title, String lang, String svg, List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.equals("zh") ? "zh-CN" : lang).append("\">\n<head>\n");
        sb.append("<meta charset=\"utf-8\">\n");
        sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.append("<title>").append(esc(title)).append("</title>\n");
        sb.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        int start = 0;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Title t) {
            sb.append("<h1>").append(esc(t.text())).append("</h1>\n");
            start = 1;
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h) {
            sb.append("<h1>").append(esc(h.text())).append("</h1>\n");
            start = 1;
        } else {
            sb.append("<h1>").append(esc(title)).append("</h1>\n");
        }
        if (svg != null) {
            sb.append("<figure>\n").append(inline(svg)).append("</figure>\n");
        }
        boolean inList = false;
        for (Block b : blocks.subList(start, blocks.size())) {
            if (inList && !(b instanceof Block.Bullet)) {
                sb.append("</ul>\n");
                inList = false;
            }
            if (b instanceof Block.Bullet bullet) {
                if (!inList) {
                    sb.append("<ul>\n");
                    inList = true;
                }
                sb.append("<li>").append(esc(bullet.text())).append("</li>\n");
            } else if (b instanceof Block.Text t) {
                String tag = t instanceof Block.Title ? "h1" : t instanceof Block.Heading ? "h2" : t instanceof Block.Line ? "pre" : "p";
                sb.append('<').append(tag).append('>').append(esc(t.text())).append("</").append(tag).append(">\n");
            } else if (b instanceof Block.Fields f) {
                sb.append("<dl>\n");
                for (Block.Field field : f.fields()) {
                    sb.append("<dt>").append(esc(field.label())).append("</dt><dd>").append(esc(field.value()))
                            .append("</dd>\n");
                }
                sb.append("</dl>\n");
            } else if (b instanceof Block.Table t) {
                table(sb, t);
            }
        }
        if (inList) {
            sb.append("</ul>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, Block.Table t) {
        sb.append("<table>\n<thead><tr>");
        for (String h : t.headers()) {
            sb.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    /** An SVG document without its XML declaration, ready to sit inside HTML. */
    private static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
    }

    private static String esc(String s) {
        return Svg.esc(s);
    }
}
