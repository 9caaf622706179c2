package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The policy pages: public search in Chinese with hostile input answered on the page, a policy page and guide with
 * markup from a policy file shown escaped, the officer's desk and clause editor with the live check pointing at the
 * line and column of an error, and its file import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PolicyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyImports imports;

    @Autowired
    LiveMatcher live;

    @Autowired
    PolicyDesk desk;

    @Autowired
    PolicyStore policies;

    @Test
    void anyoneSearchesInChineseAndHostileQueriesStayOnThePage() throws Exception {
        mvc.perform(get("/policies").param("q", "房租"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("福州市促进区块链产业发展的若干措施")));
        mvc.perform(get("/policies").param("q", "房".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-error\"")));
        mvc.perform(get("/policies").param("q", "<script>alert(1)</script> title:(x OR *)"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void markupInAPolicyFileIsShownEscapedOnThePolicyPageAndGuide() throws Exception {
        String id = PolicyImportTests.freshId();
        var done = imports.importFiles(
                PolicyFixtures.OFFICER,
                List.of(new PolicyImports.Upload("m.yaml", PolicyImportTests.template("valid-template.yaml", id))));
        desk.publish(PolicyFixtures.OFFICER, "TEST-" + id + "-RENT", false);
        long policyId = done.get(0).policyId();

        String page = mvc.perform(get("/policies/" + policyId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;b&gt;" + id + "&lt;/b&gt;").doesNotContain("<b>" + id);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(page).contains("所在园区需为 guangzhou-huangpu").contains("/ledger/event?key=clause:TEST-" + id);

        mvc.perform(get("/policies/" + policyId + "/clauses/TEST-" + id + "-RENT/guide"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("近 12 个月租金需 &gt; 0 元")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        var event = mvc.perform(get("/ledger/event").param("key", "clause:TEST-" + id + "-RENT:1:published"))
                .andReturn()
                .getResponse();
        assertThat(event.getStatus()).isIn(200, 302);
        if (event.getStatus() == 302) {
            assertThat(event.getRedirectedUrl()).startsWith("/ledger?index=");
        }
        mvc.perform(get("/ledger/event").param("key", "clause:NO-SUCH:1:published"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDeskListsDraftsAndTheEditorPointsAtTheErrorsLineAndColumn() throws Exception {
        String id = PolicyImportTests.freshId();
        imports.importFiles(
                PolicyFixtures.OFFICER,
                List.of(new PolicyImports.Upload("d.yaml", PolicyImportTests.template("valid-template.yaml", id))));
        String clauseId = "TEST-" + id + "-RENT";

        for (int waited = 0; !live.ready() && waited < 600; waited++) {
            Thread.sleep(100);
        }
        assertThat(live.ready()).as("the live matcher has loaded").isTrue();
        String page = mvc.perform(get("/policy-desk").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .as("the page comes without simulating: the figures are loaded after it")
                .contains("hx-get=\"/policy-desk/drafts\"")
                .containsPattern("id=\"draft-" + clauseId + "\"[\\s\\S]*?class=\"qualifying\">测算中…</td>");
        String rows = mvc.perform(
                        get("/policy-desk/drafts").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows)
                .as("the draft's row shows how many firms its text qualifies today and its total against the budget")
                .startsWith("<tbody id=\"draft-rows\"")
                .doesNotContain("hx-get")
                .containsPattern("id=\"draft-" + clauseId + "\"[\\s\\S]*?class=\"qualifying\">\\d+</td>"
                        + "[\\s\\S]*?class=\"estimated\">[\\d,.]+ 元 / (—|[\\d,.]+ 元)</td>");
        mvc.perform(get("/policy-desk").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policy-desk/drafts").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policy-desk/clauses/" + clauseId).with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"check-ok\"")))
                .andExpect(content().string(containsString("近 12 个月租金")));

        mvc.perform(post("/policy-desk/clauses/" + clauseId + "/check")
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf())
                        .param("titleZh", "房租补贴")
                        .param("titleEn", "Rent")
                        .param("summaryZh", "摘要")
                        .param("summaryEn", "Summary")
                        .param("eligibility", "park == 'guangzhou-huangpu'\n&& rentPaid12m > 'x'")
                        .param("amount", "1.0")
                        .param("mode", "APPLY")
                        .param("examples", "[]"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("   2 | &amp;&amp; rentPaid12m &gt; &#39;x&#39;")))
                .andExpect(content().string(containsString("error-marker")))
                .andExpect(content().string(not(containsString("id=\"check-ok\""))));
    }

    @Test
    void theDeskImportsAPolicyFileAndRefusesAFailingOneWithItsReasonWritingNothing() throws Exception {
        String good = PolicyImportTests.freshId();
        String page = mvc.perform(multipart("/policy-desk/import")
                        .file(new MockMultipartFile(
                                "file",
                                "good.yaml",
                                "application/yaml",
                                PolicyImportTests.template("valid-template.yaml", good)))
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-result\"").contains("good.yaml（TEST-" + good);
        assertThat(policies.byCode("TEST-" + good)).isPresent();

        String bad = PolicyImportTests.freshId();
        page = mvc.perform(multipart("/policy-desk/import")
                        .file(new MockMultipartFile(
                                "file",
                                "<i>bad</i>.yaml",
                                "application/yaml",
                                PolicyImportTests.template("failing-example-template.yaml", bad)))
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-errors\"").contains("未通过").doesNotContain("<i>bad</i>");
        assertThat(policies.byCode("TEST-" + bad)).isEmpty();

        mvc.perform(multipart("/policy-desk/import")
                        .file(new MockMultipartFile(
                                "file",
                                "x.yaml",
                                "application/yaml",
                                PolicyImportTests.template("valid-template.yaml", PolicyImportTests.freshId())))
                        .with(user("enterprise").roles("ENTERPRISE"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
