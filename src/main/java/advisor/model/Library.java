package advisor.model;

import java.util.List;

/** Everything the catalog knows about one library; {@code evaluation} is null when it is not scored. */
public record Library(String id, String name, List<String> aliases, String category, String repository,
                      Text summary, List<Fact> facts, Evaluation evaluation, List<ScenarioRating> scenarios,
                      List<Remark> strengths, List<Remark> limitations, List<Measurement> measurements,
                      List<Remark> notes, Loc loc) {

    public boolean scored() {
        return evaluation != null && (evaluation.reported() != null || !evaluation.dimensions().isEmpty());
    }
}
