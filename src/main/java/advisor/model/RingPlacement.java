package advisor.model;

/**
 * One dated, sourced ring of a library: "source S put it in ring R on date D". A library's placements
 * make its ring history; moves are derived from consecutive placements, never written down.
 *
 * @param date as written (YYYY, YYYY-MM or YYYY-MM-DD), or null for the source's own date
 * @param note the team's words about the placement, or null
 */
public record RingPlacement(String ring, String date, String source, Text note, Loc loc) {
}
