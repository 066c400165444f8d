package advisor.render.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A technology radar: one sector per quadrant (any number of them), rings from the inside out, each
 * blip a numbered circle in its quadrant's sector and its ring's band, coloured by ring, and a legend
 * below that lists the numbers with their names, quadrant by quadrant. Blips are laid out row by row
 * inside their cell, so the picture depends only on the input order.
 */
public final class RadarChart {
    private static final double RADIUS = 300;
    private static final double BLIP = 10;
    private static final double LABEL_SIZE = 13;
    private static final double LEGEND_SIZE = 12;
    private static final double LEGEND_LINE = 17;
    private static final double COLUMN = 240;
    private static final double MAX_LABEL = 190;
    /** How far a quadrant label stands off the circle, and the room kept after its end. */
    private static final double LABEL_GAP = 12;
    /** Left and right of the picture: beside the widest label, and beside the legend's columns. */
    private static final double MARGIN = 20;

    /** A ring: its label and colour, from the inside out. */
    public record Ring(String label, String colour) {
    }

    /** A blip: its number, name, quadrant and ring (indexes into the spec's lists). */
    public record Blip(int number, String name, int quadrant, int ring) {
    }

    /** What to draw: heading, description for screen readers, quadrants, rings, blips (legend order = list order). */
    public record Spec(String title, String subtitle, String desc, String lang, List<String> quadrants, List<Ring> rings,
                       List<Blip> blips) {
        public Spec {
            quadrants = List.copyOf(quadrants);
            rings = List.copyOf(rings);
            blips = List.copyOf(blips);
        }
    }

    private RadarChart() {
    }

    public static String render(Spec spec) {
        int q = Math.max(1, spec.quadrants().size());
        int m = spec.rings().size();
        // labels run along their sector's middle radius: they need room across as wide as they are long,
        // and room above and below only as far as their slant reaches
        double labelRoom = 2 * LABEL_GAP;
        double up = 0;
        double down = 0;
        for (int i = 0; i < spec.quadrants().size(); i++) {
            double room = Math.min(Svg.textWidth(spec.quadrants().get(i), LABEL_SIZE), MAX_LABEL) + 2 * LABEL_GAP;
            double reach = room * Math.sin(middle(i, q));
            labelRoom = Math.max(labelRoom, room);
            up = Math.max(up, -reach);
            down = Math.max(down, reach);
        }
        double width = Math.max(2 * (RADIUS + labelRoom) + 2 * MARGIN, 4 * COLUMN + 2 * MARGIN);
        double cx = width / 2;
        double cy = 110 + up + 16 + RADIUS;
        List<List<String>> columns = legendColumns(spec, (int) ((width - 2 * MARGIN) / COLUMN));
        int lines = columns.stream().mapToInt(List::size).max().orElse(0);
        double legendTop = cy + RADIUS + down + 46;
        int height = (int) Math.ceil(legendTop + lines * LEGEND_LINE + 30);
        Svg svg = new Svg((int) width, height, spec.title(), spec.desc(), spec.lang());
        svg.text(24, 34, Svg.fit(spec.title(), 20, width - 48), "start", 20, Svg.INK, "font-weight=\"bold\"");
        svg.text(24, 58, Svg.fit(spec.subtitle(), 13, width - 48), "start", 13, Svg.MUTED, null);

        // ring key, inside out (the blips carry their ring's colour; bands stay unlabelled so no label hides a blip)
        double kx = 24;
        for (Ring ring : spec.rings()) {
            svg.circle(kx + 7, 82, 7, ring.colour(), null);
            svg.text(kx + 20, 87, ring.label(), "start", 13, Svg.INK, null);
            kx += 20 + Svg.textWidth(ring.label(), 13) + 24;
        }

        // rings as bands of equal area, the innermost shaded darkest
        double[] radii = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            radii[k] = RADIUS * Math.sqrt((double) k / m);
        }
        for (int k = m - 1; k >= 0; k--) {
            String shade = String.format(Locale.ROOT, "#%02x%02x%02x", 0xe6 + 6 * k, 0xea + 5 * k, 0xef + 4 * k);
            svg.circle(cx, cy, radii[k + 1], shade, "stroke=\"#ffffff\" stroke-width=\"2\"");
        }
        // sector borders and labels set along the radius, so that many quadrants never collide
        for (int s = 0; s < q; s++) {
            double a = angle(s, q);
            svg.line(cx, cy, cx + RADIUS * Math.cos(a), cy + RADIUS * Math.sin(a), "#ffffff", 2);
        }
        for (int s = 0; s < spec.quadrants().size(); s++) {
            double mid = middle(s, q);
            double x = cx + (RADIUS + LABEL_GAP) * Math.cos(mid);
            double y = cy + (RADIUS + LABEL_GAP) * Math.sin(mid);
            double deg = Math.toDegrees(mid);
            boolean left = Math.cos(mid) < -1e-9;
            double rotate = left ? deg + 180 : deg;
            String label = Svg.fit(spec.quadrants().get(s), LABEL_SIZE, MAX_LABEL);
            svg.text(x, y, label, left ? "end" : "start", LABEL_SIZE, Svg.INK,
                    "dominant-baseline=\"middle\" transform=\"rotate(" + Svg.num(rotate) + ' ' + Svg.num(x) + ' '
                            + Svg.num(y) + ")\"");
        }

