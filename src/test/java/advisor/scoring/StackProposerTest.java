package advisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import advisor.model.Catalog;
import advisor.model.Evaluation;
import advisor.model.Integration;
import advisor.model.Library;
import advisor.model.Loc;
import advisor.model.Scenario;
import advisor.model.Stack;
import advisor.model.Text;
import advisor.model.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The combination rule of {@link StackProposer} on catalogs built here. Libraries are reported-only and the
 * fit weight is 0, so each library's decision score is exactly its reported score.
 */
class StackProposerTest {
    private static final Loc HERE = Loc.file("test");
    private static final Scenario SCENARIO = new Scenario("app", new Text("App", "应用"), List.of(), List.of(),
            Scenario.Kind.QUALITY, List.of(), HERE);
    private static final Weights WEIGHTS = Weights.normalise(Map.of("stability", 1.0), List.of("stability"));

    private static Library library(String id, String category, Double score) {
        Evaluation evaluation = score == null ? null
                : new Evaluation("src", null, Map.of(), new Evaluation.Reported(score, "t", HERE), HERE);
        return new Library(id, id, List.of(), category, null, new Text(id, id), List.of(), evaluation, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, HERE);
    }

    private static Stack.Layer layer(String id, String category) {
        return new Stack.Layer(id, new Text(id, id), List.of(category), List.of(), null, HERE);
    }

    private static Stack stack(List<Stack.Layer> layers, List<Stack.Edge> edges) {
        return new Stack("s", new Text("S", "S"), new Text("s", "s"), List.of("app"), layers, edges, "src", List.of(),
                List.of(), HERE);
    }

    private static Stack.Edge edge(String from, String to) {
        return new Stack.Edge(from, to, null, HERE);
    }

    private static Integration works(String a, String b) {
        return new Integration(a, b, Integration.Relation.INTEGRATES, new Text("n", "n"), "src", HERE);
    }

