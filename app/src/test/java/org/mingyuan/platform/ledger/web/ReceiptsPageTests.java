package org.mingyuan.platform.ledger.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An enterprise finds and downloads its own receipts from a page; nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
class ReceiptsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The credit code of the demo enterprise account's enterprise, once one of its entries is in the log. */
    String ownCodeWithAnEntry() {
        String code = jdbc.sql("select e.credit_code from enterprise e join account a on a.enterprise_id = e.id"
                        + " where a.username = 'enterprise'")
                .query(String.class)
                .single();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                                        + " where e.enterprise = ?")
                                .param(code)
                                .query(Long.class)
                                .single()
                        > 0);
        return code;
    }

    long entryOf(String code) {
        return jdbc.sql("select min(l.entry_index) from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where e.enterprise = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    @Test
    void theEnterpriseListsAndDownloadsItsReceipts() throws Exception {
        String code = ownCodeWithAnEntry();
        long index = entryOf(code);

        mvc.perform(get("/ledger/receipts?enterprise=" + code)
                        .with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企业资质认定")))
                .andExpect(content().string(containsString("/ledger/receipts/" + index)));
        mvc.perform(get("/ledger/receipts/" + index).with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("receipt-" + index + ".json")))
                .andExpect(content().string(containsString("mingyuan-receipt/v1")));
        mvc.perform(get("/enterprises/" + code).with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(content().string(containsString("/ledger/receipts?enterprise=" + code)));
    }

    @Test
    void othersGetNoReceiptsAndAnonymousVisitorsMustSignIn() throws Exception {
        String code = ownCodeWithAnEntry();
        long index = entryOf(code);

        mvc.perform(get("/ledger/receipts?enterprise=" + code)
                        .with(user("someone-else").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ledger/receipts/" + index).with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ledger/receipts?enterprise=" + code)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/ledger/receipts?enterprise=" + code).with(user("s").roles("SUPERVISOR")))
                .andExpect(status().isOk());
    }

    @Test
    void theExplorerNamesEntriesInChineseWithTheRawJsonOneClickAway() throws Exception {
        long index = entryOf(ownCodeWithAnEntry());
        mvc.perform(get("/ledger?index=" + index))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企业资质认定")))
                .andExpect(content().string(containsString("已承诺")))
                .andExpect(content().string(containsString("<details id=\"entry-json\">")));
    }
}
