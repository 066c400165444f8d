package advisor.report;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Profile;
import advisor.model.Quadrant;
import advisor.model.Ring;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.HtmlPage;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.render.svg.RadarChart;
import advisor.scoring.RingHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer of {@code advisor radar}: the libraries that pass a list filter, placed on a technology radar.
 * A library's quadrant is the one that holds its category ({@code rings.yaml}; "other" when none does); its
 * ring is its latest placement, else the one the ring policy gives its tier; a library with neither is off
 * the radar and only counted. Blips are numbered quadrant by quadrant, ring by ring, then by name.
 */
public record TechRadar(String profile, List<RingKey> rings, List<QuadrantKey> quadrants, List<Blip> blips,
                        int offRadar, String policy) implements Answer {

    /** The id of the quadrant for categories that no quadrant holds. */
    public static final String OTHER = "other";

    /** A ring as the picture draws it. */
    public record RingKey(String id, String label, String color) implements Node {
        static final Fields<RingKey> FIELDS = Fields.of(RingKey.class, "radar.field", () -> List.of(
                SharedFields.id(RingKey::id),
                Field.data("label", RingKey::label),
                Field.data("color", RingKey::color)));
    }

    /** A quadrant as the picture draws it. */
    public record QuadrantKey(String id, String label) implements Node {
        static final Fields<QuadrantKey> FIELDS = Fields.of(QuadrantKey.class, () -> List.of(
                SharedFields.id(QuadrantKey::id),
                Field.data("label", "radar.field.label", QuadrantKey::label)));
    }

    /**
     * One library on the radar: its number, quadrant and ring, and where the ring comes from: a placement
     * (its source and date) or the policy (the library's tier).
     */
    public record Blip(int number, String id, String name, String category, String categoryLabel, String quadrant,
                       String quadrantLabel, String ring, String ringLabel, String basis, String source, String date,
                       String tier, String tierLabel, java.math.BigDecimal score, String scoreText) implements Node {
        static final Fields<Blip> FIELDS = Fields.of(Blip.class, "radar.field", () -> List.of(
                Field.numberColumn("number", Blip::number),
                Field.column("id", Blip::id),
                Field.column("name", Blip::name),
                Field.column("quadrant", Blip::quadrant, (b, m) -> b.quadrantLabel()),
                Field.column("ring", Blip::ring, (b, m) -> b.ringLabel()),
                Field.column("ringBasis", Blip::basis, (b, m) -> b.basis().equals("placement")
                        ? m.text("radar.basis.placement", b.source(), b.date() == null ? Texts.NONE : b.date())
                        : m.text("radar.basis.policy", b.tierLabel())),
                Field.column("category", Blip::category, (b, m) -> b.categoryLabel()),
                Field.data("tier", Blip::tier),
                Field.numberColumn("score", Blip::score,
                        (b, m) -> b.scoreText() == null ? Texts.NONE : b.scoreText())));
    }

    private static final Fields<TechRadar> FIELDS = Fields.of(TechRadar.class, "radar.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("profile", TechRadar::profile),
            Field.data("rings", TechRadar::rings),
            Field.data("quadrants", TechRadar::quadrants),
            Field.data("blips", TechRadar::blips),
            Field.data("offRadar", TechRadar::offRadar)));

    public TechRadar {
        rings = List.copyOf(rings);
        quadrants = List.copyOf(quadrants);
        blips = List.copyOf(blips);
    }

    /** The radar of the libraries that {@code filter} lets through, scored under {@code profile} for the ring policy. */
    public static TechRadar of(Catalog catalog, Lang lang, Profile profile, LibraryList.Filter filter) {
        List<Ring> rings = new ArrayList<>(catalog.radar().rings());
        rings.sort(Comparator.comparingInt(Ring::order));
        List<QuadrantKey> quadrants = new ArrayList<>();
        for (Quadrant q : catalog.radar().quadrants()) {
            quadrants.add(new QuadrantKey(q.id(), q.label().in(lang)));
        }
        record Placed(LibraryList.Entry entry, int quadrant, Ring ring, Optional<RingHistory.Step> step) {
        }
        List<Placed> placed = new ArrayList<>();
        int off = 0;
        boolean other = false;
        for (LibraryList.Entry e : LibraryList.of(catalog, lang, profile, filter, LibraryList.Sort.NAME).libraries()) {
            Optional<Ring> ring = RingHistory.shown(catalog, e.library(), Optional.ofNullable(e.tier()).map(t -> t.id()));
            if (ring.isEmpty()) {
                off++;
                continue;
            }
            Optional<Quadrant> q = catalog.radar().quadrantOf(e.library().category());
            int index = q.map(catalog.radar().quadrants()::indexOf).orElse(-1);
            other |= index < 0;
            placed.add(new Placed(e, index < 0 ? Integer.MAX_VALUE : index, ring.get(), RingHistory.latest(catalog, e.library())));
        }
        if (other) {
            quadrants.add(new QuadrantKey(OTHER, Messages.of(lang).text("radar.quadrant.other")));
        }
        placed.sort(Comparator.comparingInt(Placed::quadrant).thenComparingInt(p -> p.ring().order())
                .thenComparing(p -> p.entry().library().name().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.entry().library().id()));
        List<Blip> blips = new ArrayList<>();
        for (Placed p : placed) {
            QuadrantKey q = p.quadrant() == Integer.MAX_VALUE ? quadrants.get(quadrants.size() - 1) : quadrants.get(p.quadrant());
            boolean own = p.step().isPresent();
            LibraryList.Entry e = p.entry();
            blips.add(new Blip(blips.size() + 1, e.library().id(), e.library().name(), e.library().category(),
                    e.categoryLabel(), q.id(), q.label(), p.ring().id(), p.ring().label().in(lang),
                    own ? "placement" : "policy", own ? p.step().get().source() : null, own ? p.step().get().date() : null,
                    Texts.id(e.tier()), e.tier() == null ? null : e.tier().label().in(lang),
                    e.score() == null ? null : Texts.score(e.score()), e.score() == null ? null : Texts.shown(e.score())));
        }
        List<RingKey> ringKeys = rings.stream().map(r -> new RingKey(r.id(), r.label().in(lang), r.color())).toList();
        String policy = catalog.radar().policy() == null ? null : catalog.radar().policy().rationale().in(lang);
        return new TechRadar(profile.id(), ringKeys, quadrants, blips, off, policy);
    }

    @Override
    public Listed<Blip> listed() {
        return new Listed<>("blips", Blip.FIELDS, blips);
    }

    @Override
    public Doc doc(Messages m) {
        Doc doc = new Doc().title(m.text("radar.title", profile));
        if (policy != null) {
            doc.paragraph(m.text("radar.policy", policy));
        }
        doc.table(listed().table(m, null));
        doc.paragraph(footer(m));
        return doc;
    }

    /** How many libraries are on the radar and, when some are not, how many are off it. */
    private String footer(Messages m) {
        return offRadar == 0 ? m.text("radar.footer.all", blips.size()) : m.text("radar.footer", blips.size(), offRadar);
    }

    /** The radar as an SVG picture: quadrants as sectors, rings as bands, numbered blips and their legend. */
    public String svg(Messages m) {
        List<RadarChart.Ring> ringList = rings.stream().map(r -> new RadarChart.Ring(r.label(), colour(r.color()))).toList();
        List<String> quadrantIds = quadrants.stream().map(QuadrantKey::id).toList();
        List<String> ringIds = rings.stream().map(RingKey::id).toList();
        List<RadarChart.Blip> list = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Blip b : blips) {
            list.add(new RadarChart.Blip(b.number(), b.name(), quadrantIds.indexOf(b.quadrant()), ringIds.indexOf(b.ring())));
            described.add(m.text("radar.desc.blip", b.number(), b.name(), b.quadrantLabel(), b.ringLabel()));
        }
        String desc = m.text("radar.desc", blips.size(), quadrants.size(), rings.size()) + " " + String.join("; ", described);
        return RadarChart.render(new RadarChart.Spec(m.text("radar.title", profile), footer(m),
                desc, m.lang().name().toLowerCase(Locale.ROOT), quadrants.stream().map(QuadrantKey::label).toList(), ringList, list));
    }

    /** One self-contained page: the radar inline, the table and notes below. */
    public String html(Messages m) {
        return HtmlPage.render(m.text("radar.title", profile), m.lang().name().toLowerCase(Locale.ROOT), svg(m), doc(m).blocks());
    }

    /** A catalog colour when it is a plain hex colour, else a neutral grey: nothing else reaches the SVG. */
    private static String colour(String c) {
        return c != null && c.matches("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}") ? c : "#6e7781";
    }
}
