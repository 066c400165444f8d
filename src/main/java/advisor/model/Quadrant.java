package advisor.model;

import java.util.List;

/**
 * A radar quadrant (techniques, tools, platforms, languages and frameworks) and the categories it
 * holds: the mapping a radar import reads a quadrant through and an export writes one from.
 * {@code categories} may be empty: an import then files the quadrant's entries under a category of
 * the quadrant's own name.
 */
public record Quadrant(String id, Text label, List<String> aliases, List<String> categories, Loc loc) {
}
