package advisor.catalog;

import advisor.model.Category;
import advisor.model.Dimension;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.FactKey;
import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Profile;
import advisor.model.Quadrant;
import advisor.model.Radar;
import advisor.model.Ring;
import advisor.model.RingPlacement;
import advisor.model.RingPolicy;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.model.Stack;
import advisor.model.Integration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds YAML trees to model records, one kind of file at a time. It checks shapes and values
 * (types, ranges, required and unknown keys); references between files are recorded as {@link Ref}s,
 * also for an entry too broken to bind, and checked later by {@link CatalogChecker}, once every
 * overlay is merged.
 */
final class CatalogBinder {
    static final Set<String> ROLES = Set.of(Measurement.BASELINE);
    static final Set<String> QUALIFIERS = Set.of("about", "at-most", "at-least", "less-than", "more-than");
    static final List<String> CONDITION_KEYS = List.of("hardware", "model", "precision", "batchSize", "dataSize",
            "concurrency", "workload", "baseline");

    private final Problems problems;

    CatalogBinder(Problems problems) {
        this.problems = problems;
    }

    /** The entries of a reference file: a mapping with one key holding a list. */
    <T> List<T> entries(YNode root, String listKey, String what, Function<Fields, T> bind) {
        Fields file = Fields.of(root, "the file", problems);
        if (file == null) {
            return List.of();
        }
        List<YNode> items = file.list(listKey, true);
        file.finish();
        List<T> out = new ArrayList<>();
        for (YNode item : items) {
            Fields f = Fields.of(item, what, problems);
            if (f != null) {
                T t = bind.apply(f);
                f.finish();
                problems.owner(null);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Names the entry that the references read next belong to: {@code kind:id}, or its location when
     * its id is unreadable (then nothing replaces it).
     */
    private void own(String kind, String id, Fields f) {
        problems.owner(kind + ":" + (id != null ? id : "@" + f.loc()));
    }

    /** Records a reference to another file's entry: the value of {@code key}, where it is written. */
    private void refer(Ref.Kind kind, String name, Fields f, String key, String context) {
        if (name != null) {
            problems.refer(kind, name, f.locValue(key), context);
        }
    }

    /** How a reference's message names its user: "trend 'x' names", or "a trend names" when its id is broken. */
    private static String named(String kind, String id, String verb) {
        return (id == null ? "a " + kind : kind + " '" + id + "'") + " " + verb;
    }

    /** The required {@code source} of an entry, recorded as a reference. */
    private String sourceRef(Fields f) {
        String source = f.id("source", true);
        refer(Ref.Kind.SOURCE, source, f, "source", null);
        return source;
    }

    Source source(Fields f) {
        String id = f.id("id", true);
        Text title = f.text("title", true);
        String file = f.string("file", true);
        LocalDate date = f.date("date", false);
        Integer review = f.integer("reviewMonths", false, 1, 120);
        return id == null || title == null || file == null ? null : new Source(id, title, file, date, review, f.loc());
    }

    Dimension dimension(Fields f) {
        String id = f.id("id", true);
        Text label = f.label("label", true);
        Text description = f.text("description", true);
        return id == null || label == null || description == null ? null : new Dimension(id, label, description, f.loc());
    }

    Category category(Fields f) {
        String id = f.id("id", true);
        Text label = f.label("label", true);
        return id == null || label == null ? null : new Category(id, label, f.loc());
    }

    Tier tier(Fields f) {
        String id = f.id("id", true);
        Text label = f.label("label", true);
        String icon = f.string("icon", true);
        Double min = f.number("minScore", true, 0, 5);
        return id == null || label == null || icon == null || min == null ? null : new Tier(id, label, icon, min, f.loc());
    }

    Profile profile(Fields f) {
        String id = f.id("id", true);
        own("profile", id, f);
        Text label = f.label("label", true);
        Text rationale = f.text("rationale", true);
        Map<String, Double> weights = new LinkedHashMap<>();
        Fields w = Fields.of(f.node("weights", true), "'weights'", problems);
        boolean ok = w != null;
        if (w != null) {
            for (String key : keys(f, "weights")) {
                Double value = w.number(key, true, 0, 1000);
                problems.refer(Ref.Kind.DIMENSION, key, w.locOf(key), named("profile", id, "weighs"));
                if (value == null) {
                    ok = false;
                } else {
                    weights.put(key, value);
                }
            }
            w.finish();
        }
        return id == null || label == null || rationale == null || !ok ? null
                : new Profile(id, label, rationale, java.util.Collections.unmodifiableMap(weights), f.loc());
    }

    Scenario scenario(Fields f) {
        String id = f.id("id", true);
        own("scenario", id, f);
        Text label = f.label("label", true);
        List<Fields.Located> aliases = f.names("aliases");
        if (id != null) {
            problems.refer(Ref.Kind.SCENARIO_NAME, id, f.locValue("id"), null);
            if (label != null) {
                problems.refer(Ref.Kind.SCENARIO_NAME, label.en(), f.locValue("label"), null);
                problems.refer(Ref.Kind.SCENARIO_NAME, label.zh(), f.locValue("label"), null);
            }
            aliases.forEach(a -> problems.refer(Ref.Kind.SCENARIO_NAME, a.value(), a.loc(), null));
        }
        List<Scenario.Related> related = new ArrayList<>();
        for (YNode item : f.list("related", false)) {
            Fields r = Fields.of(item, "a related scenario", problems);
            if (r != null) {
                String target = r.id("scenario", true);
                refer(Ref.Kind.SCENARIO, target, r, "scenario", named("scenario", id, "relates to"));
                if (target != null && target.equals(id)) {
                    problems.error("self-reference", r.locValue("scenario"), "scenario '" + id + "' relates to itself");
                }
                Double strength = r.number("strength", true, 0, 1);
                r.finish();
                if (target != null && strength != null) {
                    related.add(new Scenario.Related(target, strength, r.loc()));
                }
            }
        }
        // no kind: a quality, so inference is not limited (what every scenario was before kinds)
        Scenario.Kind kind = f.has("kind") ? null : Scenario.Kind.QUALITY;
        String kindName = f.string("kind", false);
        if (kindName != null) {
            for (Scenario.Kind k : Scenario.Kind.values()) {
                if (k.id().equals(kindName)) {
                    kind = k;
                }
            }
            if (kind == null) {
                problems.error("unknown-value", f.locValue("kind"), "kind '" + kindName
                        + "' is not known; valid: domain (names the categories that serve it), quality");
            }
        }
        List<Fields.Located> categories = f.ids("categories");
        categories.forEach(c -> problems.refer(Ref.Kind.CATEGORY, c.value(), c.loc(),
                named("scenario", id, "names")));
        if (kind == Scenario.Kind.DOMAIN && categories.isEmpty()) {
            problems.error("missing-field", f.loc(), "a domain scenario needs 'categories': the categories"
                    + " that serve it, best first");
        } else if (kind == Scenario.Kind.QUALITY && !categories.isEmpty()) {
            problems.error("unexpected-field", f.locOf("categories"), "a quality scenario applies within any"
                    + " category and names none; remove 'categories' or make it 'kind: domain'");
        }
        return id == null || label == null || kind == null ? null
                : new Scenario(id, label, Fields.values(aliases), List.copyOf(related), kind,
                        Fields.values(categories), f.loc());
    }

    Trend trend(Fields f) {
        String id = f.id("id", true);
        own("trend", id, f);
        Text label = f.label("label", true);
        List<Fields.Located> libraries = f.ids("libraries");
        libraries.forEach(l -> problems.refer(Ref.Kind.LIBRARY, l.value(), l.loc(), named("trend", id, "names")));
        List<Fields.Located> scenarios = f.ids("scenarios");
        scenarios.forEach(s -> problems.refer(Ref.Kind.SCENARIO, s.value(), s.loc(), named("trend", id, "names")));
        Integer impact = f.integer("impact", true, 1, 5);
        Text advice = f.text("advice", true);
        String source = sourceRef(f);
        return id == null || label == null || impact == null || advice == null || source == null ? null
                : new Trend(id, label, Fields.values(libraries), Fields.values(scenarios), impact, advice, source, f.loc());
    }

    // ---- stacks.yaml and integrations.yaml (issue 14) ----

    /** A stack of {@code stacks.yaml}: layers, the edges between them, and for a reference architecture its choices and figures. */
    Stack stack(Fields f) {
        String id = f.id("id", true);
        own("stack", id, f);
        Text label = f.label("label", true);
        Text summary = f.text("summary", true);
        List<Fields.Located> scenarios = f.ids("scenarios");
        scenarios.forEach(s -> problems.refer(Ref.Kind.SCENARIO, s.value(), s.loc(), named("stack", id, "serves")));
        List<Stack.Layer> layers = listOf(f, "layers", "a layer", l -> layer(l, id));
        if (!f.has("layers")) {
            problems.error("missing-field", f.loc(), "stack '" + id + "' needs 'layers': at least one");
        }
        Set<String> layerIds = new java.util.HashSet<>();
        for (Stack.Layer layer : layers) {
            if (!layerIds.add(layer.id())) {
                problems.error("duplicate-id", layer.loc(), "stack '" + id + "' has two layers with id '" + layer.id() + "'");
            }
        }
        long chosen = layers.stream().filter(l -> l.choice() != null).count();
        if (chosen > 0 && chosen < layers.size()) {
            problems.error("missing-field", f.locOf("layers"), "stack '" + id + "' names a choice for " + chosen + " of "
                    + layers.size() + " layers: a reference architecture names one for every layer, a layout for none");
        }
        List<Stack.Edge> edges = listOf(f, "edges", "an edge", e -> edge(e, id, layerIds));
        String source = sourceRef(f);
        List<Measurement> measurements = listOf(f, "measurements", "a measurement", this::measurement);
        if (!measurements.isEmpty() && chosen == 0) {
            problems.error("unexpected-field", f.locOf("measurements"), "stack '" + id + "' has figures but names no"
                    + " choice per layer: measured figures belong to a reference architecture");
        }
        checkBaselines(measurements);
        List<Remark> notes = listOf(f, "notes", "a note", this::remark);
        return id == null || label == null || summary == null || source == null || layers.isEmpty() ? null
                : new Stack(id, label, summary, Fields.values(scenarios), layers, edges, source, measurements, notes, f.loc());
    }

    private Stack.Layer layer(Fields f, String stack) {
        String id = f.id("id", true);
        Text label = f.label("label", true);
        String context = named("layer", id, "of stack '" + stack + "' names");
        List<Fields.Located> categories = f.ids("categories");
        categories.forEach(c -> problems.refer(Ref.Kind.CATEGORY, c.value(), c.loc(), context));
        List<Fields.Located> libraries = f.ids("libraries");
        libraries.forEach(l -> problems.refer(Ref.Kind.LIBRARY, l.value(), l.loc(), context));
        if (categories.isEmpty() && libraries.isEmpty()) {
            problems.error("missing-field", f.loc(), "layer '" + id + "' needs 'categories', 'libraries' or both:"
                    + " what can fill it");
        }
        String choice = f.id("choice", false);
        refer(Ref.Kind.LIBRARY, choice, f, "choice", context);
        return id == null || label == null ? null
                : new Stack.Layer(id, label, Fields.values(categories), Fields.values(libraries), choice, f.loc());
    }

    private Stack.Edge edge(Fields f, String stack, Set<String> layers) {
        String from = f.id("from", true);
        String to = f.id("to", true);
        for (String key : List.of("from", "to")) {
            String layer = key.equals("from") ? from : to;
            if (layer != null && !layers.contains(layer)) {
                problems.error("unknown-layer", f.locValue(key), "an edge of stack '" + stack + "' names unknown layer '"
                        + layer + "'" + Suggestions.didYouMean(layer, List.copyOf(layers)));
            }
        }
        if (from != null && from.equals(to)) {
            problems.error("self-reference", f.locValue("to"), "an edge of stack '" + stack + "' joins layer '" + from
                    + "' to itself");
        }
        Text label = f.text("label", false);
        return from == null || to == null ? null : new Stack.Edge(from, to, label, f.loc());
    }

    /** An entry of {@code integrations.yaml}: two libraries a source says work together. */
    Integration integration(Fields f) {
        String library = f.id("library", true);
        String with = f.id("with", true);
        own("integration", library + "/" + with, f);
        String context = "an integration names";
        refer(Ref.Kind.LIBRARY, library, f, "library", context);
        refer(Ref.Kind.LIBRARY, with, f, "with", context);
        if (library != null && library.equals(with)) {
            problems.error("self-reference", f.locValue("with"), "library '" + library + "' integrates with itself");
        }
        String relationName = f.string("relation", true);
        Integration.Relation relation = null;
        if (relationName != null) {
            for (Integration.Relation r : Integration.Relation.values()) {
                if (r.id().equals(relationName)) {
                    relation = r;
                }
            }
            if (relation == null) {
                problems.error("unknown-value", f.locValue("relation"), "relation '" + relationName + "' is not known;"
                        + " valid: builds-on, integrates, backend (with is a back end of library), used-with");
            }
        }
        Text note = f.text("note", true);
        String source = sourceRef(f);
        return library == null || with == null || relation == null || note == null || source == null ? null
                : new Integration(library, with, relation, note, source, f.loc());
    }

    // ---- end of stacks and integrations ----

    /** A library file; {@code expectedId} is the file name without {@code .yaml}. */
    Library library(YNode root, String expectedId) {
        Fields f = Fields.of(root, "a library", problems);
        if (f == null) {
            return null;
        }
        String id = f.id("id", true);
        if (id != null && !id.equals(expectedId)) {
            problems.error("id-mismatch", f.locValue("id"), "library id '" + id + "' does not match its file name '"
                    + expectedId + ".yaml'; rename one of them");
        }
        String owner = id != null ? id : expectedId;
        problems.library(owner);
        // an extension's references are checked beside its library's, under an owner of their own
        boolean extension = Boolean.TRUE.equals(f.bool("extends"));
        problems.owner((extension ? "extension:" : "library:") + owner);
        if (id != null && !extension) {
            problems.refer(Ref.Kind.LIBRARY_NAME, id, f.locValue("id"), null);
        }
        String name = f.name("name", !extension);
        refer(Ref.Kind.LIBRARY_NAME, name, f, "name", null);
        List<Fields.Located> aliases = f.names("aliases");
        aliases.forEach(a -> problems.refer(Ref.Kind.LIBRARY_NAME, a.value(), a.loc(), null));
        String category = f.id("category", !extension);
        refer(Ref.Kind.CATEGORY, category, f, "category", null);
        String repository = f.string("repository", false);
        Text summary = f.text("summary", !extension);
        List<Fact> facts = listOf(f, "facts", "a fact", this::fact);
        Evaluation evaluation = evaluation(f.node("evaluation", false));
        List<ScenarioRating> scenarios = listOf(f, "scenarios", "a scenario rating", this::rating);
        List<Remark> strengths = listOf(f, "strengths", "a strength", this::remark);
        List<Remark> limitations = listOf(f, "limitations", "a limitation", this::remark);
        List<Measurement> measurements = listOf(f, "measurements", "a measurement", this::measurement);
        List<Remark> notes = listOf(f, "notes", "a note", this::remark);
        List<RingPlacement> rings = listOf(f, "rings", "a ring placement", this::placement);
        f.finish();
        Set<String> rated = new java.util.HashSet<>();
        for (ScenarioRating rating : scenarios) {
            if (!rated.add(rating.scenario() + "\u0000" + rating.source())) {
                problems.error("duplicate-rating", rating.loc(), "scenario '" + rating.scenario()
                        + "' is rated twice by source '" + rating.source() + "'");
            }
        }
        if (root instanceof YNode.Mapping map && !hasSourcedItem(map)) {
            problems.error("no-source", f.loc(), "library '" + owner + "' has nothing sourced; add at least one"
                    + " fact, strength, limitation, measurement, note, scenario rating, ring or an evaluation, each naming"
                    + " its source (an id from sources.yaml)");
        }
        checkBaselines(measurements);
        problems.library(null);
        problems.owner(null);
        if (id == null || (!extension && (name == null || category == null || summary == null))) {
            return null;
        }
        return new Library(id, name, Fields.values(aliases), category, repository, summary, facts, evaluation,
                scenarios, strengths, limitations, measurements, notes, rings, extension, f.loc());
    }

    /**
     * Whether the library as written holds an item that must name a source. Read from the raw
     * mapping, not the bound lists, so that an item already reported as broken does not also
     * raise this error.
     */
    private static boolean hasSourcedItem(YNode.Mapping map) {
        for (String key : List.of("facts", "scenarios", "strengths", "limitations", "measurements", "notes", "rings")) {
            YNode.Entry entry = map.entries().get(key);
            if (entry != null && !(entry.value() instanceof YNode.Sequence seq && seq.items().isEmpty())
                    && !(entry.value() instanceof YNode.Scalar sc && sc.type() == YNode.Scalar.Type.NULL)) {
                return true;
            }
        }
        YNode.Entry evaluation = map.entries().get("evaluation");
        return evaluation != null && !(evaluation.value() instanceof YNode.Scalar sc && sc.type() == YNode.Scalar.Type.NULL);
    }

    private <T> List<T> listOf(Fields f, String key, String what, Function<Fields, T> bind) {
        List<T> out = new ArrayList<>();
        for (YNode item : f.list(key, false)) {
            Fields g = Fields.of(item, what, problems);
            if (g != null) {
                T t = bind.apply(g);
                g.finish();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    private RingPlacement placement(Fields f) {
        String ring = f.id("ring", true);
        refer(Ref.Kind.RING, ring, f, "ring", null);
        String date = f.partialDate("date");
        String source = sourceRef(f);
        Text note = f.text("note", false);
        return ring == null || source == null ? null : new RingPlacement(ring, date, source, note, f.loc());
    }

    // ---- rings.yaml (issue 12: rings, quadrants, ring policy) ----

    /** rings.yaml: the rings, the quadrants and the ring policy, each optional in an overlay. */
    Radar radar(YNode root) {
        Fields file = Fields.of(root, "the file", problems);
        if (file == null) {
            return Radar.EMPTY;
        }
        List<YNode> ringNodes = file.list("rings", false);
        List<YNode> quadrantNodes = file.list("quadrants", false);
        YNode policyNode = file.node("policy", false);
        file.finish();
        List<Ring> rings = new ArrayList<>();
        for (YNode node : ringNodes) {
            Fields f = Fields.of(node, "a ring", problems);
            if (f != null) {
                String id = f.id("id", true);
                Text label = f.label("label", true);
                Integer order = f.integer("order", true, 1, 99);
                String color = f.string("color", true);
                if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
                    problems.error("invalid-value", f.locValue("color"), "'color' must be #rrggbb, not " + color);
                    color = null;
                }
                f.finish();
                if (id != null && label != null && order != null && color != null) {
                    rings.add(new Ring(id, label, order, color, f.loc()));
                }
            }
        }
        List<Quadrant> quadrants = new ArrayList<>();
        for (YNode node : quadrantNodes) {
            Fields f = Fields.of(node, "a quadrant", problems);
            if (f != null) {
                String id = f.id("id", true);
                own("quadrant", id, f);
                Text label = f.label("label", true);
                List<Fields.Located> aliases = f.names("aliases");
                List<Fields.Located> categories = f.ids("categories");
                categories.forEach(c -> problems.refer(Ref.Kind.CATEGORY, c.value(), c.loc(),
                        named("quadrant", id, "holds")));
                f.finish();
                problems.owner(null);
                if (id != null && label != null) {
                    quadrants.add(new Quadrant(id, label, Fields.values(aliases), Fields.values(categories), f.loc()));
                }
            }
        }
        RingPolicy policy = null;
        Fields p = Fields.of(policyNode, "'policy'", problems);
        if (p != null) {
            problems.owner("policy:rings");
            Text rationale = p.text("rationale", true);
            Map<String, String> byTier = new LinkedHashMap<>();
            Fields t = Fields.of(p.node("tiers", true), "'tiers'", problems);
            if (t != null) {
                for (String tier : keys(p, "tiers")) {
                    problems.refer(Ref.Kind.TIER, tier, t.locOf(tier), "the ring policy names");
                    String ring = t.id(tier, true);
                    if (ring != null) {
                        problems.refer(Ref.Kind.RING, ring, t.locValue(tier), "the ring policy names");
                        byTier.put(tier, ring);
                    }
                }
                t.finish();
            }
            p.finish();
            problems.owner(null);
            if (rationale != null) {
                policy = new RingPolicy(java.util.Collections.unmodifiableMap(byTier), rationale, p.loc());
            }
        }
        return new Radar(List.copyOf(rings), List.copyOf(quadrants), policy);
    }

    private Fact fact(Fields f) {
        String key = f.string("key", true);
        if (key != null && FactKey.of(key) == null) {
            problems.error("unknown-value", f.locValue("key"), "fact key '" + key + "' is not known; valid keys: "
                    + String.join(", ", FactKey.ids()));
            key = null;
        }
        String value = f.string("value", false);
        Text text = f.text("text", false);
        String asOf = f.partialDate("asOf");
        String source = sourceRef(f);
        if (f.has("value") == f.has("text")) {
            problems.error("missing-field", f.loc(), "a fact needs exactly one of 'value' (plain) and 'text' (en and zh)");
            return null;
        }
        return key == null || source == null || (value == null && text == null) ? null
                : new Fact(key, value, text, asOf, source, f.loc());
    }

    private Evaluation evaluation(YNode node) {
        Fields f = Fields.of(node, "'evaluation'", problems);
        if (f == null) {
            return null;
        }
        String source = sourceRef(f);
        LocalDate date = f.date("date", true);
        Map<String, DimensionScore> dimensions = new LinkedHashMap<>();
        YNode dimsNode = f.node("dimensions", false);
        Fields dims = Fields.of(dimsNode, "'dimensions'", problems);
        if (dims != null) {
            for (String dim : keys(f, "dimensions")) {
                problems.refer(Ref.Kind.DIMENSION, dim, dims.locOf(dim), null);
                Fields d = Fields.of(dims.node(dim, true), "dimension '" + dim + "'", problems);
                Double score = null;
                Text note = null;
                if (d != null) {
                    score = d.number("score", true, 0, 5);
                    note = d.text("note", false);
                    d.finish();
                }
                // a broken score stays as NaN: the dimension is there (no "missing dimension" echo), its value is not
                dimensions.put(dim, new DimensionScore(score != null ? score : Double.NaN, note, dims.locOf(dim)));
            }
            dims.finish();
        }
        Evaluation.Reported reported = null;
        Fields r = Fields.of(f.node("reported", false), "'reported'", problems);
        if (r != null) {
            Double score = r.number("score", true, 0, 5);
            String tier = r.id("tier", true);
            refer(Ref.Kind.TIER, tier, r, "tier", null);
            r.finish();
            if (score != null && tier != null) {
                reported = new Evaluation.Reported(score, tier, r.loc());
            }
        }
        f.finish();
        if (dimsNode == null && !f.has("reported")) {
            problems.error("missing-field", f.loc(), "'evaluation' needs 'dimensions', 'reported' or both");
            return null;
        }
        // kept with what is broken left out (null, NaN): the checks of the rest still run, and the errors
        // already reported keep the catalog from being used
        return new Evaluation(source, date, java.util.Collections.unmodifiableMap(dimensions), reported, f.loc());
    }

    private ScenarioRating rating(Fields f) {
        String scenario = f.id("scenario", true);
        refer(Ref.Kind.SCENARIO, scenario, f, "scenario", null);
        Integer stars = f.integer("stars", false, 1, 5);
        String source = sourceRef(f);
        Text note = f.text("note", false);
        return scenario == null || source == null || (f.has("stars") && stars == null) ? null
                : new ScenarioRating(scenario, stars, source, note, f.loc());
    }

    private Remark remark(Fields f) {
        Text text = f.oneOrBoth();
        String source = sourceRef(f);
        return text == null || source == null ? null : new Remark(text, source, f.loc());
    }

    private Measurement measurement(Fields f) {
        Text metric = f.text("metric", true);
        Double value = f.number("value", true, -1e15, 1e15);
        Double max = f.number("valueMax", false, -1e15, 1e15);
        String qualifier = f.string("qualifier", false);
        if (qualifier != null && !QUALIFIERS.contains(qualifier)) {
            problems.error("unknown-value", f.locValue("qualifier"), "qualifier '" + qualifier
                    + "' is not known; valid: " + String.join(", ", sorted(QUALIFIERS)));
            qualifier = null;
        }
        if (value != null && max != null && max < value) {
            problems.error("out-of-range", f.locValue("valueMax"), "'valueMax' is below 'value'");
        }
        String unit = f.string("unit", true);
        Map<String, String> conditions = new LinkedHashMap<>();
        Fields c = Fields.of(f.node("conditions", false), "'conditions'", problems);
        if (c != null) {
            for (String key : CONDITION_KEYS) {
                String v = c.string(key, false);
                if (v != null) {
                    conditions.put(key, v);
                }
            }
            c.finish();
        }
        String role = f.string("role", false);
        if (role != null && !ROLES.contains(role)) {
            problems.error("unknown-value", f.locValue("role"), "role '" + role + "' is not known; valid: "
                    + String.join(", ", sorted(ROLES)) + " (leave it out for the library's own figure)");
            role = null;
        }
        if (Measurement.BASELINE.equals(role) && !conditions.containsKey("baseline")) {
            problems.error("missing-field", f.loc(), "a baseline measurement needs 'conditions.baseline': the name"
                    + " the compared figures give it in their own 'conditions.baseline'");
        }
        Text note = f.text("note", false);
        String source = sourceRef(f);
        return metric == null || value == null || unit == null || source == null ? null
                : new Measurement(metric, value, max, qualifier, unit, java.util.Collections.unmodifiableMap(conditions),
                role, note, source, f.loc());
    }

    /** Every baseline is compared with some figure, and no figure has two baselines of one name. */
    private void checkBaselines(List<Measurement> measurements) {
        for (Measurement b : measurements) {
            if (!b.isBaseline() || !b.conditions().containsKey("baseline")) {
                continue;
            }
            List<Measurement> figures = measurements.stream().filter(m -> m.comparesWith(b)).toList();
            if (figures.isEmpty()) {
                problems.error("unmatched-baseline", b.loc(), "baseline '" + b.conditions().get("baseline")
                        + "' of '" + b.metric().en() + "' is compared with no figure: a figure of the same source"
                        + " and metric must name it in its 'conditions.baseline'");
            }
            for (Measurement other : measurements) {
                if (other != b && other.isBaseline() && measurements.indexOf(other) > measurements.indexOf(b)
                        && figures.stream().anyMatch(m -> m.comparesWith(other))
                        && other.conditions().get("baseline").trim().equals(b.conditions().get("baseline").trim())) {
                    problems.error("duplicate-baseline", other.loc(), "baseline '" + b.conditions().get("baseline")
                            + "' of '" + b.metric().en() + "' is given twice (first at line " + b.loc().line() + ")");
                }
            }
        }
    }

    /** The keys of the mapping under {@code key}, in file order (empty when it is not a mapping). */
    private static List<String> keys(Fields f, String key) {
        YNode node = f.node(key, false);
        return node instanceof YNode.Mapping m ? List.copyOf(m.entries().keySet()) : List.of();
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
