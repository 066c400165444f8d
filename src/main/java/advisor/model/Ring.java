package advisor.model;

/**
 * A radar ring (adopt, trial, assess, hold): a team's judgement of how far to commit to a library.
 * {@code order} runs from the most committed (1) outwards; {@code color} is how radar pictures draw it.
 * A ring is never a score.
 */
public record Ring(String id, Text label, int order, String color, Loc loc) {
}
