package advisor.scoring;

import advisor.model.Library;
import advisor.model.MaturityScore;
import advisor.model.Tier;
import java.util.List;

/**
 * A library considered for a scenario: its best evidence, maturity (null when not scored), tier and
 * decision score (null when not scored), with the rest of the evidence for explanation.
 */
public record Candidate(Library library, Evidence fit, List<Evidence> evidence, MaturityScore maturity, Tier tier,
                        Double decision) {

    public boolean scored() {
        return maturity != null;
    }
}
