package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The receipt page with pasted and uploaded receipts, on a server that takes uploads of at most 300 KB (above the
 * page's own 256 KB limit): every refusal is a page in the reader's language saying why. Its own context is closed
 * afterwards, so its sequencer does not run beside the shared context's on the same embedded database.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=300KB", "spring.servlet.multipart.max-request-size=300KB"
        })
class ReceiptCheckPageTests {

    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    FormClient browser;
    String receipt;

    @BeforeEach
    void aReceiptOfAGrant() {
        browser = new FormClient(port);
        GrantDecided grant = GrantDecided.of("receipt-page", "91310000MA1FL8XQ3K", 250_000);
        LedgerTestSupport.publish(context, List.of(grant));
        LedgerTestSupport.awaitAppended(context, List.of(grant.key()));
        long index = jdbc.sql("select l.entry_index from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where e.event_key = ?")
                .param(grant.key())
                .query(Long.class)
                .single();
        receipt = new ApiClient(port)
                .get("/api/v1/ledger/receipts/" + index, basic("officer", "demo"))
                .body();
    }

    @Test
    void anUploadedReceiptFileVerifies() throws Exception {
        var answer = browser.upload(receipt.getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("回执有效").doesNotContain("回执无效");
    }

    @Test
    void jsonNestedThousandsDeepIsRefusedNamingTheLimit() throws Exception {
        var pasted = browser.paste(DEEP, "zh-CN");
        assertThat(pasted.status()).isEqualTo(400);
        assertThat(pasted.body()).contains("回执无效").contains("嵌套超过 64 层");
        var uploaded = browser.upload(DEEP.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(uploaded.status()).isEqualTo(400);
        assertThat(uploaded.body()).contains("nests deeper than 64 levels").contains("JSON nested deeper than 64");
    }

    @Test
    void anUploadBeyondThePageLimitSaysTooLarge() throws Exception {
        byte[] file = (receipt + " ".repeat(260 * 1024)).getBytes(StandardCharsets.UTF_8);
        var answer = browser.upload(file, "zh-CN");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("回执过大：最多 256 KB");
    }

    @Test
    void anUploadBeyondWhatTheServerTakesSaysTooLargeInsteadOfFailingTheCsrfCheck() throws Exception {
        byte[] file = (receipt + " ".repeat(400 * 1024)).getBytes(StandardCharsets.UTF_8);
        var chinese = browser.upload(file, "zh-CN");
        assertThat(chinese.status()).isEqualTo(413);
        assertThat(chinese.body()).contains("回执过大：最多 256 KB");
        var english = browser.upload(file, "en");
        assertThat(english.status()).isEqualTo(413);
        assertThat(english.body()).contains("The receipt is too large: at most 256 KB");
    }

    @Test
    void refusalsSayWhichCheckFailedInTheReadersLanguage() throws Exception {
        String tampered = receipt.replaceFirst("\"index\":(\\d+)", "\"index\":0");
        var chinese = browser.paste(tampered, "zh-CN");
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.body()).contains("回执无效").contains("包含证明不能从这条记录算到检查点的根");
        assertThat(browser.paste(tampered, "en").body())
                .contains("The receipt is refused")
                .contains("The inclusion proof does not lead from this entry to the checkpoint&#39;s root");
        var empty = browser.paste("", "zh-CN");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("没有收到回执");
    }
}
