package org.mingyuan.platform.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mingyuan.platform.audit.internal.AuditAction;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page filters, labels actions and outcomes in Chinese, keeps its filters when paging, and explains bad filters. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Test
    void filtersShowOnlyMatchingEventsWithChineseLabels() throws Exception {
        trail.record("page-probe", AuditAction.TOKEN_REVOKED, "x", "FAILURE", "探针", null);
        trail.record("page-other", AuditAction.ACCOUNT_CREATED, "y", "SUCCESS", null, null);

        mvc.perform(get("/audit?user=page-probe").with(user("s").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("吊销令牌"),
                                containsString("失败"),
                                containsString("探针"),
                                not(containsString("page-other")),
                                not(containsString(">FAILURE<")),
                                containsString("/audit/export.xlsx?user=page-probe"))));
    }

    @Test
    void badFiltersAreExplainedOnThePage() throws Exception {
        mvc.perform(get("/audit?from=2026-02-30").with(user("s").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("起始日期应为 yyyy-mm-dd 格式的日期")));
        mvc.perform(get("/audit?from=2026-03-02&to=2026-03-01").with(user("s").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("早于起始日期")));
    }

    @Test
    void theExportFollowsTheFiltersAndNeedsTheRole() throws Exception {
        mvc.perform(get("/audit/export.xlsx?action=LOGIN").with(user("s").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("audit.xlsx")));
        mvc.perform(get("/audit/export.xlsx").with(user("o").roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
    }
}
