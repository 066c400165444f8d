package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.catalog.CatalogLoader;
import advisor.model.Catalog;
import advisor.model.Library;
import advisor.scoring.RingHistory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rings in show, list and recommend, and export and diff (issue 12), over the mini catalog with the two BYOR
 * editions of the fixtures imported into a team overlay.
 */
class RadarCommandsTest {
    private static final Path BYOR = Path.of("src/test/resources/radar/byor");

    @TempDir
    Path temp;
    private Path team;

    @BeforeEach
    void importTwoEditions() {
        team = temp.resolve("team");
        Cli.Result r = new Cli().mini("import", BYOR.resolve("radar-2024-03.csv").toString(),
                BYOR.resolve("radar-2025-01.csv").toString(), "--to", team.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    private Cli.Result run(String command, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalog";
        all[1] = team.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Cli().mini(command, all);
    }

    /** The text with its line wrapping undone. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertThat(r.exit()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void showPrintsTheRingAndItsTimeline() throws IOException {
        Cli.Result table = run("show", "quillstream");
        assertThat(table.out()).containsPattern("Ring\\s+Assess \\(2025-01\\)").contains("Ring history")
                .containsPattern("Trial\\s+2024-03\\s+new\\s+import-radar-2024-03-csv")
                .containsPattern("Assess\\s+2025-01\\s+moved out\\s+import-radar-2025-01-csv");
        JsonNode lib = json(run("show", "quillstream", "--format", "json")).get("library");
        assertThat(lib.get("ring").asText()).isEqualTo("assess");
        assertThat(lib.get("rings")).hasSize(2);
        assertThat(lib.get("rings").get(1).get("move").asText()).isEqualTo("moved-out");
        assertThat(run("show", "gamma", "--format", "json").out()).contains("\"ring\" : null", "\"rings\" : [ ]");
    }

    @Test
    void listFiltersByRingAndShowsTheRingColumn() throws IOException {
        JsonNode adopt = json(run("list", "--ring", "ADOPT", "--format", "json"));
        assertThat(adopt.get("libraries")).isNotEmpty().allSatisfy(l -> assertThat(l.get("ring").asText()).isEqualTo("adopt"));
        Catalog catalog = CatalogLoader.load(List.of(Cli.MINI, team), false, Cli.TODAY).catalog();
        long expected = catalog.libraries().stream()
                .filter(l -> RingHistory.latest(catalog, l).map(s -> s.ring().id()).orElse("").equals("adopt")).count();
        assertThat(adopt.get("count").asLong()).isEqualTo(expected);
        assertThat(run("list", "--ring", "hold").out()).contains("RING").contains("Hold");
        assertThat(new Cli().mini("list").out()).doesNotContain("RING");
        Cli.Result unknown = run("list", "--ring", "adpot");
        assertThat(unknown.exit()).isEqualTo(4);
        assertThat(unknown.err()).contains("unknown ring 'adpot'").contains("adopt");
    }

    @Test
    void recommendShowsTheRingAsEvidenceAndLeavesOutExcludedRingsCountingThem() throws IOException {
        JsonNode all = json(run("recommend", "-s", "rag", "--format", "json"));
        assertThat(all.get("recommendations").get(0).get("id").asText()).isEqualTo("alpha");
        assertThat(all.get("recommendations").get(0).get("ring").asText()).isEqualTo("trial");
        assertThat(all.get("excludedByRing").asInt()).isZero();

        JsonNode without = json(run("recommend", "-s", "rag", "--exclude-ring", "trial", "--exclude-ring", "hold",
                "--format", "json"));
        assertThat(without.get("recommendations")).noneSatisfy(r -> assertThat(r.get("id").asText()).isEqualTo("alpha"));
        assertThat(without.get("excludedRings").toString()).isEqualTo("[\"trial\",\"hold\"]");
        assertThat(without.get("excludedByRing").asInt()).isEqualTo(1);
        assertThat(flat(run("recommend", "-s", "rag", "--exclude-ring", "trial").out()))
                .contains("--exclude-ring Trial left out 1 of the libraries with evidence");
        assertThat(run("recommend", "-s", "rag", "--format", "markdown").out()).contains("Ring: Trial \\(2025-01\\).");
        // CSV and TSV carry the ring id as list does (empty for a library without one: the built-in goldens)
        List<String> csv = run("recommend", "-s", "rag", "--format", "csv").out().lines().toList();
        assertThat(csv.get(0)).contains(",tier,ring,reason");
        assertThat(csv.get(1)).startsWith("1,alpha,").contains(",trial,");
        assertThat(csv).filteredOn(l -> l.contains(",beta,")).singleElement().asString().contains(",mature,assess,");
    }

    @Test
    void compareHasARingRowWhenALibraryHasARing() throws IOException {
        assertThat(run("compare", "alpha", "quillstream").out()).containsPattern("Ring\\s+Trial \\(2025-01\\)\\s+Assess \\(2025-01\\)");
        assertThat(new Cli().mini("compare", "alpha", "beta").out()).doesNotContain("Ring");
        JsonNode json = json(run("compare", "alpha", "beta", "--format", "json"));
        assertThat(json.get("libraries").get(0).get("ring").asText()).isEqualTo("trial");
        assertThat(json.get("libraries").get(1).get("ring").asText()).isEqualTo("assess");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"byor-csv, radar.csv, false", "byor-json, radar.json, false", "zalando, config.json, false",
            "backstage, tech-radar.json, true", "aoe, aoe, true"})
    void anExportImportsBackToTheSameLatestRings(String format, String file, boolean history) throws IOException {
        Path out = temp.resolve(file);
        Cli.Result export = run("export", format, "--to", out.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.err()).contains("exported 33 libraries").contains("1 by the ring policy; 1 left out");
        byte[] first = Files.isDirectory(out) ? null : Files.readAllBytes(out);
        assertThat(run("export", format, "--to", out.toString()).exit()).isZero();
        if (first != null) {
            assertThat(Files.readAllBytes(out)).as("the same radar gives the same bytes").isEqualTo(first);
        }

        Path back = temp.resolve("back");
        List<String> args = new java.util.ArrayList<>(List.of("import", out.toString(), "--to", back.toString()));
        Cli.Result imported = new Cli().mini(args.get(0), args.subList(1, args.size()).toArray(String[]::new));
        assertThat(imported.exit()).as(imported.toString()).isZero();

        Catalog before = CatalogLoader.load(List.of(Cli.MINI, team), false, Cli.TODAY).catalog();
        Catalog after = CatalogLoader.load(List.of(Cli.MINI, back), false, Cli.TODAY).catalog();
        Map<String, String> latestBefore = new LinkedHashMap<>();
        Map<String, String> latestAfter = new LinkedHashMap<>();
        for (Library lib : before.libraries()) {
            RingHistory.latest(before, lib).ifPresent(s -> latestBefore.put(lib.id(), s.ring().id()));
        }
        for (Library lib : after.libraries()) {
            RingHistory.latest(after, lib).ifPresent(s -> latestAfter.put(lib.id(), s.ring().id()));
        }
        // gamma has no ring of its own: the ring policy puts it on the radar by its tier (production ready: adopt)
        latestBefore.put("gamma", "adopt");
        assertThat(latestAfter).isEqualTo(latestBefore);
        if (history) {
            for (Library lib : before.libraries()) {
                if (!lib.rings().isEmpty()) {
                    assertThat(RingHistory.of(after, after.library(lib.id()).orElseThrow())).as(lib.id())
                            .extracting(s -> s.ring().id())
                            .isEqualTo(RingHistory.of(before, lib).stream().map(s -> s.ring().id()).toList());
                }
            }
        }
    }

    @Test
    void onlyOverlaysLeavesOutTheBuiltInCatalog() throws IOException {
        Path overBuiltin = temp.resolve("over-builtin");
        Cli.Result imported = new Cli().run("import", BYOR.resolve("radar-2025-01.csv").toString(), "--to",
                overBuiltin.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        Path only = temp.resolve("only.json");
        Path all = temp.resolve("all.json");
        assertThat(new Cli().run("export", "byor-json", "--to", only.toString(), "--catalog", overBuiltin.toString(),
                "--only-overlays").exit()).isZero();
        assertThat(new Cli().run("export", "byor-json", "--to", all.toString(), "--catalog", overBuiltin.toString())
                .exit()).isZero();
        JsonNode onlyOverlay = new ObjectMapper().readTree(only.toFile());
        // the sheet's 32 distinct names; none of them is a built-in library
        assertThat(onlyOverlay).hasSize(32);
        // without it, also every scored built-in library, in the ring the policy gives its tier
        long scoredBuiltin = new ObjectMapper().readTree(new Cli().run("list", "--scored", "--format", "json").out())
                .get("count").asLong();
        assertThat(new ObjectMapper().readTree(all.toFile()).size()).isEqualTo(32 + (int) scoredBuiltin);
    }

    @Test
    void importDatesAnUndatedEditionByDateAndNeverByToday() throws IOException {
        Path dated = temp.resolve("dated");
        Path radar = Files.copy(BYOR.resolve("radar-2024-03.csv"), temp.resolve("team-radar.csv"));
        assertThat(new Cli().mini("import", radar.toString(), "--to", dated.toString(), "--date", "2024-06-30").exit())
                .isZero();
        assertThat(Files.readString(dated.resolve("sources.yaml"))).contains("date: 2024-06-30");
        Path undated = temp.resolve("undated");
        assertThat(new Cli().mini("import", radar.toString(), "--to", undated.toString()).exit()).isZero();
        assertThat(Files.readString(undated.resolve("sources.yaml"))).doesNotContain("date:");
        assertThat(Files.readString(undated.resolve("libraries/quillstream.yaml"))).doesNotContain("date:");
        Cli.Result bad = new Cli().mini("import", radar.toString(), "--to", undated.toString(), "--date", "June");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid value for --date: 'June'");
    }

    @Test
    void anUnknownExportFormatIsAUsageError() {
        Cli.Result r = run("export", "opml", "--to", temp.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown export format 'opml'; valid: byor-csv, byor-json, zalando, backstage, aoe");
    }

    @Test
    void diffOfTwoEditionsListsTheMovesInEveryFormat() throws IOException {
        String a = BYOR.resolve("radar-2024-03.csv").toString();
        String b = BYOR.resolve("radar-2025-01.csv").toString();
        Cli.Result table = new Cli().mini("diff", a, b);
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("3 added, 0 removed, 28 ring moves")
                .containsPattern("alpha\\s+Alpha\\s+moved out\\s+adopt\\s+trial");
        JsonNode json = json(new Cli().mini("diff", a, b, "--format", "json"));
        assertThat(json.get("counts").get("ring").asInt()).isEqualTo(28);
        assertThat(json.get("changes")).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("ring");
            assertThat(c.get("id").asText()).isEqualTo("brindlestream");
            assertThat(c.get("what").asText()).isEqualTo("moved-in");
            assertThat(c.get("from").asText()).isEqualTo("hold");
            assertThat(c.get("to").asText()).isEqualTo("adopt");
        });
        String md = new Cli().mini("diff", a, b, "--format", "markdown").out();
        assertThat(md).startsWith("# What changed: ").contains("## Ring moves").contains("| alpha | Alpha | moved out | adopt | trial |");
        Cli.Result csv = new Cli().mini("diff", a, b, "--format", "csv");
        assertThat(csv.out()).startsWith("kind,id,name,what,from,to").contains("ring,alpha,Alpha,moved-out,adopt,trial");
    }

    @Test
    void diffOfTwoCatalogDirectoriesFindsAddedLibrariesAndExitsZeroWhenEqual() {
        Cli.Result same = new Cli().mini("diff", team.toString(), team.toString());
        assertThat(same.exit()).isZero();
        assertThat(flat(same.out())).contains("0 added, 0 removed, 0 ring moves, 0 score changes, 0 tier changes, 0 changed facts.");
        Cli.Result vsMini = new Cli().run("diff", Cli.MINI.toString(), team.toString(), "--no-builtin-catalog",
                "--catalog", Cli.MINI.toString());
        assertThat(vsMini.exit()).as(vsMini.toString()).isZero();
        assertThat(vsMini.out()).contains("0 added").contains("2 ring moves");
    }
}
