package org.mingyuan.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ApiClient.Response;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemDraft;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Indicator systems: the two shipped systems are on every database; a tree round-trips through storage; a copy is a
 * draft equal to its source that is edited (indicators added, removed, renamed, rubric, direction, weights) and
 * published as the next version, after which it is frozen while the source stays as it was; broken trees are refused
 * naming each field; only officials copy, edit and publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorSystemTests {

    static final Caller OFFICER = EvaluationFixtures.OFFICER;
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IndicatorSystems systems;

    @Test
    void shippedSystemsArePresent() {
        List<SystemVersion> published = systems.published();
        SystemVersion cric = published.stream()
                .filter(v -> v.code().equals("CRIC_MODEL_PARK") && v.version() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(cric.categories()).extracting(Category::nameZh).containsExactly("招商服务", "运营服务");
        assertThat(cric.indicators()).hasSize(8).allSatisfy(i -> {
            assertThat(i.source()).isEqualTo(IndicatorSource.EXPERT);
            assertThat(i.weight()).isNull();
            assertThat(i.rubric())
                    .hasSize(5)
                    .allSatisfy(l -> assertThat(l.byPlatform()).isTrue());
        });
        assertThat(cric.categories()).allSatisfy(c -> assertThat(c.weight()).isNull());
        assertThat(cric.noteZh()).contains("克而瑞未公布权重").contains("名园平台拟定");
        SystemVersion first = live(published, 1);
        assertThat(first.indicators())
                .extracting(Indicator::live)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.EnumSet.range(LiveIndicator.OCCUPANCY, LiveIndicator.LEADING_FIRMS).stream()
                                .map(Enum::name)
                                .toList());
        SystemVersion second = live(published, 2);
        assertThat(second.categories().subList(0, 2)).isEqualTo(first.categories());
        assertThat(second.categories().get(2).code()).isEqualTo("INNOVATION");
        assertThat(second.indicators())
                .extracting(Indicator::live)
                .containsExactlyInAnyOrderElementsOf(
                        List.of(LiveIndicator.values()).stream().map(Enum::name).toList());
        assertThat(second.indicators()).allSatisfy(i -> {
            assertThat(i.benefit()).isEqualTo(LiveIndicator.valueOf(i.live()).benefit());
            assertThat(i.source()).isEqualTo(IndicatorSource.PLATFORM);
        });
    }

    private static SystemVersion live(List<SystemVersion> published, int version) {
        return published.stream()
                .filter(v -> v.code().equals("PLATFORM_LIVE") && v.version() == version)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void treeRoundTripsAndPublishedVersionsFreeze() {
        SystemVersion first = EvaluationFixtures.system(systems);
        assertThat(first.categories()).isEqualTo(EvaluationFixtures.tree());
        assertThat(first.state()).isEqualTo(SystemVersion.VersionState.PUBLISHED);
        assertThatThrownBy(() -> systems.edit(OFFICER, first.id(), SystemDraft.of(first)))
                .isInstanceOf(Conflict.class);

        SystemVersion draft = systems.copy(OFFICER, first.id());
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.state()).isEqualTo(SystemVersion.VersionState.DRAFT);
        assertThat(draft.categories()).isEqualTo(first.categories());
        assertThatThrownBy(() -> systems.copy(OFFICER, first.id())).isInstanceOf(Conflict.class);

        Category category = draft.categories().get(0);
        Indicator quality = category.indicators().get(0);
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(
                quality.code(),
                "服务质量",
                "Service quality",
                quality.definitionZh(),
                quality.definitionEn(),
                false,
                quality.unit(),
                quality.source(),
                null,
                0.3,
                quality.rubric().subList(0, 3)));
        indicators.add(new Indicator(
                "OCC",
                "入驻率",
                "Occupancy",
                null,
                null,
                true,
                "%",
                IndicatorSource.PLATFORM,
                "OCCUPANCY",
                0.7,
                List.of()));
        var edited = List.of(new Category(category.code(), "新类", "New category", null, null, 1.0, indicators));
        systems.edit(OFFICER, draft.id(), new SystemDraft(null, null, "第二版", "second", edited));
        SystemVersion second = systems.publish(OFFICER, draft.id());
        assertThat(second.categories()).isEqualTo(edited);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.publishedBy()).isEqualTo("officer");
        assertThatThrownBy(() -> systems.publish(OFFICER, draft.id())).isInstanceOf(Conflict.class);
        assertThat(systems.version(OFFICER, first.id()).categories()).isEqualTo(EvaluationFixtures.tree());
    }

    @Test
    void brokenTreesAreRefusedNamingEachFieldAndOnlyOfficialsEdit() throws Exception {
        SystemVersion draft =
                systems.copy(OFFICER, EvaluationFixtures.system(systems).id());
        var api = new ApiClient(port);
        String officer = ApiClient.basic("officer", "demo");
        JsonNode tree = JSON.readTree(JSON.writeValueAsString(SystemDraft.of(draft)));
        var indicators = (com.fasterxml.jackson.databind.node.ArrayNode)
                tree.get("categories").get(0).get("indicators");
        ((com.fasterxml.jackson.databind.node.ObjectNode) indicators.get(1)).put("code", "Q");
        var rubric = (com.fasterxml.jackson.databind.node.ArrayNode)
                indicators.get(0).get("rubric");
        ((com.fasterxml.jackson.databind.node.ObjectNode) rubric.get(2)).put("score", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) indicators.get(1)).put("weight", -1);
        Response refused = api.put("/api/v1/evaluation/systems/versions/" + draft.id(), officer, tree.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains(
                        "categories[0].indicators[1].code",
                        "categories[0].indicators[0].rubric[2].score",
                        "categories[0].indicators[1].weight");
        assertThat(systems.version(OFFICER, draft.id()).categories()).isEqualTo(EvaluationFixtures.tree());

        for (String user : List.of("expert1", "supervisor", "operator", "enterprise")) {
            assertThat(api.post(
                                    "/api/v1/evaluation/systems/versions/" + draft.id() + "/publish",
                                    ApiClient.basic(user, "demo"),
                                    "")
                            .status())
                    .as(user)
                    .isIn(403, 404);
        }
        assertThat(api.get("/api/v1/evaluation/systems/versions/" + draft.id(), ApiClient.basic("expert1", "demo"))
                        .status())
                .isEqualTo(404);
        var expert = new Caller("expert1", Set.of(Role.EXPERT), null, null);
        assertThat(systems.versions(expert))
                .allSatisfy(v -> assertThat(v.state()).isEqualTo(SystemVersion.VersionState.PUBLISHED));
        assertThat(api.post("/api/v1/evaluation/systems/versions/" + draft.id() + "/publish", officer, "")
                        .status())
                .isEqualTo(200);
    }
}
