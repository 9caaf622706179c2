package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.RatingBook.Distribution;
import org.mingyuan.platform.fulfillment.RatingBook.Grouping;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ratings (好差评) through the API on a clock the test moves: the enterprise rates a closed (rejected) case once, with
 * the level public in its ledger entry and the comment committed; an open case, a second rating and levels outside the
 * five are refused naming what is wrong; 不满意 opens a follow-up due five working days later across 国庆; a reviewer
 * of another department cannot answer it and nothing changes; past its due day it is listed as overdue for the
 * department's reviewers and supervisors; the department's appeal, upheld by a supervisor, leaves the rating out of
 * the distribution, and the enterprise cannot decide appeals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.AsPlatformClock.class)
class RatingTests {

    static final String SUPERVISOR = ApiClient.basic("supervisor", "demo");

    /** The day before 国庆 2026 (1–7 October off, Saturday 10 October worked), at noon in China. */
    static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 30);

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    MovableClock clock;

    @Autowired
    RatingBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ApiClient api;
    World world;
    String clause;

    @BeforeEach
    void world() throws InterruptedException {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 2500);
        clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "RATED",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                null,
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
    }

    @AfterEach
    void backToNow() {
        clock.moveTo(Instant.now());
    }

    void moveTo(LocalDate day) {
        clock.moveTo(day.atTime(LocalTime.NOON).atZone(RegistryTime.ZONE).toInstant());
    }

    /** Files an application for the world's clause and returns its case, in review. */
    long file() {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clause),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().at("/cases/0/id").asLong();
    }

    /** Files and rejects a case; returns it, closed. */
    long rejected() {
        return reject(file());
    }

    long reject(long id) {
        var rejected = api.post(
                "/api/v1/cases/" + id + "/reject", world.auth(world.reviewer()), "{\"condition\":0,\"note\":\"不符合\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        return id;
    }

    ApiClient.Response rate(long id, String body) {
        return api.post("/api/v1/cases/" + id + "/rating", world.auth(world.enterprise()), body);
    }

    List<String> fieldsOf(ApiClient.Response refused) {
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    List<Long> followUps(String auth, boolean overdue) {
        var listed = api.get("/api/v1/ratings/follow-ups?overdue=" + overdue, auth);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<Long> cases = new ArrayList<>();
        listed.json().forEach(r -> cases.add(r.get("caseId").asLong()));
        return cases;
    }

    Distribution distribution(LocalDate day) {
        return book.distribution(Grouping.DEPARTMENT, day, day).stream()
                .filter(d -> d.department().equals(world.department()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theEnterpriseRatesARejectedCaseOnceWithTheLevelPublicInTheLedger() {
        long open = file();
        var early = rate(open, "{\"level\":5}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        long id = reject(open);

        var rated = rate(id, "{\"level\":4,\"comment\":\"办理及时，保密意见\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("level").asInt()).isEqualTo(4);
        assertThat(rated.json().has("followUpDue")).isFalse();
        var again = rate(id, "{\"level\":1,\"comment\":\"再评一次\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + id + "/rating", world.auth(world.enterprise()))
                        .json()
                        .get("level")
                        .asInt())
                .isEqualTo(4);

        World other = FulfillmentFixtures.world(api, desk, 10);
        assertThat(api.post("/api/v1/cases/" + id + "/rating", other.auth(other.enterprise()), "{\"level\":1}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + id + "/rating", other.auth(other.enterprise()))
                        .status())
                .isEqualTo(404);

        List<JsonNode> timeline = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            timeline.clear();
            api.get("/api/v1/cases/" + id, world.auth(world.enterprise()))
                    .json()
                    .get("timeline")
                    .forEach(timeline::add);
            assertThat(timeline).hasSize(3);
            assertThat(timeline.get(2).path("receipt").isNumber()).isTrue();
        });
        JsonNode step = timeline.get(2);
        assertThat(step.at("/step/kind").asText()).isEqualTo("RATED");
        var entry = api.get("/api/v1/ledger/entries/" + step.get("receipt").asLong(), null);
        assertThat(entry.body())
                .contains("ServiceRated")
                .contains("\"level\":4")
                .contains("\"reason\":\"sha256:")
                .doesNotContain("保密意见");
        assertThat(jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                        .param("case-step:" + step.at("/step/eventId").asText())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void levelsOutsideTheFiveAndPoorRatingsWithoutACommentAreRefusedNamingTheField() {
        long id = rejected();
        for (String body : List.of(
                "{\"level\":0}",
                "{\"level\":6}",
                "{\"level\":\"x\"}",
                "{\"level\":-2147483648}",
                "{\"level\":1e999999999}",
                "{\"comment\":\"没有等级\"}")) {
            var refused = rate(id, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(fieldsOf(refused)).as(body).contains("level");
        }
        for (String body : List.of(
                "{\"level\":2}",
                "{\"level\":1,\"comment\":\"   \"}",
                "{\"level\":3,\"comment\":\"反转\\u202E的字\"}",
                "{\"level\":3,\"comment\":\"\\u200B\\u200B\"}",
                "{\"level\":3,\"comment\":\"" + "长".repeat(2001) + "\"}")) {
            var refused = rate(id, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(fieldsOf(refused)).as(body).containsExactly("comment");
        }
        assertThat(api.get("/api/v1/cases/" + id + "/rating", world.auth(world.enterprise()))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/cases/" + id + "/rating", world.auth(world.reviewer()), "{\"level\":5}")
                        .status())
                .as("an official may read the case but not rate it")
                .isEqualTo(403);
    }

    @Test
    void aPoorRatingIsFollowedUpByTheDepartmentAndListedOnceOverdue() throws Exception {
        long id = rejected();
        moveTo(BEFORE_NATIONAL_DAY);
        var rated = rate(id, "{\"level\":2,\"comment\":\"等待太久\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("followUpDue").asText())
                .as("1–7 October off, Saturday 10 October worked")
                .isEqualTo("2026-10-13");
        assertThat(followUps(world.auth(world.reviewer()), false)).contains(id);
        assertThat(followUps(world.auth(world.outsider()), false)).doesNotContain(id);
        assertThat(api.get("/api/v1/ratings/follow-ups", world.auth(world.enterprise()))
                        .status())
                .isEqualTo(403);

        moveTo(LocalDate.of(2026, 10, 13));
        assertThat(followUps(world.auth(world.reviewer()), true)).doesNotContain(id);
        moveTo(LocalDate.of(2026, 10, 14));
        assertThat(followUps(world.auth(world.reviewer()), true)).contains(id);
        assertThat(followUps(SUPERVISOR, true)).contains(id);
        assertThat(distribution(BEFORE_NATIONAL_DAY))
                .returns(1L, Distribution::followUpsOpen)
                .returns(1L, Distribution::followUpsOverdue)
                .returns(1L, d -> d.levels().get(2));

        var outsider = api.post(
                "/api/v1/cases/" + id + "/rating/follow-up", world.auth(world.outsider()), "{\"answer\":\"越权回复\"}");
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + id + "/rating", world.auth(world.enterprise()))
                        .json()
                        .has("followUpAnswer"))
                .isFalse();
        var empty = api.post("/api/v1/cases/" + id + "/rating/follow-up", world.auth(world.reviewer()), "{}");
        assertThat(fieldsOf(empty)).containsExactly("answer");

        var answered = api.post(
                "/api/v1/cases/" + id + "/rating/follow-up",
                world.auth(world.reviewer()),
                "{\"answer\":\"已电话回访，优化了审核流程\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("followedUpBy").asText()).isEqualTo(world.reviewer());
        assertThat(api.post(
                                "/api/v1/cases/" + id + "/rating/follow-up",
                                world.auth(world.reviewer()),
                                "{\"answer\":\"再答一次\"}")
                        .status())
                .isEqualTo(409);
        assertThat(followUps(world.auth(world.reviewer()), false)).doesNotContain(id);
        assertThat(distribution(BEFORE_NATIONAL_DAY)).returns(0L, Distribution::followUpsOpen);
        var inbox = api.get(
                "/api/v1/enterprises/" + world.creditCode() + "/inbox?size=200", world.auth(world.enterprise()));
        assertThat(inbox.body()).contains("已电话回访，优化了审核流程");
    }

    @Test
    void anUpheldAppealLeavesTheRatingOutOfTheDistributionAndOnlySupervisorsDecide() {
        long id = rejected();
        moveTo(BEFORE_NATIONAL_DAY);
        assertThat(rate(id, "{\"level\":1,\"comment\":\"评错了办件\"}").status()).isEqualTo(201);
        assertThat(distribution(BEFORE_NATIONAL_DAY))
                .returns(1L, d -> d.levels().get(1))
                .returns(1L, Distribution::total)
                .returns(0L, Distribution::upheld);
        String path = "/api/v1/cases/" + id + "/rating/appeal";

        assertThat(api.post(path, world.auth(world.outsider()), "{\"reason\":\"别的局\"}")
                        .status())
                .isEqualTo(403);
        assertThat(fieldsOf(api.post(path, world.auth(world.reviewer()), "{\"reason\":\"\"}")))
                .containsExactly("reason");
        assertThat(api.post(path, world.auth(world.reviewer()), "{\"reason\":\"企业评价的是另一部门的办件\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(path, world.auth(world.reviewer()), "{\"reason\":\"再申诉\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/ratings/appeals", SUPERVISOR).body()).contains("\"caseId\":" + id);
        assertThat(api.get("/api/v1/ratings/appeals", world.auth(world.reviewer()))
                        .status())
                .isEqualTo(403);

        String decision = path + "/decision";
        assertThat(api.post(decision, world.auth(world.enterprise()), "{\"outcome\":\"DISMISSED\",\"note\":\"不\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(decision, world.auth(world.reviewer()), "{\"outcome\":\"UPHELD\",\"note\":\"自裁\"}")
                        .status())
                .isEqualTo(403);
        assertThat(fieldsOf(api.post(decision, SUPERVISOR, "{\"outcome\":\"MAYBE\"}")))
                .containsExactlyInAnyOrder("outcome", "note");
        assertThat(api.get("/api/v1/cases/" + id + "/rating", SUPERVISOR).json().has("appealOutcome"))
                .isFalse();

        var upheld = api.post(decision, SUPERVISOR, "{\"outcome\":\"UPHELD\",\"note\":\"核实为误评\"}");
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(200);
        assertThat(upheld.json().get("appealOutcome").asText()).isEqualTo("UPHELD");
        assertThat(api.post(decision, SUPERVISOR, "{\"outcome\":\"DISMISSED\",\"note\":\"改判\"}")
                        .status())
                .isEqualTo(409);
        assertThat(distribution(BEFORE_NATIONAL_DAY))
                .returns(0L, d -> d.levels().get(1))
                .returns(0L, Distribution::total)
                .returns(1L, Distribution::upheld)
                .returns(0L, Distribution::followUpsOpen);
        assertThat(book.distribution(Grouping.POLICY, BEFORE_NATIONAL_DAY, BEFORE_NATIONAL_DAY))
                .filteredOn(d -> d.department().equals(world.department()))
                .singleElement()
                .returns(world.policyId(), Distribution::policyId);
        assertThat(followUps(world.auth(world.reviewer()), false)).doesNotContain(id);
        assertThat(api.get("/api/v1/cases/" + id + "/rating", world.auth(world.enterprise()))
                        .json()
                        .get("level")
                        .asInt())
                .as("an upheld appeal leaves the rating visible")
                .isEqualTo(1);
    }

    @Test
    void theCasePageOffersTheFiveLevelsToTheEnterpriseAndTheFormsToTheirActors() throws Exception {
        long id = rejected();
        String page = "/cases/" + id;
        var enterprise = user(world.enterprise()).roles("ENTERPRISE");
        String form = mvc.perform(get(page).with(enterprise))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("id=\"rate-form\"");
        for (String level : List.of("非常满意", "满意", "基本满意", "不满意", "非常不满意")) {
            assertThat(form).contains(">" + level + "</span>");
        }
        assertThat(form).contains("id=\"rating-level-5\"").contains("id=\"rating-level-1\"");

        mvc.perform(post(page + "/rating").param("level", "x").with(enterprise).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post(page + "/rating")
                        .param("level", "2")
                        .param("comment", "回复太慢")
                        .with(enterprise)
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "rating.notice.rated"));
        String rated = mvc.perform(get(page).with(enterprise))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rated).doesNotContain("id=\"rate-form\"").contains("回复太慢").doesNotContain("id=\"follow-up-form\"");

        String reviewer = mvc.perform(get(page).with(user(world.reviewer()).roles("REVIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reviewer).contains("id=\"follow-up-form\"").contains("id=\"appeal-form\"");
        String outsider = mvc.perform(get(page).with(user(world.outsider()).roles("REVIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outsider).doesNotContain("id=\"follow-up-form\"").doesNotContain("id=\"appeal-form\"");
        String list = mvc.perform(
                        get("/ratings/follow-ups").with(user(world.reviewer()).roles("REVIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("id=\"follow-up-" + id + "\"");
    }
}
