package advisor.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns the HTML (or Markdown links) radar descriptions often hold into plain text: links are kept as
 * text, "label (url)"; paragraphs and line breaks become line breaks; other tags are dropped.
 */
final class Html {
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</p\\s*>|</li\\s*>|</h[1-6]\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Html() {
    }

    /** Plain text of {@code html}: trimmed, runs of spaces made one, at most one blank line in a row; null for none. */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        String s = LINK.matcher(html).replaceAll(m -> Matcher.quoteReplacement(link(m.group(2), m.group(1))));
        s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = StringEscapeUtils.unescapeHtml4(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.replace("\r", "").split("\n", -1)) {
            String clean = line.replaceAll("[\\p{Cntrl}\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(clean);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String link(String label, String url) {
        String text = TAG.matcher(label).replaceAll("").strip();
        return text.isEmpty() || text.equals(url) ? url : text + " (" + url + ")";
    }
}
