package org.mingyuan.platform.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's workbench (工作台), where a login lands, and the page for an account with no enterprise. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void loginLandsOnTheWorkbench() throws Exception {
        mvc.perform(formLogin("/login").user("reviewer").password("demo")).andExpect(redirectedUrl("/workbench"));
    }

    @Test
    void theWorkbenchNeedsALogin() throws Exception {
        mvc.perform(get("/workbench")).andExpect(status().is3xxRedirection());
    }

    @Test
    void eachRoleGetsTheShortcutsThatExistForIt() throws Exception {
        mvc.perform(get("/workbench").with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("工作台"),
                                containsString("id=\"shortcut-myPark\""),
                                containsString("id=\"shortcut-imports\""),
                                containsString("id=\"shortcut-enterprises\""),
                                not(containsString("id=\"shortcut-accounts\"")))));
        mvc.perform(get("/workbench").with(user("admin").roles("ADMIN")))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/accounts\""),
                                containsString("href=\"/audit\""),
                                not(containsString("id=\"shortcut-myPark\"")))));
        mvc.perform(get("/workbench").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"shortcut-audit\""),
                                containsString("id=\"workbench-todo\""),
                                not(containsString("id=\"workbench-tasks\"")),
                                not(containsString("id=\"shortcut-imports\"")))));
        mvc.perform(get("/workbench").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/my/enterprise\""),
                                containsString("id=\"shortcut-verify\""),
                                not(containsString("id=\"shortcut-enterprises\"")))));
        mvc.perform(get("/workbench").with(user("finance").roles("FINANCE")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"workbench-todo\""),
                                containsString("暂无待办事项"),
                                not(containsString("id=\"shortcut-imports\"")))));
    }

    @Test
    void anAccountWithNoEnterpriseIsToldSo() throws Exception {
        mvc.perform(get("/my/enterprise").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-enterprise\"")))
                .andExpect(content().string(containsString("尚未关联任何企业")));
    }

    @Test
    void theHomePagePromisesOnlyWhatWorks() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(allOf(
                                containsString("企业名录"),
                                containsString("可验证账本"),
                                containsString("id=\"home-evaluation\""),
                                containsString("名园测评与产业链图谱"),
                                containsString("id=\"home-operations\""),
                                containsString("href=\"/scenarios\""),
                                not(containsString("正在建设中")),
                                not(containsString("政策即代码")))));
    }

    @Test
    void everyPageHasAFaviconASkipLinkAndACollapsibleMenu() throws Exception {
        mvc.perform(get("/parks"))
                .andExpect(content()
                        .string(allOf(
                                containsString("rel=\"icon\""),
                                containsString("class=\"skip-link\" href=\"#content-start\""),
                                containsString("aria-controls=\"main-menu\""))));
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
    }
}
