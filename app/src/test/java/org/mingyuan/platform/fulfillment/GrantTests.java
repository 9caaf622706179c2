package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.MatchingEvents.GrantsQualified;
import org.mingyuan.platform.policy.matching.MatchingEvents.Qualified;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Awards granted without application (免申即享): publishing an AUTO clause grants its award to every eligible firm
 * and to no other, tells each once, and a replay grants nothing twice; the enterprise and the department confirm, which
 * opens an approved case with the amount reserved and a GRANTED step in the ledger; a budget too small refuses the
 * confirmation and writes nothing; another department's reviewer and another enterprise are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class GrantTests {

    private static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    ClauseCatalog catalog;

    @Autowired
    GrantDesk grants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** A revenue in 万元, to the cent, that no other test's firm has. */
    private static double revenue() {
        return 100_000 + RANDOM.nextInt(800_000) + 0.37;
    }

    @Test
    void eligibleFirmsAreGrantedOnceAndBothConfirmationsOpenAnApprovedCase() throws Exception {
        var api = new ApiClient(port);
        double revenue = revenue();
        World world = FulfillmentFixtures.world(api, desk, revenue);
        World other = FulfillmentFixtures.world(api, desk, revenue);
        String ineligible = FulfillmentFixtures.register(api, "不符合企业 " + FulfillmentFixtures.suffix(), world.parkId());
        FulfillmentFixtures.state(api, ineligible, "revenue", Double.toString(revenue + 1));
        String clause = FulfillmentFixtures.granted(
                desk, world, "GRANT", revenue, new BigDecimal("50000"), new BigDecimal("120000"), null);

        FulfillmentFixtures.await(() -> grantsOf(clause, "PUSHED") == 2);
        FulfillmentFixtures.await(
                () -> live.ready() && live.explain(ineligible, clause).isPresent());
        assertThat(jdbc.sql("select count(*) from fulfillment_grant where clause_id = ? and credit_code = ?")
                        .params(clause, ineligible)
                        .query(Long.class)
                        .single())
                .isZero();
        JsonNode mine = only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())));
        JsonNode theirs = only(api.get("/api/v1/grants?clause=" + clause, other.auth(other.enterprise())));
        assertThat(mine.get("creditCode").asText()).isEqualTo(world.creditCode());
        assertThat(mine.get("state").asText()).isEqualTo("PUSHED");
        assertThat(mine.get("amount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(mine.get("department").asText()).isEqualTo(world.department());
        assertThat(messages(world.creditCode(), clause)).isEqualTo(1);

        ClauseVersion version = catalog.version(clause, 1).orElseThrow();
        var replay = new GrantsQualified(
                version,
                List.of(
                        new Qualified(
                                new EnterpriseId(mine.get("enterpriseId").asLong()),
                                world.creditCode(),
                                new BigDecimal("50000.00")),
                        new Qualified(
                                new EnterpriseId(theirs.get("enterpriseId").asLong()),
                                other.creditCode(),
                                new BigDecimal("50000.00"))));
        grants.grant(replay);
        grants.grant(replay);
        assertThat(grantsOf(clause, null)).isEqualTo(2);
        assertThat(messages(world.creditCode(), clause)).isEqualTo(1);
        assertThat(messages(other.creditCode(), clause)).isEqualTo(1);

        long id = mine.get("id").asLong();
        long theirId = theirs.get("id").asLong();
        assertThat(api.post("/api/v1/grants/" + id + "/confirm", other.auth(other.enterprise()), "")
                        .status())
                .isEqualTo(404);
        var outsider = api.post("/api/v1/grants/confirmations", world.auth(world.outsider()), "{\"ids\":[" + id + "]}");
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
        assertThat(outsider.contentType()).contains("application/problem+json");
        assertThat(api.post("/api/v1/grants/confirmations", world.auth(world.enterprise()), "{\"ids\":[" + id + "]}")
                        .status())
                .isEqualTo(403);
        assertThat(absent(only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())))
                        .path("departmentConfirmedAt")))
                .isTrue();

        var confirmed = api.post("/api/v1/grants/" + id + "/confirm", world.auth(world.enterprise()), "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asText()).isEqualTo("PUSHED");
        assertThat(confirmed.json().get("enterpriseConfirmedBy").asText()).isEqualTo(world.enterprise());

        var bulk = api.post(
                "/api/v1/grants/confirmations", world.auth(world.reviewer()), "{\"ids\":[" + id + "," + theirId + "]}");
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.json().get(0).get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(bulk.json().get(1).get("state").asText()).isEqualTo("PUSHED");
        assertThat(bulk.json().get(1).get("departmentConfirmedBy").asText()).isEqualTo(world.reviewer());
        long caseId = bulk.json().get(0).get("caseId").asLong();

        JsonNode detail = api.get("/api/v1/cases/" + caseId, world.auth(world.enterprise()))
                .json();
        JsonNode opened = detail.get("reviewCase");
        assertThat(opened.get("state").asText()).isEqualTo("APPROVED");
        assertThat(opened.get("approvedAmount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(opened.get("stageIndex").asInt())
                .isEqualTo(opened.get("stageCount").asInt())
                .isEqualTo(1);
        assertThat(absent(opened.path("stageRole"))).isTrue();
        assertThat(opened.path("noticeFrom").isTextual()).isTrue();
        assertThat(detail.get("timeline")).hasSize(1);
        assertThat(detail.at("/timeline/0/step/kind").asText()).isEqualTo("GRANTED");
        assertThat(reserved(clause)).isEqualByComparingTo("50000");
        assertThat(jdbc.sql("select a.submitted_by from fulfillment_application a join fulfillment_case c"
                                + " on c.application_id = a.id where c.id = ? and a.idempotency_key = ?")
                        .params(caseId, "grant:" + id)
                        .query(String.class)
                        .single())
                .isEqualTo(GrantDesk.MARKER);
        String eventKey = "case-step:" + detail.at("/timeline/0/step/eventId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from ledger_entry where event_key = ? and entry_type = ?")
                                .params(eventKey, "AwardGranted")
                                .query(Long.class)
                                .single()
                        == 1);

        var theirConfirmation = api.post("/api/v1/grants/" + theirId + "/confirm", other.auth(other.enterprise()), "");
        assertThat(theirConfirmation.status()).as(theirConfirmation.body()).isEqualTo(200);
        assertThat(theirConfirmation.json().get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(reserved(clause)).isEqualByComparingTo("100000");

        var again = api.post("/api/v1/grants/confirmations", world.auth(world.reviewer()), "{\"ids\":[" + id + "]}");
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.body()).contains("ids[0]");
        jdbc.sql("update fulfillment_case set state = 'PAID', paid_amount = approved_amount, paid_on = current_date,"
                        + " closed_at = current_timestamp where id = ?")
                .param(caseId)
                .update();
        assertThat(stateOf(api, world, clause)).isEqualTo("FULFILLED");
        jdbc.sql("update fulfillment_case set closed_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(31))), caseId)
                .update();
        assertThat(stateOf(api, world, clause)).isEqualTo("ARCHIVED");
        assertThat(api.get("/api/v1/grants?state=ARCHIVED&clause=" + clause, world.auth(world.reviewer()))
                        .json())
                .hasSize(1);
    }

    private static String stateOf(ApiClient api, World world, String clause) {
        return only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())))
                .get("state")
                .asText();
    }

    @Test
    void aBudgetTooSmallRefusesTheConfirmationAndWritesNothing() throws Exception {
        var api = new ApiClient(port);
        double revenue = revenue();
        World world = FulfillmentFixtures.world(api, desk, revenue);
        String clause = FulfillmentFixtures.granted(
                desk, world, "SMALL", revenue, new BigDecimal("50000"), new BigDecimal("30000"), null);
        FulfillmentFixtures.await(() -> grantsOf(clause, "PUSHED") == 1);
        long id = only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())))
                .get("id")
                .asLong();
        assertThat(api.post("/api/v1/grants/" + id + "/confirm", world.auth(world.enterprise()), "")
                        .status())
                .isEqualTo(200);

        var refused = api.post("/api/v1/grants/confirmations", world.auth(world.reviewer()), "{\"ids\":[" + id + "]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("budget");
        JsonNode after = only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.reviewer())));
        assertThat(after.get("state").asText()).isEqualTo("PUSHED");
        assertThat(absent(after.path("departmentConfirmedAt"))).isTrue();
        assertThat(absent(after.path("caseId"))).isTrue();
        assertThat(reserved(clause)).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from fulfillment_application where idempotency_key = ?")
                        .param("grant:" + id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from fulfillment_case where clause_id = ?")
                        .param(clause)
                        .query(Long.class)
                        .single())
                .isZero();

        String reviewer = world.auth(world.reviewer());
        for (String hostile : List.of(
                "{\"ids\":[]}",
                "{}",
                "{\"ids\":[null]}",
                "{\"ids\":[" + id + "," + id + "]}",
                "{\"ids\":[999999999999]}",
                "{\"ids\":[\"x\"]}",
                "{\"ids\":[1e999999999]}",
                "{\"ids\":["
                        + LongStream.rangeClosed(1, GrantDesk.MAX_PAGE + 1)
                                .mapToObj(Long::toString)
                                .collect(Collectors.joining(","))
                        + "]}")) {
            var answer = api.post("/api/v1/grants/confirmations", reviewer, hostile);
            assertThat(answer.status()).as(hostile + " → " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).contains("application/problem+json");
        }
        assertThat(api.get("/api/v1/grants?size=0", reviewer).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/grants?state=NOPE", reviewer).status()).isEqualTo(400);
        assertThat(absent(only(api.get("/api/v1/grants?clause=" + clause, reviewer))
                        .path("departmentConfirmedAt")))
                .isTrue();

        var declined = api.post("/api/v1/grants/" + id + "/decline", world.auth(world.enterprise()), "");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("state").asText()).isEqualTo("DECLINED");
        var late = api.post("/api/v1/grants/" + id + "/confirm", world.auth(world.enterprise()), "");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
    }

    @Test
    void theConsoleWarnsOfExpiryAndConfirmsAllOfAClause() throws Exception {
        var api = new ApiClient(port);
        double revenue = revenue();
        World world = FulfillmentFixtures.world(api, desk, revenue);
        String clause = FulfillmentFixtures.granted(
                desk,
                world,
                "PAGES",
                revenue,
                new BigDecimal("50000"),
                new BigDecimal("1000000"),
                RegistryTime.today().plusDays(20));
        FulfillmentFixtures.await(() -> grantsOf(clause, "PUSHED") == 1);
        JsonNode grant = only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())));
        long id = grant.get("id").asLong();
        assertThat(grant.get("expiring").asBoolean()).isTrue();

        mvc.perform(get("/grants").with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-" + id + "\"")));
        mvc.perform(post("/grants/" + id + "/confirm")
                        .with(user(world.enterprise()).roles("ENTERPRISE"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        var reviewer = user(world.reviewer()).roles("REVIEWER");
        mvc.perform(get("/grants/desk").param("clause", clause).with(reviewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"clause-" + clause + "\"")))
                .andExpect(content().string(containsString("id=\"pick-" + id + "\"")))
                .andExpect(content().string(containsString("id=\"select-all\"")));
        mvc.perform(post("/grants/desk/confirm")
                        .param("clause", clause)
                        .param("all", "true")
                        .with(reviewer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode confirmed = only(api.get("/api/v1/grants?clause=" + clause, world.auth(world.enterprise())));
        assertThat(confirmed.get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("expiring").asBoolean()).isFalse();
        assertThat(reserved(clause)).isEqualByComparingTo("50000");
    }

    private long grantsOf(String clause, String state) {
        return jdbc.sql("select count(*) from fulfillment_grant where clause_id = ?"
                        + (state == null ? "" : " and state = '" + state + "'"))
                .param(clause)
                .query(Long.class)
                .single();
    }

    private long messages(String creditCode, String clause) {
        return jdbc.sql("select count(*) from policy_inbox where credit_code = ? and clause_id = ? and kind = 'GRANT'")
                .params(creditCode, clause)
                .query(Long.class)
                .single();
    }

    private BigDecimal reserved(String clause) {
        return jdbc.sql("select reserved from fulfillment_budget where clause_id = ?")
                .param(clause)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    /** True when the JSON leaves the field out or gives it as null. */
    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static JsonNode only(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().forEach(items::add);
        assertThat(items).as(response.body()).hasSize(1);
        return items.get(0);
    }
}
