package advisor.catalog;

import advisor.model.Catalog;
import advisor.model.Library;
import advisor.model.Scenario;
import advisor.model.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an entry by any of its names (id, display names, aliases), forgivingly: see {@link Names#key}.
 * Unknown names get suggestions from the entries' ids.
 */
public final class NameIndex<T> {
    private final Map<String, T> byKey = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> allNames = new ArrayList<>();

    /** An index of entries named by their id and their label in both languages (categories, tiers, dimensions...). */
    public static <T> NameIndex<T> labelled(Collection<T> entries, Function<T, String> id, Function<T, Text> label) {
        NameIndex<T> index = new NameIndex<>();
        for (T e : entries) {
            index.add(e, id.apply(e), List.of(label.apply(e).en(), label.apply(e).zh()));
        }
        return index;
    }

    /** The catalog's libraries by id, name and aliases. */
    public static NameIndex<Library> libraries(Catalog catalog) {
        NameIndex<Library> index = new NameIndex<>();
        for (Library l : catalog.libraries()) {
            List<String> names = new ArrayList<>(l.aliases());
            names.add(l.name());
            index.add(l, l.id(), names);
        }
        return index;
    }

    /** The catalog's scenarios by id, aliases and label in both languages. */
    public static NameIndex<Scenario> scenarios(Catalog catalog) {
        NameIndex<Scenario> index = new NameIndex<>();
        for (Scenario s : catalog.scenarios()) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.label().en());
            names.add(s.label().zh());
            index.add(s, s.id(), names);
        }
        return index;
    }

    /** Adds an entry under its id and further names; the first entry to claim a name keeps it. */
    public NameIndex<T> add(T entry, String id, List<String> names) {
        ids.add(id);
        byKey.putIfAbsent(Names.key(id), entry);
        allNames.add(id);
        for (String name : names) {
            if (name != null) {
                byKey.putIfAbsent(Names.key(name), entry);
                allNames.add(name);
            }
        }
        return this;
    }

    public Optional<T> find(String typed) {
        return Optional.ofNullable(byKey.get(Names.key(typed)));
    }

    /** Close known names, preferring ids. */
    public List<String> suggest(String typed) {
        List<String> close = Suggestions.closest(typed, ids);
        return close.isEmpty() ? Suggestions.closest(typed, allNames) : close;
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }
}
