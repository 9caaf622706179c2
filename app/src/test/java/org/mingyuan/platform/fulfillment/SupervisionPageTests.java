package org.mingyuan.platform.fulfillment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervision page (督查) in Chinese and English with its charts' data and tables, the filter's refusal shown on
 * the page, the workbook download, the link in the menu, and the refusal of anyone but supervisors and administrators.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSupervisorSeesEveryTableAndChartInChineseAndEnglish() throws Exception {
        mvc.perform(get("/supervision").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>督查</h1>")))
                .andExpect(content().string(containsString("id=\"nav-supervision\"")))
                .andExpect(content().string(containsString("id=\"chart-overdue\"")))
                .andExpect(content().string(containsString("id=\"chart-rates\"")))
                .andExpect(content().string(containsString("id=\"chart-cash\"")))
                .andExpect(content().string(containsString("id=\"chart-ratings\"")))
                .andExpect(content().string(containsString("&quot;labels&quot;:[")))
                .andExpect(content().string(containsString("id=\"overdue-cases\"")))
                .andExpect(content().string(containsString("id=\"fulfilment-department\"")))
                .andExpect(content().string(containsString("id=\"fulfilment-total\"")))
                .andExpect(content().string(containsString("id=\"supervision-budgets\"")))
                .andExpect(content().string(containsString("id=\"supervision-ratings\"")))
                .andExpect(content().string(containsString("/js/supervision.js")));
        mvc.perform(get("/supervision?lang=en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Days from application to cash per department")))
                .andExpect(content().string(containsString("Rate by amount")));
    }

    @Test
    void aBadFilterIsShownOnThePageWithoutFigures() throws Exception {
        mvc.perform(get("/supervision?from=2026-02-30&park=abc")
                        .with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supervision-errors\"")))
                .andExpect(content().string(containsString("请填写正整数编号")))
                .andExpect(content().string(not(containsString("id=\"fulfilment-total\""))));
    }

    @Test
    void theWorkbookDownloadsFromThePage() throws Exception {
        mvc.perform(get("/supervision/export.xlsx").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString("supervision-")));
    }

    @Test
    void othersAreRefused() throws Exception {
        mvc.perform(get("/supervision").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/export.xlsx").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workbench").with(user("reviewer").roles("REVIEWER")))
                .andExpect(content().string(not(containsString("nav-supervision"))));
    }
}
