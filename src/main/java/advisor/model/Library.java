package advisor.model;

import java.util.List;

/**
 * Everything the catalog knows about one library; {@code evaluation} is null when it is not scored.
 * {@code rings}: its ring placements as written (see {@link RingPlacement}). {@code extension}: read from
 * an overlay file that adds to a library of an earlier catalog ({@code extends: true}) rather than
 * replacing it; the loader merges it, so a loaded catalog holds one only when nothing was there to extend.
 */
public record Library(String id, String name, List<String> aliases, String category, String repository,
                      Text summary, List<Fact> facts, Evaluation evaluation, List<ScenarioRating> scenarios,
                      List<Remark> strengths, List<Remark> limitations, List<Measurement> measurements,
                      List<Remark> notes, List<RingPlacement> rings, boolean extension, Loc loc) {

    /** Whether a source rates this library for the scenario {@code scenarioId} (stars or a bare recommendation). */
    public boolean ratedFor(String scenarioId) {
        for (ScenarioRating r : scenarios) {
            if (r.scenario().equals(scenarioId)) {
                return true;
            }
        }
        return false;
    }

    public boolean scored() {
        return evaluation != null && (evaluation.reported() != null || !evaluation.dimensions().isEmpty());
    }

    /** This library with what an extension of it adds: lists appended, the fields the extension sets replaced. */
    public Library extendedBy(Library x) {
        return new Library(id, x.name != null ? x.name : name, concat(aliases, x.aliases),
                x.category != null ? x.category : category, x.repository != null ? x.repository : repository,
                x.summary != null ? x.summary : summary, concat(facts, x.facts),
                x.evaluation != null ? x.evaluation : evaluation, concat(scenarios, x.scenarios),
                concat(strengths, x.strengths), concat(limitations, x.limitations),
                concat(measurements, x.measurements), concat(notes, x.notes), concat(rings, x.rings), false, loc);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
