package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The receipts of public entries: a clause's publication is a public fact, so anyone, signed in or not, downloads its
 * receipt from the policy page's link (and the API) and checks it; an entry about an enterprise keeps its receipt for
 * officials and the enterprise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicReceiptTests {

    private static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    private static final Pattern RECEIPT_LINK =
            Pattern.compile("href=\"/ledger/receipts/(\\d+)\" class=\"receipt-link\"");

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneDownloadsTheReceiptOfAClausePublicationFromThePolicyPageAndItVerifies() throws Exception {
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Policy policy = desk.create(OFFICER, policy("RECEIPT-" + key));
        String clauseId = "RECEIPT-" + key + "-AWARD";
        desk.addClause(OFFICER, policy.id(), clauseId, clause());
        desk.publish(OFFICER, clauseId, false);

        String page = api.get("/policies/" + policy.id(), null).body();
        assertThat(RECEIPT_LINK.matcher(page).find() || page.contains("class=\"receipt-pending muted\">回执待账本写入后提供"))
                .as("the page links the receipt once the entry is in the log, and says it is pending until then")
                .isTrue();
        LedgerTestSupport.awaitAppended(context, List.of("clause:" + clauseId + ":1:published"));
        long index = jdbc.sql("select l.entry_index from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where e.event_key = ?")
                .param("clause:" + clauseId + ":1:published")
                .query(Long.class)
                .single();
        Matcher link =
                RECEIPT_LINK.matcher(api.get("/policies/" + policy.id(), null).body());
        assertThat(link.find()).as("the policy page links the receipt").isTrue();
        assertThat(Long.parseLong(link.group(1))).isEqualTo(index);

        ApiClient.Response download = api.get("/ledger/receipts/" + index, null);
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/ledger/receipts/" + index, null).body()).isEqualTo(download.body());
        var ledgerKey = VerifierKey.parse(api.get("/ledger/key", null).body().strip());
        ReceiptReport report = ReceiptVerifier.verify(Receipt.parse(download.body()), ledgerKey.noteVerifier());
        assertThat(report.index()).isEqualTo(index);
        assertThat(report.entryText()).contains("ClausePublished").contains(clauseId);
        var checked = new FormClient(port).upload(download.body().getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).as("the verify page accepts it").contains("回执有效");
    }

    @Test
    void anEnterprisesEntryKeepsItsReceiptForOfficialsAndTheEnterprise() {
        var api = new ApiClient(port);
        GrantDecided grant = GrantDecided.of("public-receipt", "91310000MA1FL8XQ3K", 120_000);
        LedgerTestSupport.publish(context, List.of(grant));
        LedgerTestSupport.awaitAppended(context, List.of(grant.key()));
        long index = jdbc.sql("select l.entry_index from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where e.event_key = ?")
                .param(grant.key())
                .query(Long.class)
                .single();

        ApiClient.Response anonymous = api.get("/api/v1/ledger/receipts/" + index, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        ApiClient.Response page = api.get("/ledger/receipts/" + index, null);
        assertThat(page.status())
                .as("the page sends an anonymous reader to sign in")
                .isEqualTo(302);
        assertThat(api.get("/api/v1/ledger/receipts/" + index, basic("enterprise", "demo"))
                        .status())
                .as("another enterprise's account")
                .isEqualTo(403);
        ApiClient.Response official = api.get("/api/v1/ledger/receipts/" + index, basic("officer", "demo"));
        assertThat(official.status()).isEqualTo(200);
        assertThat(official.json().get("openings").has("amount"))
                .as("officials get the openings")
                .isTrue();
    }

    private static PolicyContent policy(String code) {
        return new PolicyContent(
                code,
                "回执测试政策 " + code,
                "Receipt test policy " + code,
                "测试区科技局",
                "Test district science bureau",
                null,
                LocalDate.of(2026, 1, 5),
                PolicyLevel.DISTRICT,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                false);
    }

    private static ClauseContent clause() {
        return new ClauseContent(
                "回执测试条款",
                "Receipt test clause",
                "营业收入极高的企业获得奖励。",
                "Firms with a very high revenue receive an award.",
                "revenue >= 99999999.0",
                "10000.0",
                null,
                null,
                null,
                null,
                null,
                null,
                ClauseMode.APPLY,
                List.of(),
                List.of(),
                "测科〔2026〕1号",
                "021-00000000",
                List.of(),
                List.of(
                        new ExampleCase("达到", null, Map.of("revenue", 99999999.0), true, new BigDecimal("10000")),
                        new ExampleCase("未达到", null, Map.of("revenue", 1.0), false, null)));
    }
}