        // blips, cell by cell
        for (int s = 0; s < q; s++) {
            for (int k = 0; k < m; k++) {
                List<Blip> cell = new ArrayList<>();
                for (Blip b : spec.blips()) {
                    if (b.quadrant() == s && b.ring() == k) {
                        cell.add(b);
                    }
                }
                if (cell.isEmpty()) {
                    continue;
                }
                List<double[]> spots = place(cell.size(), angle(s, q), angle(s + 1, q), radii[k], radii[k + 1]);
                String colour = spec.rings().get(k).colour();
                for (int i = 0; i < cell.size(); i++) {
                    double x = cx + spots.get(i)[1] * Math.cos(spots.get(i)[0]);
                    double y = cy + spots.get(i)[1] * Math.sin(spots.get(i)[0]);
                    svg.circle(x, y, BLIP, colour, "stroke=\"#ffffff\" stroke-width=\"1\"");
                    String n = Integer.toString(cell.get(i).number());
                    svg.text(x, y + 3.5, n, "middle", n.length() > 2 ? 8.5 : 10, "#ffffff", "font-weight=\"bold\"");
                }
            }
        }

        // legend: quadrant headings, then number and name, in columns
        for (int c = 0; c < columns.size(); c++) {
            double x = MARGIN + c * COLUMN;
            List<String> column = columns.get(c);
            for (int i = 0; i < column.size(); i++) {
                String line = column.get(i);
                double y = legendTop + i * LEGEND_LINE;
                if (line.startsWith("\u0000")) {
                    svg.text(x, y, Svg.fit(line.substring(1), LEGEND_SIZE, COLUMN - 12), "start", LEGEND_SIZE, Svg.INK,
                            "font-weight=\"bold\"");
                } else if (!line.isEmpty()) {
                    svg.text(x, y, Svg.fit(line, LEGEND_SIZE, COLUMN - 12), "start", LEGEND_SIZE, Svg.INK, null);
                }
            }
        }
        return svg.finish();
    }

    /** Start angle of sector {@code s} of {@code q}, from straight up, clockwise. */
    private static double angle(int s, int q) {
        return -Math.PI / 2 + 2 * Math.PI * s / q;
    }

    /** The angle down the middle of sector {@code s} of {@code q}, where its label runs. */
    private static double middle(int s, int q) {
        return (angle(s, q) + angle(s + 1, q)) / 2;
    }

    /**
     * Spots (angle, radius) for {@code count} blips in a cell: as few rows as hold them at one blip's
     * spacing, each row's blips spread evenly over its arc; when even the most rows do not hold them,
     * they are packed closer.
     */
    static List<double[]> place(int count, double a0, double a1, double r0, double r1) {
        double pad = BLIP + 2;
        double inner = Math.max(r0 + pad, pad * 1.5);
        double outer = Math.max(inner, r1 - pad);
        double spacing = 2 * BLIP + 3;
        int maxRows = Math.max(1, (int) Math.floor((outer - inner) / spacing) + 1);
        int rows = 1;
        int[] capacity;
        while (true) {
            capacity = new int[rows];
            int total = 0;
            for (int r = 0; r < rows; r++) {
                double radius = rowRadius(r, rows, inner, outer);
                double arc = radius * Math.max(0, (a1 - a0) - 2 * pad / Math.max(radius, 1));
                capacity[r] = Math.max(1, (int) Math.floor(arc / spacing) + 1);
                total += capacity[r];
            }
            if (total >= count || rows >= maxRows) {
                break;
            }
            rows++;
        }
        int total = 0;
        for (int c : capacity) {
            total += c;
        }
        // share the blips among the rows by capacity, the remainder to the outer rows
        int[] share = new int[rows];
        int given = 0;
        for (int r = 0; r < rows; r++) {
            share[r] = (int) Math.floor((double) count * capacity[r] / total);
            given += share[r];
        }
        for (int r = rows - 1; given < count; r = (r - 1 + rows) % rows) {
            share[r]++;
            given++;
        }
        List<double[]> spots = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double radius = rowRadius(r, rows, inner, outer);
            double margin = Math.min((a1 - a0) / 2, pad / Math.max(radius, 1));
            double from = a0 + margin;
            double to = a1 - margin;
            for (int i = 0; i < share[r]; i++) {
                double a = share[r] == 1 ? (from + to) / 2 : from + (to - from) * (i + 0.5) / share[r];
                spots.add(new double[] {a, radius});
            }
        }
        return spots;
    }

    /**
     * The radius of row {@code r} of {@code rows} in a band: one row sits towards the outer edge, where its
     * arc is longest and its blips spread widest; more rows share the band evenly.
     */
    private static double rowRadius(int r, int rows, double inner, double outer) {
        return rows == 1 ? outer - (outer - inner) * 0.3 : inner + (outer - inner) * r / (rows - 1);
    }

    /** The legend's lines, split into at most {@code max} columns of about equal length; headings start with NUL. */
    private static List<List<String>> legendColumns(Spec spec, int max) {
        List<List<String>> groups = new ArrayList<>();
        for (int s = 0; s < spec.quadrants().size(); s++) {
            List<String> group = new ArrayList<>();
            for (Blip b : spec.blips()) {
                if (b.quadrant() == s) {
                    group.add(b.number() + "  " + b.name());
                }
            }
            if (!group.isEmpty()) {
                group.add(0, "\u0000" + spec.quadrants().get(s));
                group.add("");
                groups.add(group);
            }
        }
        int total = groups.stream().mapToInt(List::size).sum();
        // at least a dozen lines a column, so that a short legend is not spread thin
        int columns = Math.max(1, Math.min(max, (int) Math.ceil(total / 12.0)));
        int target = Math.max(1, (int) Math.ceil((double) total / columns));
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (List<String> group : groups) {
            for (String line : group) {
                boolean heading = line.startsWith("\u0000");
                // a heading never ends a column; a column breaks at its target unless it is the last allowed
                if (current.size() >= target - (heading ? 1 : 0) && out.size() < columns - 1 && !current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                    if (!heading && !line.isEmpty()) {
                        current.add("\u0000" + group.get(0).substring(1));
                    }
                }
                if (current.isEmpty() && line.isEmpty()) {
                    continue;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
