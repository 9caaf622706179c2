package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.registry.EnterpriseApiTests.ENTERPRISE;
import static org.mingyuan.platform.registry.EnterpriseApiTests.OFFICER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A certification is recorded in the ledger, and the certified enterprise gets a receipt it can verify. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseReceiptTests {

    @LocalServerPort
    int port;

    @Test
    void theCertifiedEnterpriseDownloadsAReceiptThatVerifiesAndDisclosesItself() throws Exception {
        var api = new ApiClient(port);
        String own = api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
        int before = api.get("/api/v1/ledger/receipts?enterprise=" + own, ENTERPRISE)
                .json()
                .size();

        var certified = api.post(
                "/api/v1/enterprises/" + own + "/certifications",
                OFFICER,
                "{\"type\":\"TECH_SME\",\"number\":\"2026310110A0001\",\"source\":\"VERIFIED\"}");
        assertThat(certified.status()).as(certified.body()).isEqualTo(201);

        JsonNode[] listed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            listed[0] = api.get("/api/v1/ledger/receipts?enterprise=" + own, ENTERPRISE)
                    .json();
            assertThat(listed[0].size()).isGreaterThan(before);
        });
        JsonNode newest = listed[0].get(0);
        assertThat(newest.get("type").asText()).isEqualTo("EnterpriseCertified");
        long index = newest.get("index").asLong();

        var download = api.get("/api/v1/ledger/receipts/" + index, ENTERPRISE);
        assertThat(download.status()).isEqualTo(200);
        var key = VerifierKey.parse(api.get("/ledger/key", null).body().strip());
        ReceiptReport report = ReceiptVerifier.verify(Receipt.parse(download.body()), key.noteVerifier());
        assertThat(report.index()).isEqualTo(index);
        assertThat(report.disclosedFields()).contains("enterprise", "number");
        assertThat(report.entryText()).contains("TECH_SME").doesNotContain(own).doesNotContain("2026310110A0001");
    }

    @Test
    void anEnterpriseCannotListAnotherEnterprisesReceipts() {
        var api = new ApiClient(port);
        String own = api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
        String other = api.get("/api/v1/enterprises?size=2", OFFICER).json().findValuesAsText("creditCode").stream()
                .filter(code -> !code.equals(own))
                .findFirst()
                .orElseThrow();

        assertThat(api.get("/api/v1/ledger/receipts?enterprise=" + other, ENTERPRISE)
                        .status())
                .isEqualTo(403);
    }
}
