package advisor.render.svg;

import advisor.render.DisplayWidth;
import advisor.render.Escapes;
import java.util.List;
import java.util.Locale;

/** A small writer of one SVG document: escaped text, numbers with one decimal, no script, no external reference. */
public final class Svg {
    /** Fonts tried in order; the CJK ones first so that Chinese labels never fall back to boxes. */
    public static final String FONTS = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', "
            + "'DejaVu Sans', Arial, sans-serif";

    /** Colours for series, chosen to stay apart for colour-blind readers (Okabe and Ito). */
    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#7F6A00", "#000000");

    public static final String INK = "#1f2328";
    public static final String MUTED = "#57606a";
    public static final String GRID = "#d0d7de";

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;
    private final String title;
    private final String desc;
    private final String lang;

    public Svg(int width, int height, String title, String desc, String lang) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.desc = desc;
        this.lang = lang;
    }

    /** Width in pixels that {@code text} takes at {@code size}: an estimate from display columns. */
    public static double textWidth(String text, double size) {
        return DisplayWidth.of(clean(text)) * size * 0.58;
    }

    /** {@code text} cut to at most {@code maxWidth} pixels at {@code size}, with an ellipsis when cut. */
    public static String fit(String text, double size, double maxWidth) {
        String t = clean(text);
        if (textWidth(t, size) <= maxWidth) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            String next = sb + new String(Character.toChars(cp));
            if (textWidth(next + "…", size) > maxWidth) {
                break;
            }
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString().stripTrailing() + "…";
    }

    /** A number with at most one decimal, in the root locale, never {@code -0}. */
    public static String num(double d) {
        long tenths = Math.round(d * 10);
        if (tenths == 0) {
            return "0";
        }
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Text safe for XML 1.0: controls and invisible characters shown as marks, markup characters escaped. */
    public static String esc(String s) {
        return XML.apply(clean(s));
    }

    private static final Escapes XML = Escapes.of("&<>\"'", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;");

    private static String clean(String s) {
        return DisplayWidth.sanitize(s == null ? "" : s, false);
    }

    public Svg rect(double x, double y, double w, double h, String fill, String extra) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"').append(extra(extra))
                .append("/>\n");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(num(strokeWidth)).append("\"/>\n");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String extra) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(fill).append('"').append(extra(extra)).append("/>\n");
        return this;
    }

    /** A closed polygon through the points {x0, y0, x1, y1, ...}. */
    public Svg polygon(double[] xy, String fill, String extra) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                body.append(' ');
            }
            body.append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        body.append("\" fill=\"").append(fill).append('"').append(extra(extra)).append("/>\n");
        return this;
    }

    /** A path (for ring sectors); {@code d} is built from numbers by the caller. */
    public Svg path(String d, String fill, String extra) {
        body.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append('"').append(extra(extra)).append("/>\n");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end; {@code extra} adds attributes such as font-weight. */
    public Svg text(double x, double y, String text, String anchor, double size, String fill, String extra) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        body.append(" font-size=\"").append(num(size)).append("\" fill=\"").append(fill).append('"').append(extra(extra))
                .append('>').append(esc(text)).append("</text>\n");
        return this;
    }

    /** Opens a group (closed by {@link #end}); {@code attrs} are written as given. */
    public Svg group(String attrs) {
        body.append("<g").append(extra(attrs)).append(">\n");
        return this;
    }

    public Svg end() {
        body.append("</g>\n");
        return this;
    }

    private static String extra(String extra) {
        return extra == null || extra.isEmpty() ? "" : " " + extra;
    }

    /** The whole document: XML declaration, root with its size, title, description, a white background, the body. */
    public String finish() {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"title desc\" xml:lang=\"").append(lang).append("\">\n");
        sb.append("<title id=\"title\">").append(esc(title)).append("</title>\n");
        sb.append("<desc id=\"desc\">").append(esc(desc)).append("</desc>\n");
        sb.append("<g font-family=\"").append(FONTS).append("\">\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        sb.append(body);
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }
}
