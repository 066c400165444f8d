package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        CatalogLoader.Parsed yaml = CatalogLoader.parse(List.of(), true, false);
        CatalogLoader.Parsed snapshot = CatalogLoader.parse(List.of(), true, true);
        assertThat(snapshot).isEqualTo(yaml);
        assertThat(yaml.libraries()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void aWrittenSnapshotReadsBackEqual() throws Exception {
        Path out = temp.resolve("advisor-catalog.bin");
        Snapshot.main(new String[] {out.toString()});
        try (var in = Files.newInputStream(out)) {
            assertThat(ParsedCache.readFrom(in)).isEqualTo(CatalogLoader.parse(List.of(), true, false));
        }
    }
}
