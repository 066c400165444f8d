package advisor.report;

import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Doc;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import advisor.render.Node;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The reference listings of a catalog, each built in one language. */
public final class References {
    private References() {
    }

    /** A maturity dimension. */
    public record DimensionEntry(String id, String label, String description) implements Node {
        static final Fields<DimensionEntry> FIELDS = Fields.of(DimensionEntry.class, "dimensions.field", () -> List.of(
                Field.column("id", "reference.id", DimensionEntry::id),
                Field.column("label", DimensionEntry::label),
                Field.column("description", DimensionEntry::description)));
    }

    public static Reference<DimensionEntry> dimensions(Catalog catalog, Lang lang) {
        List<DimensionEntry> items = catalog.dimensions().stream()
                .map(d -> new DimensionEntry(d.id(), d.label().in(lang), d.description().in(lang))).toList();
        return new Reference<>("dimensions", items, DimensionEntry.FIELDS, (a, m) -> table(a, m, "dimensions.title"));
    }

    /** A scenario of the taxonomy, with how many libraries a source rates for it. */
    public record ScenarioEntry(String id, String label, Map<String, String> labels, List<String> aliases,
            List<RelatedEntry> related, long libraries, String otherLabel) implements Node {
        static final Fields<ScenarioEntry> FIELDS = Fields.of(ScenarioEntry.class, "scenarios.field", () -> List.of(
                Field.column("id", "reference.id", ScenarioEntry::id),
                Field.column("label", ScenarioEntry::label),
                Field.data("labels", ScenarioEntry::labels),
                Field.column("aliases", ScenarioEntry::aliases, (e, m) -> {
                    List<String> all = new ArrayList<>();
                    all.add(e.otherLabel());
                    all.addAll(e.aliases());
                    return String.join(", ", all);
                }),
                Field.column("related", ScenarioEntry::related, (e, m) -> e.related().stream()
                        .map(r -> r.id() + " ×" + r.strength().toPlainString()).collect(Collectors.joining(", "))),
                Field.numberColumn("libraries", ScenarioEntry::libraries)));
    }

    /** A scenario related to another, and how strongly its ratings carry over. */
    public record RelatedEntry(String id, BigDecimal strength) implements Node {
        static final Fields<RelatedEntry> FIELDS = Fields.of(RelatedEntry.class, () -> List.of(
                SharedFields.id(RelatedEntry::id),
                Field.data("strength", "scenarios.field.strength", RelatedEntry::strength)));
    }

    public static Reference<ScenarioEntry> scenarios(Catalog catalog, Lang lang) {
        List<ScenarioEntry> items = new ArrayList<>();
        for (Scenario s : catalog.scenarios()) {
            long rated = 0;
            for (Library l : catalog.libraries()) {
                rated += l.ratedFor(s.id()) ? 1 : 0;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("en", s.label().en());
            labels.put("zh", s.label().zh());
            items.add(new ScenarioEntry(s.id(), s.label().in(lang), labels, s.aliases(), s.related().stream()
                    .map(r -> new RelatedEntry(r.scenario(), Texts.figure(r.strength()))).toList(), rated,
                    lang == Lang.ZH ? s.label().en() : s.label().zh()));
        }
        return new Reference<>("scenarios", items, ScenarioEntry.FIELDS,
                (a, m) -> table(a, m, "scenarios.title", "id", "label", "libraries", "aliases", "related"));
    }

    /** A category, with how many libraries it holds and how many of them are scored. */
    public record CategoryEntry(String id, String label, long libraries, long scored) implements Node {
        static final Fields<CategoryEntry> FIELDS = Fields.of(CategoryEntry.class, "categories.field", () -> List.of(
                Field.column("id", "reference.id", CategoryEntry::id),
                Field.column("label", CategoryEntry::label),
                Field.numberColumn("libraries", CategoryEntry::libraries),
                Field.numberColumn("scored", CategoryEntry::scored)));
    }

    public static Reference<CategoryEntry> categories(Catalog catalog, Lang lang) {
        List<CategoryEntry> items = new ArrayList<>();
        for (var c : catalog.categories()) {
            List<Library> libs = catalog.libraries().stream().filter(l -> l.category().equals(c.id())).toList();
            items.add(new CategoryEntry(c.id(), c.label().in(lang), libs.size(),
                    libs.stream().filter(Library::scored).count()));
        }
        return new Reference<>("categories", items, CategoryEntry.FIELDS, (a, m) -> table(a, m, "categories.title"));
    }

    /** A weight profile with its weights normalised over the catalog's dimensions (four decimals). */
    public record ProfileEntry(String id, String label, Weights weights, String rationale, List<String> dimensions)
            implements Node {
        static final Fields<ProfileEntry> FIELDS = Fields.of(ProfileEntry.class, "profiles.field", () -> List.of(
                SharedFields.id(ProfileEntry::id),
                Field.data("label", ProfileEntry::label),
                Field.data("weights", ProfileEntry::weightData),
                Field.data("rationale", ProfileEntry::rationale)));

        /** The weights for data: dimension id to the normalised weight, four decimals. */
        Map<String, BigDecimal> weightData() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            dimensions.forEach(d -> out.put(d, Texts.number(weights.of(d), 4)));
            return out;
        }
    }

    public static Reference<ProfileEntry> profiles(Catalog catalog, Lang lang) {
        List<String> dims = catalog.dimensionIds();
        List<ProfileEntry> items = new ArrayList<>();
        for (Profile p : catalog.profiles()) {
            items.add(new ProfileEntry(p.id(), p.label().in(lang), Weights.of(catalog, p), p.rationale().in(lang), dims));
        }
        return new Reference<>("profiles", items, ProfileEntry.FIELDS, References::profilesDoc);
    }

