package advisor.model;

import java.time.LocalDate;

/** A source document the catalog's facts come from; {@code date} and {@code reviewMonths} may be null. */
public record Source(String id, Text title, String file, LocalDate date, Integer reviewMonths, Loc loc) {

    /** The date after which an evaluation made on {@code evaluated} is due for review, or null. */
    public LocalDate reviewDue(LocalDate evaluated) {
        if (reviewMonths == null || evaluated == null) {
            return null;
        }
        return evaluated.plusMonths(reviewMonths);
    }
}
