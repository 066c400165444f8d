package advisor.model;

/** A source's direct rating of a library for a scenario; {@code stars} is null when it recommends without stars. */
public record ScenarioRating(String scenario, Integer stars, String source, Text note, Loc loc) {
}
