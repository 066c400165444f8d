package advisor.render.svg;

import java.util.List;

/**
 * Horizontal bars of decision scores, each split into the part that scenario fit contributes and the
 * part that maturity contributes, on a 0 to {@code max} axis, with the total at the bar's end and a legend.
 */
public final class ScoreBars {
    private static final int WIDTH = 760;
    private static final double LABEL_SIZE = 14;
    private static final double BAR = 22;
    private static final double GAP = 12;
    private static final String FIT_COLOUR = "#0072B2";
    private static final String MATURITY_COLOUR = "#E69F00";

    /** One bar: its label, the fit part and the maturity part (they add up to the total shown as {@code total}). */
    public record Bar(String label, double fitPart, double maturityPart, String total) {
    }

    /** What to draw: heading, description for screen readers, the bars in rank order, the scale's top, legend words. */
    public record Spec(String title, String subtitle, String desc, String lang, List<Bar> bars, double max,
                       String fitLabel, String maturityLabel) {
        public Spec {
            bars = List.copyOf(bars);
        }
    }

    private ScoreBars() {
    }

    public static String render(Spec spec) {
        double labelWidth = 0;
        for (Bar b : spec.bars()) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(b.label(), LABEL_SIZE));
        }
        labelWidth = Math.min(Math.max(labelWidth, 60), 240);
        double left = 24 + labelWidth + 12;
        double right = WIDTH - 70;
        double scale = (right - left) / spec.max();
        double top = 96;
        int height = (int) Math.ceil(top + spec.bars().size() * (BAR + GAP) + 70);
        Svg svg = new Svg(WIDTH, height, spec.title(), spec.desc(), spec.lang());
        svg.text(24, 32, Svg.fit(spec.title(), 20, WIDTH - 48), "start", 20, Svg.INK, "font-weight=\"bold\"");
        svg.text(24, 56, Svg.fit(spec.subtitle(), 13, WIDTH - 48), "start", 13, Svg.MUTED, null);

        // legend
        svg.rect(24, 68, 14, 14, FIT_COLOUR, null);
        svg.text(44, 80, spec.fitLabel(), "start", 13, Svg.INK, null);
        double second = 44 + Svg.textWidth(spec.fitLabel(), 13) + 24;
        svg.rect(second, 68, 14, 14, MATURITY_COLOUR, null);
        svg.text(second + 20, 80, spec.maturityLabel(), "start", 13, Svg.INK, null);

        // grid with one line per score unit
        double bottom = top + spec.bars().size() * (BAR + GAP);
        for (int s = 0; s <= (int) Math.round(spec.max()); s++) {
            double x = left + s * scale;
            svg.line(x, top - 4, x, bottom, Svg.GRID, 1);
            svg.text(x, bottom + 18, Integer.toString(s), "middle", 12, Svg.MUTED, null);
        }

        for (int i = 0; i < spec.bars().size(); i++) {
            Bar b = spec.bars().get(i);
            double y = top + i * (BAR + GAP);
            svg.text(left - 12, y + BAR / 2 + 5, Svg.fit(b.label(), LABEL_SIZE, labelWidth), "end", LABEL_SIZE, Svg.INK, null);
            double fitW = Math.max(0, b.fitPart()) * scale;
            double matW = Math.max(0, b.maturityPart()) * scale;
            svg.rect(left, y, fitW, BAR, FIT_COLOUR, null);
            svg.rect(left + fitW, y, matW, BAR, MATURITY_COLOUR, null);
            svg.text(left + fitW + matW + 6, y + BAR / 2 + 5, b.total(), "start", LABEL_SIZE, Svg.INK,
                    "font-weight=\"bold\"");
        }
        return svg.finish();
    }
}
