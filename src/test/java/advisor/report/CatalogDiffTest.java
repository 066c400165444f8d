package advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.report.CatalogDiff.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A diff holds its changes in the order its page shows them, whoever builds it. */
class CatalogDiffTest {
    @Test
    void changesAreByKindThenLibraryAndALibrarysFactsKeepTheirOrder() {
        List<Change> given = new ArrayList<>(List.of(
                new Change("fact", "burn", "Burn", "version", "0.13", "0.14"),
                new Change("ring", "candle", "Candle", "moved-in", "assess", "trial"),
                new Change("fact", "burn", "Burn", "stars", "8,000", "9,000"),
                new Change("added", "qdrant", "Qdrant", null, null, "adopt"),
                new Change("fact", "axum", "Axum", "version", "0.7", "0.8"),
                new Change("removed", "arroy", "Arroy", null, "hold", null)));
        CatalogDiff diff = new CatalogDiff("old", "new", given);
        assertThat(diff.changes()).extracting(c -> c.kind() + ":" + c.id() + (c.what() == null ? "" : ":" + c.what()))
                .containsExactly("added:qdrant", "removed:arroy", "ring:candle:moved-in", "fact:axum:version",
                        "fact:burn:version", "fact:burn:stars");
        assertThat(diff.counts()).containsExactly(java.util.Map.entry("added", 1), java.util.Map.entry("removed", 1),
                java.util.Map.entry("ring", 1), java.util.Map.entry("score", 0), java.util.Map.entry("tier", 0),
                java.util.Map.entry("fact", 3));
        given.clear();
        assertThat(diff.changes()).hasSize(6);
    }
}