    private static Doc profilesDoc(Reference<ProfileEntry> a, Messages m) {
        Doc.TableBuilder table = new Doc.TableBuilder().column(m.text("reference.id"))
                .column(m.text("profiles.field.label"));
        List<String> dims = a.items().isEmpty() ? List.of() : a.items().get(0).dimensions();
        dims.forEach(table::numberColumn);
        table.column(m.text("profiles.field.rationale"));
        for (ProfileEntry p : a.items()) {
            List<String> cells = new ArrayList<>(List.of(p.id(), p.label()));
            dims.forEach(d -> cells.add(Texts.fixed(p.weights().of(d), 2)));
            cells.add(p.rationale());
            table.row(cells.toArray(String[]::new));
        }
        return new Doc().title(m.text("profiles.title")).table(table.build()).paragraph(m.text("profiles.footer"));
    }

    /** A trend: its impact, advice and the libraries it concerns, scored under the balanced profile. */
    public record TrendEntry(String id, String label, int impact, String advice, List<String> scenarios, String source,
            List<TrendLibrary> libraries) implements Node {
        static final Fields<TrendEntry> FIELDS = Fields.of(TrendEntry.class, "trends.field", () -> List.of(
                SharedFields.id(TrendEntry::id),
                Field.data("label", TrendEntry::label),
                Field.data("impact", TrendEntry::impact),
                Field.data("advice", TrendEntry::advice),
                Field.data("scenarios", TrendEntry::scenarios),
                SharedFields.source(TrendEntry::source),
                Field.data("libraries", TrendEntry::libraries)));
    }

    /** A library a trend concerns; its name is its id when the catalog does not hold it. */
    public record TrendLibrary(String id, String name, MaturityScore score, Tier tier) implements Node {
        static final Fields<TrendLibrary> FIELDS = Fields.of(TrendLibrary.class, "list.field", () -> List.of(
                SharedFields.id(TrendLibrary::id),
                Field.column("name", "trends.field.library", TrendLibrary::name),
                Field.numberColumn("score", e -> Texts.score(e.score()), (e, m) -> Texts.shown(e.score())),
                Field.column("tier", e -> Texts.id(e.tier()), (e, m) -> Texts.tier(e.tier(), m))));
    }

    public static Reference<TrendEntry> trends(Catalog catalog, Lang lang) {
        Weights balanced = Weights.of(catalog, catalog.profile("balanced").orElseThrow());
        Tiers tiers = new Tiers(catalog.tiers());
        List<TrendEntry> items = new ArrayList<>();
        for (Trend t : catalog.trends()) {
            List<TrendLibrary> libs = new ArrayList<>();
            for (String id : t.libraries()) {
                Library lib = catalog.library(id).orElse(null);
                MaturityScore score = lib == null ? null : Maturity.of(lib, balanced).orElse(null);
                libs.add(new TrendLibrary(id, lib == null ? id : lib.name(), score,
                        score == null ? null : tiers.of(score.value())));
            }
            items.add(new TrendEntry(t.id(), t.label().in(lang), t.impact(), t.advice().in(lang), t.scenarios(),
                    t.source(), libs));
        }
        return new Reference<>("trends", items, TrendEntry.FIELDS, References::trendsDoc);
    }

    private static Doc trendsDoc(Reference<TrendEntry> a, Messages m) {
        Doc doc = new Doc().title(m.text("trends.title"));
        for (TrendEntry t : a.items()) {
            doc.heading(t.label() + "  " + Texts.stars(t.impact()));
            doc.paragraph(m.text("trends.advice", t.advice(), t.source()));
            doc.table(TrendLibrary.FIELDS.table(t.libraries(), m, null));
        }
        return doc;
    }

    /** A source document, as the catalog lists it. */
    public record SourceEntry(String id, String title, String file, String date, Integer reviewMonths) implements Node {
        static final Fields<SourceEntry> FIELDS = Fields.of(SourceEntry.class, "sources.field", () -> List.of(
                Field.column("id", "reference.id", SourceEntry::id),
                Field.column("title", SourceEntry::title),
                Field.column("file", SourceEntry::file),
                Field.column("date", SourceEntry::date,
                        (e, m) -> e.date() == null ? m.text("common.undated") : e.date()),
                Field.column("reviewMonths", SourceEntry::reviewMonths,
                        (e, m) -> e.reviewMonths() == null ? "" : m.text("sources.months", e.reviewMonths()))));

        /** {@code s} in {@code lang}. */
        public static SourceEntry of(Source s, Lang lang) {
            return new SourceEntry(s.id(), s.title().in(lang), s.file(), s.date() == null ? null : s.date().toString(),
                    s.reviewMonths());
        }
    }

    public static Reference<SourceEntry> sources(Catalog catalog, Lang lang) {
        List<SourceEntry> items = catalog.sources().stream().map(s -> SourceEntry.of(s, lang)).toList();
        return new Reference<>("sources", items, SourceEntry.FIELDS,
                (a, m) -> table(a, m, "sources.title", "id", "title", "date", "reviewMonths", "file"));
    }

    /** A listing's title and its table: the chosen columns, else every field with a text. */
    private static <R extends Node> Doc table(Reference<R> a, Messages m, String title, String... columns) {
        return new Doc().title(m.text(title)).table(a.listed().table(m, columns.length == 0 ? null : List.of(columns)));
    }
}
