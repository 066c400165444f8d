package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Ring;
import advisor.scoring.RingHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rings, quadrants and the ring policy as catalog data; ring placements, their timeline and library extensions. */
class RingsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path temp;

    private Path overlay(String file, String text) throws IOException {
        Path path = temp.resolve("team").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return temp.resolve("team");
    }

    private CatalogLoader.Result loadMini(Path overlay) {
        return CatalogLoader.load(List.of(Cli.MINI, overlay), false, DAY);
    }

    @Test
    void theBuiltInCatalogHasFourRingsInnermostFirstAndAPolicyForEveryTier() {
        Catalog catalog = CatalogLoader.load(List.of(), true, DAY, null, false).catalog();
        assertThat(catalog.radar().rings()).extracting(Ring::id).containsExactly("adopt", "trial", "assess", "hold");
        assertThat(catalog.radar().rings()).extracting(r -> r.label().zh()).containsExactly("采纳", "试用", "评估", "暂缓");
        assertThat(catalog.radar().policy().tiers().keySet())
                .containsExactlyInAnyOrderElementsOf(catalog.tiers().stream().map(t -> t.id()).toList());
        assertThat(catalog.radar().policy().tiers().values()).doesNotContain("hold");
    }

    @Test
    void everyBuiltInCategoryIsInExactlyOneQuadrant() {
        Catalog catalog = CatalogLoader.load(List.of(), true, DAY, null, false).catalog();
        for (var category : catalog.categories()) {
            assertThat(catalog.radar().quadrants().stream().filter(q -> q.categories().contains(category.id())))
                    .as("quadrants holding %s", category.id()).hasSize(1);
        }
    }

    @Test
    void theSnapshotKeepsTheRadar() {
        Catalog fromYaml = CatalogLoader.load(List.of(), true, DAY, null, false).catalog();
        Catalog fromSnapshot = CatalogLoader.load(List.of(), true, DAY).catalog();
        assertThat(fromSnapshot.radar()).isEqualTo(fromYaml.radar());
    }

    @Test
    void placementsMakeATimelineInDateOrderWithDerivedMoves() throws IOException {
        Path team = overlay("sources.yaml", """
                sources:
                  - {id: radar-2024, title: {en: Team radar 2024, zh: 团队雷达 2024}, file: radar-2024.csv, date: 2024-03-01}
                  - {id: radar-2025, title: {en: Team radar 2025}, file: radar-2025.csv}
                """);
        overlay("libraries/newcomer.yaml", """
                id: newcomer
                name: Newcomer
                category: orm
                summary: {en: A library only the team's radar knows.}
                rings:
                  - {ring: hold, date: 2025-09, source: radar-2025}
                  - {ring: assess, source: radar-2024, note: {zh: 先试一个服务}}
                  - {ring: trial, date: 2024-11-15, source: radar-2025}
                  - {ring: trial, date: 2025-02, source: radar-2025}
                """);
        CatalogLoader.Result result = loadMini(team);
        assertThat(result.errors()).isEmpty();
        Catalog catalog = result.catalog();
        Library lib = catalog.library("newcomer").orElseThrow();

        List<RingHistory.Step> steps = RingHistory.of(catalog, lib);

        assertThat(steps).extracting(s -> s.ring().id() + "@" + s.date() + ":" + s.move().id()).containsExactly(
                "assess@2024-03-01:new", "trial@2024-11-15:moved-in", "trial@2025-02:no-change",
                "hold@2025-09:moved-out");
        assertThat(steps.get(0).note().in(Lang.ZH)).isEqualTo("先试一个服务");
        assertThat(steps.get(0).note().in(Lang.EN)).isEqualTo("[zh] 先试一个服务");
        assertThat(lib.summary().in(Lang.ZH)).isEqualTo("[en] A library only the team's radar knows.");
        assertThat(RingHistory.latest(catalog, lib).map(s -> s.ring().id())).contains("hold");
    }

    @Test
    void aRingShownOnARadarIsTheLatestElseThePolicysForTheTier() throws IOException {
        Catalog catalog = loadMini(overlay("categories.yaml", "categories: []\n")).catalog();
        Library alpha = catalog.library("alpha").orElseThrow();
        assertThat(RingHistory.shown(catalog, alpha, Optional.of("production-ready")).map(Ring::id)).contains("adopt");
        assertThat(RingHistory.shown(catalog, alpha, Optional.of("experimental"))).isEmpty();
        assertThat(RingHistory.shown(catalog, alpha, Optional.empty())).isEmpty();
    }

    @Test
    void anExtensionAddsRingsAndNotesToTheLibraryItExtends() throws IOException {
        Path team = overlay("sources.yaml", """
                sources:
                  - {id: radar, title: {en: Team radar, zh: 团队雷达}, file: radar.json, date: 2025-06-01}
                """);
        overlay("libraries/alpha.yaml", """
                id: alpha
                extends: true
                aliases: [alpha-store]
                rings:
                  - {ring: adopt, source: radar}
                notes:
                  - {en: "Our <b>default</b> store: see https://example.org/alpha", source: radar}
                """);
        CatalogLoader.Result result = loadMini(team);
        assertThat(result.errors()).isEmpty();
        Library alpha = result.catalog().library("alpha").orElseThrow();
        Library plain = CatalogLoader.load(List.of(Cli.MINI), false, DAY).catalog().library("alpha").orElseThrow();

        assertThat(alpha.name()).isEqualTo("Alpha");
        assertThat(alpha.evaluation()).isEqualTo(plain.evaluation());
        assertThat(alpha.aliases()).containsExactly("alpha-db", "alpha-store");
        assertThat(alpha.notes()).hasSize(plain.notes().size() + 1);
        assertThat(alpha.rings()).extracting(r -> r.ring()).containsExactly("adopt");
        assertThat(alpha.extension()).isFalse();
    }

    @Test
    void anExtensionOfNoLibraryIsAnError() throws IOException {
        Path team = overlay("libraries/nobody.yaml", """
                id: nobody
                extends: true
                notes:
                  - {en: Nothing to extend, zh: 无可扩展, source: fixture}
                """);
        assertThat(loadMini(team).errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("unknown-library");
            assertThat(p.file()).endsWith("libraries/nobody.yaml");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void anUnknownRingIsAnErrorWhereItIsWritten() throws IOException {
        Path team = overlay("libraries/alpha.yaml", """
                id: alpha
                extends: true
                rings:
                  - {ring: adpot, source: fixture}
                """);
        assertThat(loadMini(team).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-ring");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'adpot'").contains("adopt");
        });
    }

    @Test
    void aCategoryInTwoQuadrantsAndABadColourAreErrors() throws IOException {
        Path team = overlay("rings.yaml", """
                rings:
                  - {id: adopt, label: {en: Adopt, zh: 采纳}, order: 1, color: green}
                quadrants:
                  - {id: more-tools, label: {en: More tools, zh: 更多工具}, categories: [orm]}
                """);
        assertThat(loadMini(team).errors()).extracting(Problem::code)
                .containsExactlyInAnyOrder("invalid-value", "duplicate-quadrant");
    }

    @Test
    void aPolicyNamingAnUnknownRingOrTierIsAnError() throws IOException {
        Path team = overlay("rings.yaml", """
                policy:
                  rationale: {en: Broken policy, zh: 错误的映射}
                  tiers: {production-ready: adopted, legendary: adopt}
                """);
        assertThat(loadMini(team).errors()).extracting(Problem::code)
                .containsExactlyInAnyOrder("unknown-ring", "unknown-tier");
    }

    @Test
    void theBuiltInCatalogNeedsBothLanguagesWhereAnOverlayMayHaveOne() {
        String library = """
                id: solo
                name: Solo
                category: orm
                summary: {en: Only English here.}
                notes:
                  - {en: A note, source: fixture}
                """;
        for (String dir : List.of("catalog", "team")) {
            Problems problems = new Problems();
            String file = dir + "/libraries/solo.yaml";
            YNode root = new YamlReader(file, problems).read(library.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Library bound = new CatalogBinder(problems).library(root, "solo");
            if (dir.equals("catalog")) {
                assertThat(bound).isNull();
                assertThat(problems.list()).extracting(Problem::code).containsExactly("missing-field", "missing-field");
            } else {
                assertThat(problems.list()).isEmpty();
                assertThat(bound.summary().only()).isEqualTo(Lang.EN);
            }
        }
    }

    @Test
    void everyTextOfTheBuiltInCatalogHasBothLanguages() {
        Catalog catalog = CatalogLoader.load(List.of(), true, DAY, null, false).catalog();
        Set<String> oneLanguage = new HashSet<>();
        for (Library l : catalog.libraries()) {
            if (l.summary().only() != null) {
                oneLanguage.add(l.id() + " summary");
            }
            l.notes().stream().filter(n -> n.text().only() != null).forEach(n -> oneLanguage.add(l.id() + " note"));
            l.strengths().stream().filter(n -> n.text().only() != null).forEach(n -> oneLanguage.add(l.id() + " strength"));
            l.limitations().stream().filter(n -> n.text().only() != null).forEach(n -> oneLanguage.add(l.id() + " limitation"));
        }
        assertThat(oneLanguage).isEmpty();
    }
}
