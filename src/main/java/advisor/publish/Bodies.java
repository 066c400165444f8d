package advisor.publish;

import advisor.model.Category;
import advisor.model.Library;
import advisor.model.Scenario;
import java.util.List;

/**
 * Where the body of a published page comes from: the Markdown answer of the command a reader would run
 * ({@code recommend}, {@code show}, {@code compare}). The site adds titles, navigation and links around it;
 * swapping this one interface changes what every page says without touching the set, its links or how
 * it is written.
 */
public interface Bodies {
    /** The recommendation for a scenario, with its evidence and robustness. */
    String scenario(Scenario scenario);

    /** Everything {@code show} knows about a library. */
    String library(Library library);

    /** A comparison of a category's leaders (two or more scored libraries, best first). */
    String leaders(Category category, List<Library> leaders);
}
