package advisor.cli;

import advisor.catalog.NameIndex;
import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding what a command names: a library, scenario, category, profile, tier or trend by any of its names. */
final class Views {
    private final Catalog catalog;
    private final Lang lang;
    private final Messages m;

    Views(Catalog catalog, Lang lang) {
        this.catalog = catalog;
        this.lang = lang;
        this.m = Messages.of(lang);
    }

    Catalog catalog() {
        return catalog;
    }

    Lang lang() {
        return lang;
    }

    // ---- finding things by name; unknown names exit 4 with suggestions ----

    Library library(String typed) {
        NameIndex<Library> index = catalog.derived(LIBRARY_INDEX, c -> {
            NameIndex<Library> built = new NameIndex<>();
            for (Library l : c.libraries()) {
                List<String> names = new ArrayList<>(l.aliases());
                names.add(l.name());
                built.add(l, l.id(), names);
            }
            return built;
        });
        return find(index, typed, m.text("name.kind.library"), "list");
    }

    /** Keys of the name indexes kept with the catalog: a shell looks names up in every command. */
    private static final Object LIBRARY_INDEX = new Object();
    private static final Object SCENARIO_INDEX = new Object();
    private static final Object CATEGORY_INDEX = new Object();
    private static final Object PROFILE_INDEX = new Object();

    Scenario scenario(String typed) {
        NameIndex<Scenario> index = catalog.derived(SCENARIO_INDEX, c -> {
            NameIndex<Scenario> built = new NameIndex<>();
            for (Scenario s : c.scenarios()) {
                List<String> names = new ArrayList<>(s.aliases());
                names.add(s.label().en());
                names.add(s.label().zh());
                built.add(s, s.id(), names);
            }
            return built;
        });
        return find(index, typed, m.text("name.kind.scenario"), "scenarios");
    }

    Category category(String typed) {
        NameIndex<Category> index = catalog.derived(CATEGORY_INDEX,
                c -> NameIndex.labelled(c.categories(), Category::id, Category::label));
        return find(index, typed, m.text("name.kind.category"), "categories");
    }

    Profile profile(String typed) {
        NameIndex<Profile> index = catalog.derived(PROFILE_INDEX,
                c -> NameIndex.labelled(c.profiles(), Profile::id, Profile::label));
        return find(index, typed, m.text("name.kind.profile"), "profiles");
    }

    Tier tier(String typed) {
        NameIndex<Tier> index = NameIndex.labelled(catalog.tiers(), Tier::id, Tier::label);
        return find(index, typed, m.text("name.kind.tier"), null);
    }

    Trend trend(String typed) {
        NameIndex<Trend> index = NameIndex.labelled(catalog.trends(), Trend::id, Trend::label);
        return find(index, typed, m.text("name.kind.trend"), "trends");
    }

    /** Up to this many valid names are listed when a name is unknown; more would hide the message. */
    private static final int FEW = 12;

    /**
     * The entry named {@code typed}; an unknown name exits 4 with the closest names, and with every valid
     * id when there are few (tiers, profiles) or else the command that lists them ({@code listedBy}, may be
     * null). Libraries are never listed in full: catalogs hold many, so the closest names serve better.
     */
    private <T> T find(NameIndex<T> index, String typed, String kind, String listedBy) {
        if (typed == null || typed.isBlank()) {
            throw AdvisorException.usage(m.text("name.empty", kind));
        }
        Optional<T> found = index.find(typed);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> close = index.suggest(typed);
        String hint = close.isEmpty() ? "" : m.text("name.didYouMean", String.join(m.text("name.or"),
                close.stream().map(s -> "'" + s + "'").toList()));
        List<String> ids = index.ids();
        if (!"list".equals(listedBy) && ids.size() <= FEW) {
            hint += m.text("name.valid", String.join(", ", ids));
        } else if (close.isEmpty() && listedBy != null) {
            hint += m.text("name.listedBy", listedBy);
        }
        throw AdvisorException.notFound(m.text("name.unknown", kind, typed) + hint);
    }
}
