package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time snapshot of the built-in catalog must load to exactly what parsing its YAML gives. */
class SnapshotTest {
    @TempDir
    Path temp;

    @Test
    void theSnapshotInTheBuildEqualsTheYaml() {
        assertThat(getClass().getClassLoader().getResource(Snapshot.RESOURCE))
                .as("the build writes the snapshot (exec-maven-plugin, process-classes)").isNotNull();
        CatalogLoader.Parsed yaml = CatalogLoader.parse(List.of(), true, false, null);
        CatalogLoader.Parsed snapshot = CatalogLoader.parse(List.of(), true, true, null);
        assertThat(snapshot).isEqualTo(yaml.checked());
        assertThat(yaml.libraries()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void loadingThroughTheSnapshotGivesTheSameCatalogAndProblems() {
        for (LocalDate day : List.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 11, 24))) {
            CatalogLoader.Result yaml = CatalogLoader.load(List.of(), true, day, null, false);
            CatalogLoader.Result snapshot = CatalogLoader.load(List.of(), true, day, null, true);
            assertThat(List.copyOf(snapshot.catalog().libraries())).isEqualTo(List.copyOf(yaml.catalog().libraries()));
            assertThat(snapshot.problems()).isEqualTo(yaml.problems());
        }
        // with an overlay the built-in part is checked again, together with it
        CatalogLoader.Result yaml = CatalogLoader.load(List.of(advisor.cli.Cli.MINI), true, LocalDate.of(2026, 11, 24),
                null, false);
        CatalogLoader.Result snapshot = CatalogLoader.load(List.of(advisor.cli.Cli.MINI), true,
                LocalDate.of(2026, 11, 24), null, true);
        assertThat(snapshot.problems()).isEqualTo(yaml.problems());
    }

    @Test
    void aWrittenSnapshotReadsBackEqual() throws Exception {
        Path out = temp.resolve("advisor-catalog.bin");
        Snapshot.main(new String[] {out.toString()});
        try (var in = Files.newInputStream(out)) {
            assertThat(Snapshot.readFrom(in)).isEqualTo(CatalogLoader.parse(List.of(), true, false, null).checked());
        }
    }

    @Test
    void aProfilesWeightsKeepTheOrderOfItsFileSoTheSnapshotIsTheSameEveryBuild() {
        // an immutable Map.copyOf iterates in an order drawn anew by every JVM: the snapshot's bytes differed
        CatalogLoader.Result yaml = CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24), null, false);
        CatalogLoader.Result snapshot = CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24), null, true);
        for (CatalogLoader.Result r : List.of(yaml, snapshot)) {
            List<String> dimensions = r.catalog().dimensions().stream().map(advisor.model.Dimension::id).toList();
            assertThat(r.catalog().profiles()).isNotEmpty();
            for (advisor.model.Profile p : r.catalog().profiles()) {
                assertThat(List.copyOf(p.weights().keySet())).as(p.id()).containsExactlyElementsOf(dimensions);
            }
        }
    }
}
