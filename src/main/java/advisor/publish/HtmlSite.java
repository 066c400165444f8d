package advisor.publish;

import advisor.model.Lang;
import advisor.render.Escapes;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the published Markdown pages into a self-contained static site: each page a complete HTML document
 * with its style inline and nothing fetched from elsewhere, links between pages kept (the pages were built
 * with {@code .html} links). Catalog text reaches the Markdown escaped, so the only raw HTML the renderer
 * passes on is the line breaks in table cells.
 */
public final class HtmlSite {
    private static final Escapes HTML = Escapes.of("&<>\"", "&amp;", "&lt;", "&gt;", "&quot;");
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
            main{max-width:60rem;margin:0 auto;padding:1.5rem}
            table{border-collapse:collapse;margin:1rem 0;display:block;overflow-x:auto}
            th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}
            th{background:#f6f8fa}
            a{color:#0969da}
            code{background:#f6f8fa;padding:0 .2rem}
            """;

    private HtmlSite() {
    }

    /** The same pages as HTML documents, under the same names; files that are not pages pass through as they are. */
    public static SortedMap<String, String> of(Map<String, String> markdown, Lang lang) {
        List<Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
        SortedMap<String, String> out = new TreeMap<>();
        markdown.forEach((path, text) -> {
            if (!path.endsWith(".html")) {
                out.put(path, text); // a file beside the pages (a picture), not a page
                return;
            }
            Node doc = parser.parse(text);
            out.put(path, "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + HTML.apply(title(doc))
                    + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + renderer.render(doc)
                    + "</main>\n</body>\n</html>\n");
        });
        return out;
    }

    /** The text of the page's first heading. */
    private static String title(Node doc) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                StringBuilder sb = new StringBuilder();
                text(n, sb);
                return sb.toString();
            }
        }
        return "";
    }

    private static void text(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            }
            text(n, sb);
        }
    }

}
