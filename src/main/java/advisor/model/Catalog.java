package advisor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded catalog: reference data and libraries, each keyed by id in a stable order. */
public final class Catalog {
    private final Map<String, Source> sources;
    private final Map<String, Dimension> dimensions;
    private final List<String> dimensionIds;
    private final List<Tier> tiers;
    private final Map<String, Profile> profiles;
    private final Map<String, Category> categories;
    private final Map<String, Scenario> scenarios;
    private final Map<String, Trend> trends;
    private final Map<String, Library> libraries;
    private final Radar radar;
    private final Map<String, Stack> stacks;
    private final List<Integration> integrations;
    /** Values computed from this (immutable) catalog once and shared, such as name indexes. */
    private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    public Catalog(Collection<Source> sources, Collection<Dimension> dimensions, List<Tier> tiers,
                   Collection<Profile> profiles, Collection<Category> categories,
                   Collection<Scenario> scenarios, Collection<Trend> trends, Collection<Library> libraries) {
        this(sources, dimensions, tiers, profiles, categories, scenarios, trends, libraries, Radar.EMPTY, List.of(),
                List.of());
    }

    /** With the stacks and the integrations between libraries ({@code stacks.yaml}, {@code integrations.yaml}). */
    public Catalog(Collection<Source> sources, Collection<Dimension> dimensions, List<Tier> tiers,
                   Collection<Profile> profiles, Collection<Category> categories,
                   Collection<Scenario> scenarios, Collection<Trend> trends, Collection<Library> libraries,
                   Collection<Stack> stacks, Collection<Integration> integrations) {
        this(sources, dimensions, tiers, profiles, categories, scenarios, trends, libraries, Radar.EMPTY, stacks,
                integrations);
    }

    /** Everything: the radar, the stacks and the integrations as well. */
    public Catalog(Collection<Source> sources, Collection<Dimension> dimensions, List<Tier> tiers,
                   Collection<Profile> profiles, Collection<Category> categories,
                   Collection<Scenario> scenarios, Collection<Trend> trends, Collection<Library> libraries,
                   Radar radar, Collection<Stack> stacks, Collection<Integration> integrations) {
        this.radar = radar;
        this.sources = index(sources, Source::id);
        this.dimensions = index(dimensions, Dimension::id);
        this.dimensionIds = List.copyOf(this.dimensions.keySet());
        this.tiers = List.copyOf(tiers);
        this.profiles = index(profiles, Profile::id);
        this.categories = index(categories, Category::id);
        this.scenarios = index(scenarios, Scenario::id);
        this.trends = index(trends, Trend::id);
        this.libraries = index(libraries, Library::id);
        this.stacks = index(stacks, Stack::id);
        this.integrations = List.copyOf(integrations);
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public Collection<Source> sources() { return sources.values(); }
    public Collection<Dimension> dimensions() { return dimensions.values(); }
    /** Tiers from the highest threshold to the lowest. */
    public List<Tier> tiers() { return tiers; }
    public Collection<Profile> profiles() { return profiles.values(); }
    public Collection<Category> categories() { return categories.values(); }
    public Collection<Scenario> scenarios() { return scenarios.values(); }
    public Collection<Trend> trends() { return trends.values(); }
    public Collection<Library> libraries() { return libraries.values(); }
    /** Rings, quadrants and the ring policy (rings.yaml). */
    public Radar radar() { return radar; }

    public Optional<Source> source(String id) { return Optional.ofNullable(sources.get(id)); }
    public Optional<Dimension> dimension(String id) { return Optional.ofNullable(dimensions.get(id)); }
    /** The dimensions' ids, in their order. */
    public List<String> dimensionIds() { return dimensionIds; }
    public Optional<Profile> profile(String id) { return Optional.ofNullable(profiles.get(id)); }
    public Optional<Category> category(String id) { return Optional.ofNullable(categories.get(id)); }
    public Optional<Scenario> scenario(String id) { return Optional.ofNullable(scenarios.get(id)); }
    public Optional<Trend> trend(String id) { return Optional.ofNullable(trends.get(id)); }
    public Optional<Library> library(String id) { return Optional.ofNullable(libraries.get(id)); }

    /** The label of the category {@code id} in {@code lang}, or the id itself when the catalog has no such category. */
    public String categoryLabel(String id, Lang lang) {
        Category c = id == null ? null : categories.get(id);
        return c == null ? id : c.label().in(lang);
    }

    /** The date of the source {@code id}, or null when the catalog has no such source or it gives no date. */
    public java.time.LocalDate sourceDate(String id) {
        Source s = sources.get(id);
        return s == null ? null : s.date();
    }

    /** The name of the library {@code id}, or the id itself when the catalog has no such library. */
    public String nameOf(String id) {
        Library l = libraries.get(id);
        return l == null ? id : l.name();
    }
    public Collection<Stack> stacks() { return stacks.values(); }
    public Optional<Stack> stack(String id) { return Optional.ofNullable(stacks.get(id)); }
    public List<Integration> integrations() { return integrations; }

    /** The integrations that name the library on either side, in catalog order. */
    public List<Integration> integrationsOf(String libraryId) {
        List<Integration> out = new ArrayList<>();
        for (Integration i : integrations) {
            if (i.library().equals(libraryId) || i.with().equals(libraryId)) {
                out.add(i);
            }
        }
        return out;
    }

    public Optional<Tier> tier(String id) {
        for (Tier t : tiers) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The trends that name the library, in catalog order. */
    public List<Trend> trendsOf(String libraryId) {
        List<Trend> out = new ArrayList<>();
        for (Trend t : trends.values()) {
            if (t.libraries().contains(libraryId)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A value derived from this catalog, computed on first use and kept: the catalog never changes,
     * so a shell running many commands over it computes each such value once.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<Catalog, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            Object earlier = derived.putIfAbsent(key, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }
}
