package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officers' pages for a policy itself: a new policy, its desk page with its fields and clauses, a clause started
 * from its id and title. Every refusal comes back as typed, with its reason beside its field (Chinese first, English
 * for English readers), escaped, and nothing written; only policy officers and administrators get in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyFormsTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("POLICY_OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyDesk desk;

    @Autowired
    PolicyStore policies;

    /** A new policy's form filled in completely and correctly. */
    private static Map<String, String> policyForm(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("titleZh", "人才引进若干措施 " + code);
        form.put("titleEn", "Measures for talent " + code);
        form.put("departmentZh", "测试区人才工作领导小组");
        form.put("departmentEn", "Test district talent office");
        form.put("documentNumber", "测人〔2026〕3号");
        form.put("issuedOn", "2026-03-01");
        form.put("level", "DISTRICT");
        form.put("sourceUrl", "https://example.org/talent");
        form.put("sourceText", "第一条 为吸引人才……\n第二条 ……");
        form.put("interpretation", "本政策面向区内区块链企业。");
        form.put("tags", "人才，住房补贴, 区块链");
        form.put("note", "测试用政策。");
        return form;
    }

    /** The form sent as a browser sends it, with its CSRF token. */
    private static MockHttpServletRequestBuilder posted(String path, Map<String, String> form) {
        return unprotected(path, form).with(csrf());
    }

    private static MockHttpServletRequestBuilder unprotected(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path);
        form.forEach(request::param);
        return request;
    }

    private String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The messages shown beside {@code field}'s input (its error container's text). */
    private static String besides(String page, String field) {
        Matcher m = Pattern.compile("id=\"error-" + Pattern.quote(field) + "\"[^>]*>([\\s\\S]*?)</div>")
                .matcher(page);
        assertThat(m.find()).as("the page has a message place beside " + field).isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").strip();
    }

    private long created(String code) {
        return policies.byCode(code).orElseThrow().id();
    }

    @Test
    void anOfficerCreatesAPolicyOnAPageAndLandsOnItsDeskPage() throws Exception {
        String code = PolicyFixtures.key("FORM");
        mvc.perform(posted("/policy-desk/policies", policyForm(code))
                        .with(OFFICER)
                        .param("parks", "guangzhou-huangpu"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/policy-desk/policies/*"));

        long id = created(code);
        PolicyContent stored = desk.policy(PolicyFixtures.OFFICER, id).content();
        assertThat(stored.titleZh()).isEqualTo("人才引进若干措施 " + code);
        assertThat(stored.documentNumber()).isEqualTo("测人〔2026〕3号");
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(stored.level()).isEqualTo(PolicyLevel.DISTRICT);
        assertThat(stored.sourceText()).isEqualTo("第一条 为吸引人才……\n第二条 ……");
        assertThat(stored.tags()).containsExactly("人才", "住房补贴", "区块链");
        assertThat(stored.parks()).containsExactly("guangzhou-huangpu");
        assertThat(stored.demo()).isFalse();

        String page = page(mvc.perform(get("/policy-desk/policies/" + id).with(OFFICER))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("id=\"policy-code\">" + code + "<")
                .contains("value=\"测人〔2026〕3号\"")
                .contains("<option value=\"DISTRICT\" selected=\"selected\"")
                .contains("value=\"guangzhou-huangpu\" checked=\"checked\"")
                .contains("id=\"no-clauses\"")
                .contains("id=\"clause-form\"");
        assertThat(page(mvc.perform(get("/policy-desk/policies/new").with(OFFICER))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("id=\"policy-form\"")
                .contains("name=\"code\"");
    }

    @Test
    void eachRefusalOfANewPolicyShowsBesideItsFieldKeepsWhatWasTypedAndWritesNothing() throws Exception {
        String code = PolicyFixtures.key("REFUSED");
        Map<String, String> form = policyForm(code);
        form.put("titleZh", "   ");
        form.put("departmentZh", "测试\u202E局");
        form.put("titleEn", "<script>alert('t')</script>");
        form.put("interpretation", "x".repeat(10 * 1024 * 1024));
        form.put("issuedOn", "2026-02-30");
        form.put("sourceUrl", "javascript:alert(1)");
        form.put("tags", "人才, \u200B");

        String page = page(
                mvc.perform(posted("/policy-desk/policies", form).with(OFFICER).param("parks", "<b>no-such-park</b>"))
                        .andExpect(status().isBadRequest())
                        .andReturn());

        assertThat(policies.byCode(code)).as("nothing is written").isEmpty();
        assertThat(page).contains("id=\"form-errors\"");
        assertThat(besides(page, "titleZh")).isEqualTo("必填。");
        assertThat(besides(page, "departmentZh")).contains("U+202E");
        assertThat(besides(page, "interpretation")).contains("最多 100,000 个字符");
        assertThat(besides(page, "issuedOn")).contains("yyyy-MM-dd");
        assertThat(besides(page, "sourceUrl")).contains("http://");
        assertThat(besides(page, "tags")).contains("第 2 项").contains("不可见");
        assertThat(besides(page, "parks")).contains("&lt;b&gt;no-such-park&lt;/b&gt;");
        assertThat(page)
                .as("what was typed comes back, escaped")
                .contains("value=\"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(")
                .contains("value=\"" + code + "\"");
    }

    @Test
    void daysAtTheEdgesOfTheirRangeAreTakenAndOneDayBeyondIsRefused() throws Exception {
        String early = PolicyFixtures.key("EDGE");
        Map<String, String> first = policyForm(early);
        first.put("issuedOn", "1949-10-01");
        mvc.perform(posted("/policy-desk/policies", first).with(OFFICER)).andExpect(status().is3xxRedirection());
        assertThat(desk.policy(PolicyFixtures.OFFICER, created(early)).content().issuedOn())
                .isEqualTo(LocalDate.of(1949, 10, 1));

        String late = PolicyFixtures.key("EDGE");
        Map<String, String> last = policyForm(late);
        last.put("issuedOn", "2199-12-31");
        mvc.perform(posted("/policy-desk/policies", last).with(OFFICER)).andExpect(status().is3xxRedirection());

        for (String beyond : List.of("1949-09-30", "2200-01-01", "+10000-01-01", "0000-01-01")) {
            String code = PolicyFixtures.key("EDGE");
            Map<String, String> form = policyForm(code);
            form.put("issuedOn", beyond);
            String page = page(mvc.perform(posted("/policy-desk/policies", form).with(OFFICER))
                    .andExpect(status().isBadRequest())
                    .andReturn());
            assertThat(besides(page, "issuedOn"))
                    .as(beyond)
                    .contains("1949-10-01")
                    .contains("2199-12-31");
            assertThat(policies.byCode(code)).isEmpty();
        }
    }

    @Test
    void aTakenCodeAMalformedCodeAndNoLevelAreRefusedBesideTheirFields() throws Exception {
        String code = PolicyFixtures.key("TAKEN");
        mvc.perform(posted("/policy-desk/policies", policyForm(code)).with(OFFICER))
                .andExpect(status().is3xxRedirection());
        Map<String, String> again = policyForm(code);
        again.put("titleZh", "另一项政策");
        String page = page(mvc.perform(posted("/policy-desk/policies", again).with(OFFICER))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(besides(page, "code")).contains(code).contains("已被使用");
        assertThat(desk.policy(PolicyFixtures.OFFICER, created(code)).content().titleZh())
                .as("the first policy is untouched")
                .startsWith("人才引进若干措施");

        Map<String, String> malformed = policyForm("bad code <i>");
        malformed.remove("level");
        page = page(mvc.perform(posted("/policy-desk/policies", malformed).with(OFFICER))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(besides(page, "code")).contains("“bad code &lt;i&gt;”格式不对");
        assertThat(besides(page, "level")).isEqualTo("必填。");
    }

    @Test
    void englishReadersReadTheReasonsInEnglish() throws Exception {
        Map<String, String> form = policyForm(PolicyFixtures.key("EN"));
        form.put("titleZh", "");
        String page = page(
                mvc.perform(posted("/policy-desk/policies", form).with(OFFICER).header("Accept-Language", "en"))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(besides(page, "titleZh")).isEqualTo("Required.");
        assertThat(page).contains("Not saved: please correct the problems marked below.");
    }

    @Test
    void anOfficerEditsAPolicysFieldsButNotItsCode() throws Exception {
        String code = PolicyFixtures.key("EDIT");
        long id =
                desk.create(PolicyFixtures.OFFICER, PolicyFixtures.policy(code)).id();
        Map<String, String> form = policyForm("CHANGED-" + code);
        form.put("titleZh", "修改后的标题");
        form.put("level", "MUNICIPAL");
        mvc.perform(posted("/policy-desk/policies/" + id, form).with(OFFICER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/policy-desk/policies/" + id));
        PolicyContent stored = desk.policy(PolicyFixtures.OFFICER, id).content();
        assertThat(stored.code()).isEqualTo(code);
        assertThat(stored.titleZh()).isEqualTo("修改后的标题");
        assertThat(stored.level()).isEqualTo(PolicyLevel.MUNICIPAL);

        form.put("titleZh", "");
        form.put("titleEn", "Typed & kept");
        String page =
                page(mvc.perform(posted("/policy-desk/policies/" + id, form).with(OFFICER))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(besides(page, "titleZh")).isEqualTo("必填。");
        assertThat(page).contains("value=\"Typed &amp; kept\"").contains("id=\"policy-code\">" + code + "<");
        assertThat(desk.policy(PolicyFixtures.OFFICER, id).content().titleZh()).isEqualTo("修改后的标题");
    }

    @Test
    void aClauseStartedFromItsIdAndTitleOpensInTheEditorAndDuplicatesAreRefused() throws Exception {
        long id = desk.create(PolicyFixtures.OFFICER, PolicyFixtures.policy(PolicyFixtures.key("CLAUSE")))
                .id();
        String clauseId = PolicyFixtures.key("STARTED");
        mvc.perform(post("/policy-desk/policies/" + id + "/clauses")
                        .with(OFFICER)
                        .with(csrf())
                        .param("id", clauseId)
                        .param("titleZh", "住房补贴")
                        .param("titleEn", "Housing subsidy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/policy-desk/clauses/" + clauseId));

        Clause started = desk.clause(PolicyFixtures.OFFICER, clauseId);
        assertThat(started.policyId()).isEqualTo(id);
        ClauseContent draft = started.draft().orElseThrow().content();
        assertThat(draft.titleZh()).isEqualTo("住房补贴");
        assertThat(draft.eligibility()).isEqualTo("false");
        assertThat(draft.examples()).isEmpty();
        assertThat(page(mvc.perform(get("/policy-desk/clauses/" + clauseId).with(OFFICER))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("id=\"check-ok\"")
                .contains("住房补贴");
        assertThat(page(mvc.perform(get("/policy-desk/policies/" + id).with(OFFICER))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("id=\"clause-" + clauseId + "\"")
                .contains("第 1 版 草稿");

        String page = page(mvc.perform(post("/policy-desk/policies/" + id + "/clauses")
                        .with(OFFICER)
                        .with(csrf())
                        .param("id", clauseId)
                        .param("titleZh", "另一条")
                        .param("titleEn", "Another"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(besides(page, "clause-id")).contains(clauseId).contains("已被使用");
        assertThat(page).contains("value=\"另一条\"");
        assertThat(desk.clause(PolicyFixtures.OFFICER, clauseId)
                        .draft()
                        .orElseThrow()
                        .content()
                        .titleZh())
                .isEqualTo("住房补贴");

        page = page(mvc.perform(post("/policy-desk/policies/" + id + "/clauses")
                        .with(OFFICER)
                        .with(csrf())
                        .param("id", "<img src=x>")
                        .param("titleZh", "")
                        .param("titleEn", "\u0000"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(besides(page, "clause-id")).contains("&lt;img src=x&gt;").doesNotContain("<img");
        assertThat(besides(page, "clause-titleZh"))
                .as("said once, not again for the summary")
                .isEqualTo("必填。");
        assertThat(besides(page, "clause-titleEn")).contains("U+0000");
        assertThat(page).doesNotContain("summaryZh");
        assertThat(desk.policy(PolicyFixtures.OFFICER, id).clauses()).hasSize(1);
    }

    @Test
    void onlyPolicyOfficersAndAdministratorsUseThePolicyPages() throws Exception {
        long id = desk.create(PolicyFixtures.OFFICER, PolicyFixtures.policy(PolicyFixtures.key("ACCESS")))
                .id();
        String code = PolicyFixtures.key("INTRUDER");
        var enterprise = SecurityMockMvcRequestPostProcessors.user("enterprise").roles("ENTERPRISE");
        mvc.perform(get("/policy-desk/policies/new").with(enterprise)).andExpect(status().isForbidden());
        mvc.perform(get("/policy-desk/policies/" + id).with(enterprise)).andExpect(status().isForbidden());
        mvc.perform(posted("/policy-desk/policies", policyForm(code)).with(enterprise))
                .andExpect(status().isForbidden());
        mvc.perform(posted("/policy-desk/policies/" + id, policyForm(code)).with(enterprise))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policy-desk/policies/" + id + "/clauses")
                        .with(enterprise)
                        .with(csrf())
                        .param("id", code)
                        .param("titleZh", "x")
                        .param("titleEn", "x"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/policy-desk/policies/new")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/policy-desk/policies/" + id)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(posted("/policy-desk/policies", policyForm(code))).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(unprotected("/policy-desk/policies", policyForm(code)).with(OFFICER))
                .andExpect(status().isForbidden());

        assertThat(policies.byCode(code)).isEmpty();
        assertThat(desk.clauseOwner(code)).isEmpty();
    }
}
