package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped catalog carries the source's numbers. The expected values are copied here from seed
 * 000 (eval-2025) by hand, so the test needs no access to the source documents: seven dimension
 * scores, composite and tier, version, GitHub stars, first release and every scenario rating with
 * the label the source's selection table uses.
 */
class ShippedCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DIMS = {"stability", "community", "documentation", "production", "performance",
        "ecosystem", "maintenance"};

    /** One fully evaluated library of seed 000; {@code ratings} alternates scenario id and stars. */
    record Expected(String id, double[] dims, double composite, String tier, String version, String stars,
                    String firstRelease, List<Object> ratings, List<String> labels) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Expected> libraries() {
        return Stream.of(
            new Expected("loco", new double[] {3.0, 4.0, 4.5, 3.0, 4.5, 4.0, 5.0}, 3.8, "mature", "0.3.0", "5,200+", "2023-11",
                    List.of("rapid-prototyping", 5, "startup-mvp", 5, "enterprise-apps", 3, "microservices", 2),
                    List.of("快速原型开发", "创业公司 MVP", "企业级应用", "微服务")),
            new Expected("pavex", new double[] {2.0, 4.5, 4.0, 1.0, 5.0, 3.0, 5.0}, 3.2, "early", "0.1.0", "2,800+", "2024-03",
                    List.of("production-deployment", 1, "performance-critical", 4, "learning-research", 5, "experimental-projects", 3),
                    List.of("生产环境", "性能关键型", "学习研究", "新项目尝试")),
            new Expected("poem", new double[] {4.5, 4.0, 4.5, 4.0, 4.5, 4.0, 4.5}, 4.3, "production-ready", "3.1.0", "3,600+", "2021-08",
                    List.of("restful-api", 5, "small-medium-projects", 5, "enterprise-apps", 4, "chinese-teams", 5),
                    List.of("RESTful API", "中小规模项目", "企业级应用", "中国团队")),
            new Expected("sea-orm", new double[] {5.0, 5.0, 5.0, 4.5, 4.5, 5.0, 5.0}, 4.9, "industry-standard", "1.1.0", "7,800+", "2021-09",
                    List.of("enterprise-apps", 5, "rapid-development", 5, "complex-queries", 4, "performance-critical", 4),
                    List.of("企业级应用", "快速开发", "复杂查询", "性能关键型")),
            new Expected("surrealdb", new double[] {4.5, 5.0, 4.5, 3.5, 4.5, 4.0, 5.0}, 4.4, "production-ready", "2.0.0", "28,000+", "2022-07",
                    List.of("realtime-apps", 5, "complex-data-models", 5, "graph-database", 5, "mongodb-replacement", 4),
                    List.of("实时应用", "复杂数据模型", "图数据库", "替代 MongoDB")),
            new Expected("turso", new double[] {4.0, 4.5, 4.5, 4.0, 5.0, 4.5, 5.0}, 4.5, "production-ready", "0.4.0", "10,500+", "2023-03",
                    List.of("edge-computing", 5, "embedded-apps", 5, "offline-first", 5, "ai-vector-search", 4),
                    List.of("边缘计算", "嵌入式应用", "离线优先应用", "AI 向量搜索")),
            new Expected("candle", new double[] {3.5, 5.0, 4.0, 4.0, 5.0, 4.5, 5.0}, 4.4, "production-ready", "0.8.0", "16,000+", "2023-06",
                    List.of("llm-inference", 5, "edge-ai", 5, "model-training", 3, "production-deployment", 5),
                    List.of("LLM 推理", "边缘 AI", "模型训练", "生产部署")),
            new Expected("burn", new double[] {3.5, 4.5, 4.5, 3.0, 4.5, 4.0, 5.0}, 4.1, "production-ready", "0.16.0", "9,200+", "2022-10",
                    List.of("model-training", 5, "dl-research", 5, "production-inference", 4, "cross-platform", 5),
                    List.of("模型训练", "深度学习研究", "生产推理", "跨平台")),
            new Expected("qdrant", new double[] {5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0}, 5.0, "industry-standard", "1.12.0", "21,000+", "2021-05",
                    List.of("rag", 5, "recommendation-systems", 5, "semantic-search", 5, "large-scale-deployment", 5),
                    List.of("RAG 系统", "推荐系统", "语义搜索", "大规模部署")),
            new Expected("lancedb", new double[] {3.5, 4.5, 4.0, 4.0, 4.5, 4.0, 5.0}, 4.2, "production-ready", "0.13.0", "5,000+", "2023-06",
                    List.of("edge-ai", 5, "local-apps", 5, "data-analytics", 5, "large-scale-deployment", 2),
                    List.of("边缘AI", "本地应用", "数据分析", "大规模集群")),
            new Expected("spin", new double[] {4.5, 4.5, 5.0, 4.0, 5.0, 4.5, 5.0}, 4.6, "production-ready", "3.0.0", "5,500+", "2022-03",
                    List.of("serverless", 5, "edge-computing", 5, "microservices", 4, "high-throughput-api", 3),
                    List.of("Serverless", "边缘计算", "微服务", "高吞吐 API"))
);
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = new Cli().run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void loadsWithoutErrorsAndHasAtLeastAHundredLibraries() {
        CatalogLoader.Result result = CatalogLoader.load(List.of(), true, Cli.TODAY);
        assertThat(result.errors()).isEmpty();
        assertThat(result.catalog().libraries()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(result.catalog().trends()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void showCarriesEveryNumberOfTheSource(Expected e) throws Exception {
        JsonNode lib = json("show", e.id(), "--format", "json").get("library");
        for (int i = 0; i < DIMS.length; i++) {
            JsonNode dim = lib.get("dimensions").get(i);
            assertThat(dim.get("id").asText()).isEqualTo(DIMS[i]);
            assertThat(dim.get("score").asDouble()).as(DIMS[i]).isEqualTo(e.dims()[i]);
        }
        assertThat(lib.get("reported").get("score").asDouble()).isEqualTo(e.composite());
        assertThat(lib.get("reported").get("tier").asText()).isEqualTo(e.tier());
        List<String> values = new ArrayList<>();
        lib.get("history").forEach(f -> values.add(f.get("key").asText() + "=" + f.get("value").asText()));
        lib.get("facts").forEach(f -> values.add(f.get("key").asText() + "=" + f.get("value").asText()));
        assertThat(values).anySatisfy(v -> assertThat(v).startsWith("version=" + e.version()));
        assertThat(values).contains("stars=" + e.stars(), "first-release=" + e.firstRelease());
        for (int i = 0; i < e.ratings().size(); i += 2) {
            String scenario = (String) e.ratings().get(i);
            int stars = (Integer) e.ratings().get(i + 1);
            assertThat(lib.get("scenarios")).as(scenario)
                    .anySatisfy(s -> {
                        assertThat(s.get("id").asText()).isEqualTo(scenario);
                        assertThat(s.get("stars").asInt()).isEqualTo(stars);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void everySelectionTableLabelWorksAsAScenarioAndShowsTheSourcesStars(Expected e) throws Exception {
        for (int i = 0; i < e.labels().size(); i++) {
            int stars = (Integer) e.ratings().get(2 * i + 1);
            for (String name : List.of(e.labels().get(i), (String) e.ratings().get(2 * i))) {
                JsonNode recs = json("recommend", "--scenario", name, "--top", "1000", "--format", "json")
                        .get("recommendations");
                assertThat(recs).as("%s for %s", e.id(), name).anySatisfy(r -> {
                    assertThat(r.get("id").asText()).isEqualTo(e.id());
                    assertThat(r.get("fitKind").asText()).isEqualTo("direct");
                    assertThat(r.get("fit").asDouble()).isEqualTo(stars);
                });
            }
        }
    }

    @Test
    void reportedOnlyLibrariesKeepTheirComposite() throws Exception {
        for (Object[] row : new Object[][] {{"quinn", 4.5}, {"rkyv", 4.4}, {"dioxus", 4.1}, {"leptos", 4.3}}) {
            JsonNode lib = json("show", (String) row[0], "--format", "json").get("library");
            assertThat(lib.get("scoreBasis").asText()).isEqualTo("reported");
            assertThat(lib.get("score").asDouble()).isEqualTo((Double) row[1]);
            assertThat(lib.get("reported").get("tier").asText()).isEqualTo("production-ready");
            assertThat(lib.get("dimensions")).isEmpty();
        }
    }

    @Test
    void validateWarnsAboutLocoAndOverdueReviews() throws Exception {
        Cli.Result r = new Cli().run("validate", "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode v = JSON.readTree(r.out());
        assertThat(v.get("errors").asInt()).isZero();
        List<String> codes = new ArrayList<>();
        v.get("problems").forEach(p -> codes.add(p.get("library").asText() + ":" + p.get("code").asText()));
        assertThat(codes).contains("loco:reported-score-mismatch", "loco:reported-tier-mismatch");
        assertThat(codes.stream().filter(c -> c.endsWith(":review-overdue")).count()).isEqualTo(15);
        assertThat(new Cli().run("validate", "--as-of", "2025-12-01", "--strict").exit()).isEqualTo(3);
    }

    @Test
    void ragRanksQdrantFirstWithADirectFiveStarFit() throws Exception {
        JsonNode recs = json("recommend", "--scenario", "rag", "--format", "json").get("recommendations");
        assertThat(recs.get(0).get("id").asText()).isEqualTo("qdrant");
        assertThat(recs.get(0).get("fitKind").asText()).isEqualTo("direct");
        assertThat(recs.get(0).get("fit").asDouble()).isEqualTo(5.0);
        assertThat(recs.size()).isGreaterThan(1);
        for (int i = 1; i < recs.size(); i++) {
            assertThat(recs.get(i).get("fitKind").asText()).isNotEqualTo("direct");
            assertThat(recs.get(i).get("reason").asText()).isNotBlank();
        }
    }

    @Test
    void qdrantDominatesLanceDbAndCandleAndBurnTradeOff() throws Exception {
        JsonNode q = json("compare", "qdrant", "lancedb", "--format", "json");
        assertThat(q.get("pairs").get(0).get("dominates").asText()).isEqualTo("qdrant");
        JsonNode cb = json("compare", "candle", "burn", "--format", "json");
        assertThat(cb.get("pairs").get(0).get("dominates").isNull()).isTrue();
        List<String> leaders = new ArrayList<>();
        cb.get("dimensions").forEach(d -> leaders.add(d.get("id").asText() + "=" + d.get("leader").asText()));
        assertThat(leaders).containsExactly("stability=null", "community=candle", "documentation=burn",
                "production=candle", "performance=candle", "ecosystem=candle", "maintenance=null");
        String summary = cb.get("pairs").get(0).get("summary").asText();
        assertThat(summary).startsWith("Candle leads on community activity, production usage, performance and ecosystem integration; Burn on documentation");
    }
}
