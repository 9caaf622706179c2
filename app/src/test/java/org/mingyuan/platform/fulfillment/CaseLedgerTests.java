package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every step of a case is one ledger entry, recorded exactly once: the submission and the approval land in the log
 * with the case page linking each to its receipt, which the enterprise downloads and verifies; the approved amount is
 * public in fen, the enterprise is committed; another enterprise gets the approval's receipt (a public fact) without
 * openings, and no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseLedgerTests {

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStepIsOneEntryWhoseReceiptTheEnterpriseDownloads() throws Exception {
        var api = new ApiClient(port);
        World world = FulfillmentFixtures.world(api, desk, 2500);
        String clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "LEDGER",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                null,
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clause),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        long id = filed.json().at("/cases/0/id").asLong();
        assertThat(api.post("/api/v1/cases/" + id + "/approve", world.auth(world.reviewer()), "{\"amount\":123456.78}")
                        .status())
                .isEqualTo(200);

        List<JsonNode> timeline = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            timeline.clear();
            api.get("/api/v1/cases/" + id, world.auth(world.enterprise()))
                    .json()
                    .get("timeline")
                    .forEach(timeline::add);
            assertThat(timeline)
                    .hasSize(2)
                    .allSatisfy(t -> assertThat(t.path("receipt").isNumber()).isTrue());
        });
        var key = VerifierKey.parse(api.get("/ledger/key", null).body().strip());
        long approval = timeline.get(1).get("receipt").asLong();
        var download = api.get("/api/v1/ledger/receipts/" + approval, world.auth(world.enterprise()));
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        ReceiptReport report = ReceiptVerifier.verify(Receipt.parse(download.body()), key.noteVerifier());
        assertThat(report.index()).isEqualTo(approval);
        assertThat(report.entryText())
                .contains("AwardApproved")
                .contains("\"amount\":12345678")
                .contains(clause)
                .doesNotContain(world.creditCode());
        assertThat(report.disclosedFields()).contains("enterprise");
        var submission = api.get(
                "/api/v1/ledger/entries/" + timeline.get(0).get("receipt").asLong(), null);
        assertThat(submission.body()).contains("ApplicationSubmitted").contains("\"amount\":\"sha256:");

        World other = FulfillmentFixtures.world(api, desk, 10);
        var publicApproval = api.get("/api/v1/ledger/receipts/" + approval, other.auth(other.enterprise()));
        assertThat(publicApproval.status())
                .as("an approval is public, as its notice (公示) lists it")
                .isEqualTo(200);
        assertThat(publicApproval.json().path("openings").size())
                .as("but another enterprise gets no openings")
                .isZero();
        assertThat(api.get(
                                "/api/v1/ledger/receipts/"
                                        + timeline.get(0).get("receipt").asLong(),
                                other.auth(other.enterprise()))
                        .status())
                .isEqualTo(403);
        for (JsonNode step : timeline) {
            assertThat(jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                            .param("case-step:" + step.at("/step/eventId").asText())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }
}
