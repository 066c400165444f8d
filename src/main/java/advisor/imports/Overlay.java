package advisor.imports;

import advisor.model.Category;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Quadrant;
import advisor.model.Remark;
import advisor.model.RingPlacement;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Trend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A catalog overlay built in memory by an import: the sources, categories, scenarios, quadrants and
 * libraries it adds. {@link OverlayWriter} writes it as catalog files. Entries are kept by id, in the
 * order they were first added (libraries by id), so the same input always gives the same files.
 */
public final class Overlay {
    public final Map<String, Source> sources = new LinkedHashMap<>();
    public final Map<String, Category> categories = new LinkedHashMap<>();
    public final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    public final Map<String, Quadrant> quadrants = new LinkedHashMap<>();
    public final Map<String, Draft> libraries = new TreeMap<>();
    /** Trends an evaluation document's trend table gives (replacing the catalog's of the same id). */
    public final Map<String, Trend> trends = new LinkedHashMap<>();

    /**
     * A library being imported: a new one (all fields its file needs) or, with {@code extension}, what the
     * import adds to a library the catalog knows (its file says {@code extends: true}).
     */
    public static final class Draft {
        public final String id;
        public final boolean extension;
        public String name;
        public String category;
        public Text summary;
        public String repository;
        public final List<String> aliases = new ArrayList<>();
        public final List<Fact> facts = new ArrayList<>();
        public final List<ScenarioRating> scenarios = new ArrayList<>();
        public final List<Remark> strengths = new ArrayList<>();
        public final List<Remark> limitations = new ArrayList<>();
        public final List<Remark> notes = new ArrayList<>();
        public final List<RingPlacement> rings = new ArrayList<>();
        /** A source's scores of the library (an evaluation document), or null. */
        public Evaluation evaluation;

        private Draft(String id, boolean extension, String name, String category) {
            this.id = id;
            this.extension = extension;
            this.name = name;
            this.category = category;
        }

        /** A new library: its file needs a name and a category from the start. */
        public static Draft created(String id, String name, String category) {
            return new Draft(id, false, name, category);
        }

        /** What an import adds to the catalog's library {@code id}. */
        public static Draft extending(String id) {
            return new Draft(id, true, null, null);
        }
    }
}
