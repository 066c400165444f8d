package advisor.radar;

import advisor.model.Ring;
import advisor.scoring.RingHistory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The radar formats {@code advisor export} writes, each a view of a {@link RadarExport}: byor-csv, byor-json,
 * zalando and backstage as one file, aoe as a folder. Every writer gives the same bytes for the same radar.
 * What {@code advisor import} reads back from them is the same latest rings (and, from backstage and aoe,
 * the same ring history, with partial dates written as the first day they name).
 */
public final class RadarWriters {
    /** The formats, in help order. */
    public static final List<String> FORMATS = List.of("byor-csv", "byor-json", "zalando", "backstage", "aoe");

    /** A radar the chosen format cannot hold (a Zalando radar has four quadrants and four rings). */
    public static final class Unfit extends Exception {
        private static final long serialVersionUID = 1L;

        Unfit(String message) {
            super(message);
        }
    }

    private RadarWriters() {
    }

    /** Whether the format writes a folder rather than one file. */
    public static boolean folder(String format) {
        return format.equals("aoe");
    }

    /** The files of {@code format}: by path relative to the folder, or under "" for a one-file format. */
    public static Map<String, byte[]> write(String format, RadarExport radar) throws Unfit {
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (format) {
            case "byor-csv" -> files.put("", byorCsv(radar));
            case "byor-json" -> files.put("", json(byorEntries(radar)));
            case "zalando" -> files.put("", json(zalando(radar)));
            case "backstage" -> files.put("", json(backstage(radar)));
            case "aoe" -> aoe(radar, files);
            default -> throw new IllegalArgumentException("unknown export format " + format);
        }
        return files;
    }

    private static String ringName(Ring r) {
        return r.label().en();
    }

    /** BYOR's isNew: the latest ring is the library's first. */
    private static boolean isNew(RadarExport.Item item) {
        return item.steps().size() == 1;
    }

    private static byte[] byorCsv(RadarExport radar) {
        StringBuilder sb = new StringBuilder("name,ring,quadrant,isNew,description\r\n");
        for (RadarExport.Item item : radar.items()) {
            sb.append(String.join(",", csv(item.name()), csv(ringName(item.latest().ring())), csv(item.quadrant()),
                    isNew(item) ? "TRUE" : "FALSE", csv(description(item)))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The latest step's note, else the library's summary. */
    private static String description(RadarExport.Item item) {
        return item.latest().note() != null ? item.latest().note() : item.description();
    }

    /** A CSV cell (RFC 4180), with a formula-like start neutralised for spreadsheets. */
    private static String csv(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static List<Object> byorEntries(RadarExport radar) {
        List<Object> out = new ArrayList<>();
        for (RadarExport.Item item : radar.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", item.name());
            m.put("ring", ringName(item.latest().ring()));
            m.put("quadrant", item.quadrant());
            m.put("isNew", isNew(item) ? "TRUE" : "FALSE");
            m.put("description", description(item));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> zalando(RadarExport radar) throws Unfit {
        if (radar.quadrants().size() > 4) {
            throw new Unfit("a Zalando radar has 4 quadrants; this one uses " + radar.quadrants().size() + ": "
                    + String.join(", ", radar.quadrants()) + " (export fewer libraries, or map categories to fewer"
                    + " quadrants in rings.yaml)");
        }
        if (radar.rings().size() > 4) {
            throw new Unfit("a Zalando radar has 4 rings; the catalog has " + radar.rings().size());
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", radar.asOf().substring(0, 7).replace('-', '.'));
        List<Object> entries = new ArrayList<>();
        for (RadarExport.Item item : radar.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", item.name());
            m.put("quadrant", radar.quadrants().indexOf(item.quadrant()));
            m.put("ring", radar.rings().indexOf(item.latest().ring()));
            m.put("moved", switch (item.latest().move()) {
                case IN -> 1;
                case OUT -> -1;
                case NEW -> 2;
                case NONE -> 0;
            });
            m.put("active", true);
            if (item.link() != null) {
                m.put("link", link(item.link()));
            }
            entries.add(m);
        }
        root.put("entries", entries);
        return root;
    }

    /** A repository as a link: owner/name becomes a GitHub URL. */
    private static String link(String repository) {
        return repository.contains("://") ? repository : "https://github.com/" + repository;
    }

    private static Map<String, Object> backstage(RadarExport radar) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> quadrants = new ArrayList<>();
        for (String q : radar.quadrants()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", slug(q));
            m.put("name", q);
            quadrants.add(m);
        }
        root.put("quadrants", quadrants);
        List<Object> rings = new ArrayList<>();
        for (Ring r : radar.rings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", ringName(r));
            m.put("color", r.color());
            rings.add(m);
        }
        root.put("rings", rings);
        List<Object> entries = new ArrayList<>();
        for (RadarExport.Item item : radar.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", item.id());
            m.put("key", item.id());
            m.put("title", item.name());
            m.put("quadrant", slug(item.quadrant()));
            m.put("description", item.description());
            List<Object> links = new ArrayList<>();
            if (item.link() != null) {
                Map<String, Object> repository = new LinkedHashMap<>();
                repository.put("url", link(item.link()));
                repository.put("title", "Repository");
                links.add(repository);
            }
            m.put("links", links);
            List<Object> timeline = new ArrayList<>();
            for (RadarExport.Step s : item.steps()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("date", fullDate(s.date(), radar.asOf()));
                t.put("ringId", s.ring().id());
                t.put("moved", s.move() == RingHistory.Move.IN ? 1 : s.move() == RingHistory.Move.OUT ? -1 : 0);
                if (s.note() != null) {
                    t.put("description", s.note());
                }
                timeline.add(0, t); // newest first, as Backstage lists it
            }
            m.put("timeline", timeline);
            entries.add(m);
        }
        root.put("entries", entries);
        return root;
    }

    private static void aoe(RadarExport radar, Map<String, byte[]> files) {
        Map<String, String> sorted = new java.util.TreeMap<>();
        for (RadarExport.Item item : radar.items()) {
            for (RadarExport.Step s : item.steps()) {
                StringBuilder md = new StringBuilder("---\n");
                md.append("title: ").append(yaml(item.name())).append('\n');
                md.append("ring: ").append(s.ring().id()).append('\n');
                md.append("segment: ").append(yaml(item.quadrant())).append('\n');
                md.append("tags: []\nfeatured: true\n---\n\n");
                md.append(s.note() != null ? s.note() : item.description()).append('\n');
                sorted.put("radar/" + fullDate(s.date(), radar.asOf()) + "/" + item.id() + ".md", md.toString());
            }
        }
        sorted.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }

    /** A partial date as the first day it names (2024-03 is 2024-03-01); an undated step takes the radar's date. */
    static String fullDate(String date, String asOf) {
        if (date == null) {
            return asOf;
        }
        return date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return x.isEmpty() ? "q" + Integer.toHexString(s.hashCode()) : x;
    }

    private static byte[] json(Object value) {
        try {
            return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