    private static StackProposer.Proposal propose(List<Library> libraries, List<Integration> integrations, Stack stack,
                                                  Stack... more) {
        List<Stack> stacks = new ArrayList<>(List.of(stack));
        stacks.addAll(List.of(more));
        Catalog catalog = new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(SCENARIO), List.of(),
                libraries, stacks, integrations);
        return new StackProposer(catalog).propose(stack, SCENARIO, WEIGHTS, 0.0);
    }

    private static Map<String, String> choices(StackProposer.Proposal p) {
        Map<String, String> out = new LinkedHashMap<>();
        p.layers().forEach(l -> out.put(l.layer().id(), l.choice() == null ? null : l.choice().library().id()));
        return out;
    }

    private static final Stack TWO_LAYERS = stack(List.of(layer("a", "ca"), layer("b", "cb")), List.of(edge("a", "b")));

    @Test
    void anIntegratingPairBeatsASlightlyHigherPairThatDoesNot() {
        StackProposer.Proposal p = propose(List.of(library("a1", "ca", 4.2), library("a2", "ca", 4.0),
                library("b1", "cb", 4.0)), List.of(works("a2", "b1")), TWO_LAYERS);
        // (a1, b1): 4.1 + 0; (a2, b1): 4.0 + 0.5 x 1/1
        assertThat(choices(p)).containsExactly(Map.entry("a", "a2"), Map.entry("b", "b1"));
        assertThat(p.layers().get(0).choiceRank()).isEqualTo(2);
        assertThat(p.score()).isCloseTo(4.5, within(1e-9));
        assertThat(p.integrated()).isEqualTo(1);
        assertThat(p.links().get(0).tie().integrations()).extracting(Integration::library).containsExactly("a2");
    }

    @Test
    void aClearlyHigherPairBeatsAnIntegratingOne() {
        StackProposer.Proposal p = propose(List.of(library("a1", "ca", 5.0), library("a2", "ca", 3.0),
                library("b1", "cb", 4.0)), List.of(works("a2", "b1")), TWO_LAYERS);
        // (a1, b1): 4.5 + 0; (a2, b1): 3.5 + 0.5
        assertThat(choices(p)).containsExactly(Map.entry("a", "a1"), Map.entry("b", "b1"));
        assertThat(p.score()).isCloseTo(4.5, within(1e-9));
        assertThat(p.integrated()).isZero();
        assertThat(p.links().get(0).tie().holds()).isFalse();
    }

    @Test
    void equalCombinationScoresGoToTheHigherRankedChoices() {
        // (a1, b1): 4.5 + 0; (a2, b1): 4.0 + 0.5: the same 4.50, so the first layer's first-ranked a1 wins
        StackProposer.Proposal p = propose(List.of(library("a1", "ca", 5.0), library("a2", "ca", 4.0),
                library("b1", "cb", 4.0)), List.of(works("a2", "b1")), TWO_LAYERS);
        assertThat(choices(p).get("a")).isEqualTo("a1");

        // equal decision scores within a layer: the id decides the ranking, and so the choice
        StackProposer.Proposal even = propose(List.of(library("ax", "ca", 4.0), library("aa", "ca", 4.0),
                library("b1", "cb", 4.0)), List.of(), TWO_LAYERS);
        assertThat(even.layers().get(0).ranked()).extracting(c -> c.library().id()).containsExactly("aa", "ax");
        assertThat(choices(even).get("a")).isEqualTo("aa");
    }

    @Test
    void aLayerWithNoCandidateIsEmptyAndTheWeakestLink() {
        Stack three = stack(List.of(layer("a", "ca"), layer("b", "cb"), layer("c", "none")),
                List.of(edge("a", "b"), edge("b", "c")));
        StackProposer.Proposal p = propose(List.of(library("a1", "ca", 4.0), library("b1", "cb", 3.0)),
                List.of(works("a1", "b1")), three);
        assertThat(choices(p)).containsEntry("a", "a1").containsEntry("b", "b1").containsEntry("c", null);
        assertThat(p.weakest().layer().id()).isEqualTo("c");
        assertThat(p.weakness()).isEqualTo(StackProposer.Weakness.EMPTY);
        // mean 3.5 + 0.5 x 1 of 2 edges: the empty layer's edge cannot integrate
        assertThat(p.score()).isCloseTo(3.75, within(1e-9));
        assertThat(p.links().get(1).b()).isNull();
    }

    @Test
    void theWeakestLinkIsAnUnscoredChoiceThenTheLowestScore() {
        Stack three = stack(List.of(layer("a", "ca"), layer("b", "cb"), layer("c", "cc")), List.of());
        StackProposer.Proposal lowest = propose(List.of(library("a1", "ca", 4.0), library("b1", "cb", 3.0),
                library("c1", "cc", 4.5)), List.of(), three);
        assertThat(lowest.weakest().layer().id()).isEqualTo("b");
        assertThat(lowest.weakness()).isEqualTo(StackProposer.Weakness.LOWEST_SCORE);

        StackProposer.Proposal unscored = propose(List.of(library("a1", "ca", 4.0), library("b1", "cb", 3.0),
                library("c1", "cc", null)), List.of(), three);
        assertThat(choices(unscored)).containsEntry("c", "c1");
        assertThat(unscored.weakest().layer().id()).isEqualTo("c");
        assertThat(unscored.weakness()).isEqualTo(StackProposer.Weakness.NOT_SCORED);
        // without edges every pair of layers counts; the unscored choice adds no decision score
        assertThat(unscored.links()).hasSize(3);
        assertThat(unscored.meanDecision()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void aLayerWithoutScoredCandidatesPutsItsChoiceThenTheOnesItNamesFirst() {
        Stack.Layer c = new Stack.Layer("c", new Text("c", "c"), List.of("cc"), List.of("c3", "c2"), "c4", HERE);
        StackProposer.Proposal p = propose(List.of(library("c0", "cc", null), library("c1", "cc", null),
                library("c2", "zz", null), library("c3", "cc", null), library("c4", "cc", null)), List.of(),
                stack(List.of(c), List.of()));
        assertThat(p.layers().get(0).unscored()).extracting(u -> u.library().id())
                .containsExactly("c4", "c3", "c2", "c0", "c1");
        assertThat(choices(p)).containsEntry("c", "c4");
    }

    @Test
    void aCandidateWithNoEvidenceAtAllCountsFitZero() {
        Catalog catalog = new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(SCENARIO), List.of(),
                List.of(library("a1", "ca", 4.0)), List.of(TWO_LAYERS), List.of());
        StackProposer.Proposal p = new StackProposer(catalog).propose(TWO_LAYERS, SCENARIO, WEIGHTS, 0.25);
        Candidate a1 = p.layers().get(0).choice();
        assertThat(a1.fit()).isNull();
        assertThat(a1.evidence()).isEmpty();
        assertThat(a1.decision()).isCloseTo(0.75 * 4.0, within(1e-12));
    }

    @Test
    void aReferenceArchitectureThatChoseBothCountsAsWorkingTogether() {
        Stack reference = new Stack("ref", new Text("R", "R"), new Text("r", "r"), List.of("other"),
                List.of(new Stack.Layer("x", new Text("x", "x"), List.of("ca"), List.of(), "a2", HERE),
                        new Stack.Layer("y", new Text("y", "y"), List.of("cb"), List.of(), "b1", HERE)),
                List.of(), "src", List.of(), List.of(), HERE);
        StackProposer.Proposal p = propose(List.of(library("a1", "ca", 4.2), library("a2", "ca", 4.0),
                library("b1", "cb", 4.0)), List.of(), TWO_LAYERS, reference);
        assertThat(choices(p).get("a")).isEqualTo("a2");
        assertThat(p.links().get(0).tie().references()).containsExactly("ref");
        // it serves another scenario: not a matching reference architecture
        assertThat(p.references()).isEmpty();
    }
}
