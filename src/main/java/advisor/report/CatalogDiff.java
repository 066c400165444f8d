package advisor.report;

import advisor.model.Catalog;
import advisor.model.Fact;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Ring;
import advisor.render.Answer;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.scoring.Facts;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.scoring.RingHistory;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@code advisor diff OLD NEW} (issue 12): libraries added and removed, ring moves, score
 * and tier changes (balanced profile, as shown) and changed current facts, by kind and then library id.
 */
public record CatalogDiff(String old, String updated, List<Change> changes) implements Answer {

    /** The kinds of change, in the order the page shows them. */
    public static final List<String> KINDS = List.of("added", "removed", "ring", "score", "tier", "fact");

    /**
     * One change. {@code what}: for a ring, the move (new, moved-in, moved-out, removed); for a fact, its key;
     * else null. {@code from} and {@code to}: the values before and after (null where there is none).
     */
    public record Change(String kind, String id, String name, String what, String from, String to) implements Node {
        static final Fields<Change> FIELDS = Fields.of(Change.class, "diff.field", () -> List.of(
                Field.column("kind", Change::kind, (c, m) -> m.text("diff.kind." + c.kind())),
                Field.column("id", "reference.id", Change::id),
                Field.column("name", "list.field.name", Change::name),
                Field.column("what", Change::what, (c, m) -> c.what() == null ? ""
                        : c.kind().equals("ring") ? m.text("ring.move." + c.what()) : m.text("fact." + c.what())),
                Field.column("from", Change::from, (c, m) -> c.from() == null ? "—" : c.from()),
                Field.column("to", Change::to, (c, m) -> c.to() == null ? "—" : c.to())));
    }

    private static final Fields<CatalogDiff> FIELDS = Fields.of(CatalogDiff.class, "diff.field", () -> List.of(
            SharedFields.schemaVersion(),
            Field.data("old", CatalogDiff::old),
            Field.data("new", CatalogDiff::updated),
            Field.data("counts", CatalogDiff::counts),
            Field.data("changes", CatalogDiff::changes)));

    /** Changes in the order the page shows them: by kind, then library id (a stable sort: a library's facts keep their order). */
    private static final Comparator<Change> ORDER = Comparator.comparingInt((Change c) -> KINDS.indexOf(c.kind()))
            .thenComparing(Change::id);

    public CatalogDiff {
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(ORDER);
        changes = List.copyOf(ordered);
    }

    /** How many changes of each kind, every kind named. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String k : KINDS) {
            out.put(k, (int) changes.stream().filter(c -> c.kind().equals(k)).count());
        }
        return out;
    }

    /** What changed from {@code a} to {@code b}; texts in {@code lang}. */
    public static CatalogDiff of(Catalog a, Catalog b, String oldName, String newName, Lang lang) {
        List<Change> changes = new ArrayList<>();
        for (Library lib : b.libraries()) {
            if (a.library(lib.id()).isEmpty()) {
                changes.add(new Change("added", lib.id(), lib.name(), null, null, ring(b, lib).map(Ring::id).orElse(null)));
            }
        }
        for (Library lib : a.libraries()) {
            if (b.library(lib.id()).isEmpty()) {
                changes.add(new Change("removed", lib.id(), lib.name(), null, ring(a, lib).map(Ring::id).orElse(null), null));
            }
        }
        Scores sa = new Scores(a);
        Scores sb = new Scores(b);
        Facts fa = new Facts(a);
        Facts fb = new Facts(b);
        for (Library after : b.libraries()) {
            Library before = a.library(after.id()).orElse(null);
            if (before == null) {
                continue;
            }
            Optional<Ring> r0 = ring(a, before);
            Optional<Ring> r1 = ring(b, after);
            if (!Objects.equals(r0.map(Ring::id), r1.map(Ring::id))) {
                String move = r0.isEmpty() ? "new" : r1.isEmpty() ? "removed"
                        : r1.get().order() < r0.get().order() ? "moved-in" : "moved-out";
                changes.add(new Change("ring", after.id(), after.name(), move, r0.map(Ring::id).orElse(null),
                        r1.map(Ring::id).orElse(null)));
            }
            MaturityScore m0 = sa.of(before);
            MaturityScore m1 = sb.of(after);
            String s0 = m0 == null ? null : Texts.shown(m0);
            String s1 = m1 == null ? null : Texts.shown(m1);
            if (!Objects.equals(s0, s1)) {
                changes.add(new Change("score", after.id(), after.name(), null, s0, s1));
            }
            String t0 = sa.tier(m0);
            String t1 = sb.tier(m1);
            if (!Objects.equals(t0, t1)) {
                changes.add(new Change("tier", after.id(), after.name(), null, t0, t1));
            }
            Map<String, Facts.Dated> f0 = fa.current(before);
            Map<String, Facts.Dated> f1 = fb.current(after);
            List<String> keys = new ArrayList<>(f0.keySet());
            f1.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
            for (String key : keys) {
                String v0 = value(f0.get(key), lang);
                String v1 = value(f1.get(key), lang);
                if (!Objects.equals(v0, v1)) {
                    changes.add(new Change("fact", after.id(), after.name(), key, v0, v1));
                }
            }
        }
        return new CatalogDiff(oldName, newName, changes);
    }

    private static Optional<Ring> ring(Catalog c, Library lib) {
        return RingHistory.latest(c, lib).map(RingHistory.Step::ring);
    }

    private static String value(Facts.Dated d, Lang lang) {
        if (d == null) {
            return null;
        }
        Fact f = d.fact();
        return f.value() != null ? f.value() : f.text().in(lang);
    }

    /** Scores and tiers under the balanced profile, as shown (two decimals). */
    private static final class Scores {
        private final Weights weights;
        private final Tiers tiers;

        Scores(Catalog c) {
            Profile p = c.profile("balanced").orElse(null);
            weights = p == null ? null : Weights.of(c, p);
            tiers = new Tiers(c.tiers());
        }

        /** The library's score, null when it has none or the catalog has no balanced profile. */
        MaturityScore of(Library lib) {
            return weights == null ? null : Maturity.of(lib, weights).orElse(null);
        }

        /** The id of the tier of a score from {@link #of}, null for none. */
        String tier(MaturityScore s) {
            return s == null ? null : Texts.id(tiers.of(s.value()));
        }
    }

    @Override
    public Listed<Change> listed() {
        return new Listed<>("changes", Change.FIELDS, changes);
    }

    /** The "what changed" page: counts, then one table per kind of change. */
    @Override
    public Doc doc(Messages m) {
        Doc doc = new Doc().title(m.text("diff.title", old, updated));
        Map<String, Integer> counts = counts();
        doc.paragraph(m.text("diff.summary", counts.get("added"), counts.get("removed"), counts.get("ring"),
                counts.get("score"), counts.get("tier"), counts.get("fact")));
        for (String kind : KINDS) {
            List<Change> of = changes.stream().filter(c -> c.kind().equals(kind)).toList();
            if (!of.isEmpty()) {
                doc.heading(m.text("diff.section." + kind));
                List<String> columns = kind.equals("ring") || kind.equals("fact") ? List.of("id", "name", "what", "from", "to")
                        : kind.equals("added") ? List.of("id", "name", "to") : kind.equals("removed")
                        ? List.of("id", "name", "from") : List.of("id", "name", "from", "to");
                doc.table(Change.FIELDS.table(of, m, columns));
            }
        }
        return doc;
    }
}
