package advisor.report;

import advisor.model.Catalog;
import advisor.model.Choice;
import advisor.model.Fact;
import advisor.model.FactKey;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Profile;
import advisor.model.Ring;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.model.Tiers;
import advisor.model.Trend;
import advisor.model.Weights;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.scoring.Facts;
import advisor.scoring.RingHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@code advisor list}: the catalog's libraries that pass a filter, scored under a profile;
 * scored libraries first, then in the chosen order, ties by id.
 */
public record LibraryList(String profile, List<Entry> libraries) implements Answer {

    /** What a library must be to be listed; a null part lets every library through. */
    public record Filter(String category, Scenario scenario, Tier tier, Trend trend, boolean scoredOnly, Ring ring) {
    }

    /** The orders of the list. */
    public enum Sort implements Choice {
        SCORE,
        NAME,
        STARS,
        FIRST_RELEASE;

        @Override
        public String toString() {
            return id();
        }

        /** How two entries compare in this order alone (0: a tie, which the id decides). */
        int compare(Entry a, Entry b) {
            return switch (this) {
                // as shown: scores that print the same are a tie, and the id decides
                case SCORE -> Long.compare(a.score() == null ? 1L : -a.score().key(),
                        b.score() == null ? 1L : -b.score().key());
                case NAME -> a.library().name().toLowerCase(Locale.ROOT)
                        .compareTo(b.library().name().toLowerCase(Locale.ROOT));
                case STARS -> Long.compare(a.stars() == null ? 1L : -a.stars(), b.stars() == null ? 1L : -b.stars());
                case FIRST_RELEASE -> (a.firstRelease() == null ? "9999" : a.firstRelease())
                        .compareTo(b.firstRelease() == null ? "9999" : b.firstRelease());
            };
        }
    }

    /**
     * Scored entries first, then in the order asked, then by id (a class: the JDK's comparator combinators are
     * lambdas spun at run time that no class-data archive keeps).
     */
    private record Order(Sort sort) implements Comparator<Entry> {
        @Override
        public int compare(Entry a, Entry b) {
            int c = Boolean.compare(a.score() == null, b.score() == null);
            if (c == 0) {
                c = sort.compare(a, b);
            }
            return c != 0 ? c : a.library().id().compareTo(b.library().id());
        }
    }

    /** One listed library: its score (null when not scored), tier, GitHub stars as a number and as the source says. */
    public record Entry(Library library, String categoryLabel, String summary, MaturityScore score, Tier tier,
            Long stars, String starsText, String firstRelease, Ring ring) implements advisor.render.Node {
        static final Fields<Entry> FIELDS = Fields.of(Entry.class, "list.field", () -> List.of(
                Field.column("id", e -> e.library().id()),
                Field.column("name", e -> e.library().name()),
                Field.column("category", e -> e.library().category(), (e, m) -> e.categoryLabel()),
                Field.data("scored", e -> e.score() != null),
                Field.numberColumn("score", e -> Texts.score(e.score()), (e, m) -> e.scoreText()),
                Field.data("scoreBasis", e -> e.score() == null ? null : e.score().basis().id()),
                Field.column("tier", e -> Texts.id(e.tier()), (e, m) -> Texts.tier(e.tier(), m)),
                Field.column("ring", e -> e.ring() == null ? null : e.ring().id(),
                        (e, m) -> e.ring() == null ? "" : e.ring().label().in(m.lang())),
                Field.numberColumn("githubStars", Entry::stars, (e, m) -> e.starsText() == null ? "" : e.starsText()),
                Field.data("firstRelease", Entry::firstRelease),
                Field.data("summary", Entry::summary)));

        boolean reported() {
            return score != null && score.basis() == MaturityScore.Basis.REPORTED;
        }

        /** The score as the table shows it; "r" marks a source's reported composite. */
        String scoreText() {
            return Texts.marked(score);
        }
    }

    private static final Fields<LibraryList> FIELDS = Fields.of(LibraryList.class, "list.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("profile", LibraryList::profile),
            Field.data("count", a -> a.libraries().size()),
            Field.data("libraries", LibraryList::libraries)));

    public LibraryList {
        libraries = List.copyOf(libraries);
    }

    /** The libraries of {@code catalog} that pass {@code filter}, scored under {@code profile}, in {@code sort} order. */
    public static LibraryList of(Catalog catalog, Lang lang, Profile profile, Filter filter, Sort sort) {
        Weights weights = Weights.of(catalog, profile);
        Tiers tiers = new Tiers(catalog.tiers());
        Facts facts = new Facts(catalog);
        List<Entry> rows = new ArrayList<>();
        for (Library lib : catalog.libraries()) {
            MaturityScore score = Maturity.of(lib, weights).orElse(null);
            Tier tier = score == null ? null : tiers.of(score.value());
            if (filter.category() != null && !lib.category().equals(filter.category())
                    || filter.scenario() != null && !lib.ratedFor(filter.scenario().id())
                    || filter.tier() != null && (tier == null || !tier.id().equals(filter.tier().id()))
                    || filter.trend() != null && !filter.trend().libraries().contains(lib.id())
                    || filter.scoredOnly() && score == null) {
                continue;
            }
            RingHistory.Step step = RingHistory.latest(catalog, lib).orElse(null);
            Ring ring = step == null ? null : step.ring();
            if (filter.ring() != null && (ring == null || !ring.id().equals(filter.ring().id()))) {
                continue;
            }
            Fact first = facts.current(lib, FactKey.FIRST_RELEASE.id());
            Fact stars = facts.current(lib, FactKey.STARS.id());
            rows.add(new Entry(lib, catalog.categoryLabel(lib.category(), lang),
                    lib.summary().in(lang), score, tier, Facts.githubStars(stars), stars == null ? null : stars.value(),
                    first == null ? null : first.value(), ring));
        }
        rows.sort(new Order(sort));
        return new LibraryList(profile.id(), rows);
    }

    @Override
    public Listed<Entry> listed() {
        return new Listed<>("libraries", Entry.FIELDS, libraries);
    }

    @Override
    public Doc doc(Messages m) {
        long scored = 0;
        boolean reported = false;
        boolean ringed = false;
        for (Entry e : libraries) {
            if (e.score() != null) {
                scored++;
            }
            reported |= e.reported();
            ringed |= e.ring() != null;
        }
        String footer = m.text("list.footer", libraries.size(), scored, profile);
        if (reported) {
            footer += m.text("list.footer.reported");
        }
        // the ring column only when a listed library has a ring (the built-in catalog's have none)
        List<String> columns = null;
        if (!ringed) {
            columns = new ArrayList<>();
            for (Field<Entry> f : Entry.FIELDS.all()) {
                if (f.text() != null && !f.name().equals("ring")) {
                    columns.add(f.name());
                }
            }
        }
        return new Doc().title(m.text("list.title", profile)).table(listed().table(m, columns)).paragraph(footer);
    }
}
