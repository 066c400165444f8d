package advisor.render.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * A radar (spider) chart: one axis per dimension, scores 0 to {@code max} from the centre out, one
 * filled polygon per series, and a legend. A series without a score on an axis is drawn at the centre
 * there and marked "no score" in the legend's note.
 */
public final class SpiderChart {
    private static final double RADIUS = 190;
    private static final double LABEL_SIZE = 14;

    /** One polygon: a library's name and its score per axis (null: not scored on that axis). */
    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * What to draw: the chart's heading, its description for screen readers, the axis labels, the series,
     * the top of the scale, and the words for the legend's note on missing scores.
     */
    public record Spec(String title, String desc, String lang, List<String> axes, List<Series> series, double max,
                       String noScore) {
        public Spec {
            axes = List.copyOf(axes);
            series = List.copyOf(series);
        }
    }

    private SpiderChart() {
    }

    public static String render(Spec spec) {
        int n = spec.axes().size();
        double labelRoom = 0;
        for (String a : spec.axes()) {
            labelRoom = Math.max(labelRoom, Svg.textWidth(a, LABEL_SIZE));
        }
        labelRoom = Math.min(labelRoom, 220);
        int width = (int) Math.max(720, Math.ceil(2 * (RADIUS + 24 + labelRoom) + 16));
        double cx = width / 2.0;
        double top = 60;
        double cy = top + 40 + RADIUS;
        int legendRows = spec.series().size();
        int height = (int) Math.ceil(cy + RADIUS + 50 + legendRows * 24 + 20);
        Svg svg = new Svg(width, height, spec.title(), spec.desc(), spec.lang());
        svg.text(cx, 34, Svg.fit(spec.title(), 20, width - 40), "middle", 20, Svg.INK, "font-weight=\"bold\"");

        // grid: one polygon per score step, with the step's number on the first axis
        int steps = (int) Math.round(spec.max());
        for (int s = 1; s <= steps; s++) {
            double r = RADIUS * s / spec.max();
            svg.polygon(ring(n, cx, cy, r), "none", "stroke=\"" + Svg.GRID + "\" stroke-width=\"1\"");
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(n, i, cx, cy, RADIUS);
            svg.line(cx, cy, p[0], p[1], Svg.GRID, 1);
        }
        // the step numbers sit halfway between the first two axes, where no score point can cover them
        double gap = -Math.PI / 2 + Math.PI / n;
        for (int s = 1; s <= steps; s++) {
            double r = RADIUS * s / spec.max();
            svg.text(cx + r * Math.cos(gap), cy + r * Math.sin(gap) + 4, Integer.toString(s), "middle", 11, Svg.MUTED, null);
        }

        // axis labels outside the outer ring, anchored away from the centre
        for (int i = 0; i < n; i++) {
            double[] p = point(n, i, cx, cy, RADIUS + 14);
            double dx = p[0] - cx;
            String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
            double room = Math.abs(dx) < 1 ? 2 * labelRoom : width / 2.0 - Math.abs(dx) - 8;
            double y = p[1] + (p[1] < cy - 1 ? 0 : p[1] > cy + 1 ? 12 : 5);
            if (Math.abs(dx) < 1 && p[1] < cy) {
                y = p[1] - 4;
            }
            svg.text(p[0], y, Svg.fit(spec.axes().get(i), LABEL_SIZE, room), anchor, LABEL_SIZE, Svg.INK, null);
        }

        // one translucent polygon per series, its points marked
        for (int k = 0; k < spec.series().size(); k++) {
            Series series = spec.series().get(k);
            String colour = Svg.PALETTE.get(k % Svg.PALETTE.size());
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                Double v = i < series.values().size() ? series.values().get(i) : null;
                double r = v == null ? 0 : RADIUS * Math.max(0, Math.min(v, spec.max())) / spec.max();
                double[] p = point(n, i, cx, cy, r);
                xy[2 * i] = p[0];
                xy[2 * i + 1] = p[1];
            }
            svg.polygon(xy, colour, "fill-opacity=\"0.18\" stroke=\"" + colour + "\" stroke-width=\"2.5\"");
            for (int i = 0; i < n; i++) {
                svg.circle(xy[2 * i], xy[2 * i + 1], 3.5, colour, null);
            }
        }

        // legend: a swatch and the name with its scores in axis order
        double ly = cy + RADIUS + 56;
        for (int k = 0; k < spec.series().size(); k++) {
            Series series = spec.series().get(k);
            String colour = Svg.PALETTE.get(k % Svg.PALETTE.size());
            double y = ly + k * 24;
            svg.rect(40, y - 12, 16, 16, colour, "fill-opacity=\"0.6\" stroke=\"" + colour + "\"");
            List<String> parts = new ArrayList<>();
            boolean missing = false;
            for (Double v : series.values()) {
                parts.add(v == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", v));
                missing |= v == null;
            }
            String text = series.name() + "  " + String.join(" · ", parts) + (missing ? "  (— " + spec.noScore() + ")" : "");
            svg.text(64, y + 1, Svg.fit(text, LABEL_SIZE, width - 90), "start", LABEL_SIZE, Svg.INK, null);
        }
        return svg.finish();
    }

    /** The i-th of n axes, starting straight up and going clockwise, at distance r. */
    private static double[] point(int n, int i, double cx, double cy, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }

    private static double[] ring(int n, double cx, double cy, double r) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] p = point(n, i, cx, cy, r);
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
        return xy;
    }
}
