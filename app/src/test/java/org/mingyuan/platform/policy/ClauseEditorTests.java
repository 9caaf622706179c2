package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The clause editor takes everything a clause has (summary, conditions, amount, cap, budget, windows, mode,
 * materials, review stages, legal basis, contact, example cases); what it refuses, on saving, publishing or in the live
 * check, is said beside its field, an example text's error at its line and column, and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseEditorTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("POLICY_OFFICER");

    private static final String EXAMPLES = """
            [
              {"name": "园区内企业", "on": "2026-06-01", "facts": {"staff": 12}, "eligible": true, "amount": 50000},
              {"name": "人数不足", "facts": {"staff": 3}, "eligible": false}
            ]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyDesk desk;

    String clauseId;

    @BeforeEach
    void startClause() {
        long policy = desk.create(PolicyFixtures.OFFICER, PolicyFixtures.policy(PolicyFixtures.key("EDITOR")))
                .id();
        clauseId = PolicyFixtures.key("EDITED");
        desk.addClause(PolicyFixtures.OFFICER, policy, clauseId, ClauseContent.started("人才奖励", "Talent award"));
    }

    /** Every field of the editor, filled in correctly. */
    private static Map<String, String> clauseForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("titleZh", "人才奖励");
        form.put("titleEn", "Talent award");
        form.put("summaryZh", "员工 10 人以上的企业每家奖励 5 万元。");
        form.put("summaryEn", "Firms with at least 10 staff receive CNY 50,000.");
        form.put("eligibility", "staff >= 10");
        form.put("amount", "50000.0");
        form.put("cap", "60,000");
        form.put("budget", "1000000");
        form.put("validFrom", "2026-01-01");
        form.put("validUntil", "2028-01-01");
        form.put("applyFrom", "2026-03-01");
        form.put("applyUntil", "2026-12-31");
        form.put("mode", "AUTO");
        form.put("materials", "营业执照\n\n社保缴纳证明\n");
        form.put("reviewStages", "园区初审 | park review | 5\n部门复审 | department review | 10");
        form.put("legalBasis", "测人〔2026〕3号 第五条");
        form.put("contact", "人才办 0571-00000000");
        form.put("illustrative", "budget, amount");
        form.put("examples", EXAMPLES);
        return form;
    }

    private MockHttpServletRequestBuilder sent(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path).with(OFFICER).with(csrf());
        form.forEach(request::param);
        return request;
    }

    private String answer(String path, Map<String, String> form, ResultMatcher expected) throws Exception {
        return mvc.perform(sent(path, form))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String saveRefused(Map<String, String> form) throws Exception {
        String page = answer("/policy-desk/clauses/" + clauseId, form, status().isBadRequest());
        assertThat(draft().eligibility()).as("nothing is written").isEqualTo("false");
        return page;
    }

    private ClauseContent draft() {
        return desk.clause(PolicyFixtures.OFFICER, clauseId)
                .draft()
                .orElseThrow()
                .content();
    }

    private static String besides(String page, String field) {
        Matcher m = Pattern.compile("id=\"error-" + field + "\"[^>]*>([\\s\\S]*?)</div>")
                .matcher(page);
        assertThat(m.find()).as("the page has a message place beside " + field).isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").strip();
    }

    @Test
    void everyFieldOfAClauseIsWrittenInTheEditor() throws Exception {
        answer("/policy-desk/clauses/" + clauseId, clauseForm(), status().is3xxRedirection());

        ClauseContent saved = draft();
        assertThat(saved.summaryZh()).isEqualTo("员工 10 人以上的企业每家奖励 5 万元。");
        assertThat(saved.eligibility()).isEqualTo("staff >= 10");
        assertThat(saved.cap()).isEqualByComparingTo("60000");
        assertThat(saved.budget()).isEqualByComparingTo("1000000");
        assertThat(saved.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(saved.validUntil()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(saved.applyFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(saved.applyUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(saved.mode()).isEqualTo(ClauseMode.AUTO);
        assertThat(saved.materials()).containsExactly("营业执照", "社保缴纳证明");
        assertThat(saved.reviewStages())
                .containsExactly(
                        new ReviewStage("园区初审", "park review", 5), new ReviewStage("部门复审", "department review", 10));
        assertThat(saved.legalBasis()).isEqualTo("测人〔2026〕3号 第五条");
        assertThat(saved.contact()).isEqualTo("人才办 0571-00000000");
        assertThat(saved.illustrative()).containsExactly("budget", "amount");
        assertThat(saved.examples())
                .containsExactly(
                        new ExampleCase(
                                "园区内企业", LocalDate.of(2026, 6, 1), Map.of("staff", 12), true, new BigDecimal("50000")),
                        new ExampleCase("人数不足", null, Map.of("staff", 3), false, null));
        assertThat(desk.check(clauseId, saved, null).passes())
                .as("the examples the editor wrote run and pass")
                .isTrue();
    }

    @Test
    void anExampleTextThatIsNotJsonIsShownBesideItsFieldAtItsLineAndColumn() throws Exception {
        Map<String, String> form = clauseForm();
        form.put("examples", """
                [
                  {"name": "园区内企业", "facts": {"staff": 12},
                   "eligible": true "amount": 50000}
                ]""");
        String page = saveRefused(form);
        assertThat(besides(page, "examples")).contains("第 3 行第 21 列");
        assertThat(page).contains("id=\"form-errors\"");

        String check = answer("/policy-desk/clauses/" + clauseId + "/check", form, status().isOk());
        assertThat(check)
                .as("the live check puts the message beside the field, out of band")
                .containsPattern(
                        "class=\"field-error\" id=\"error-examples\" hx-swap-oob=\"true\">\\s*<p>[^<]*第 3 行第 21 列")
                .contains("id=\"error-titleZh\" hx-swap-oob=\"true\"");
    }

    @Test
    void anUnknownNameAWrongValueAndANullExampleAreNamedWithTheirPlace() throws Exception {
        Map<String, String> form = clauseForm();
        form.put("examples", "[\n  {\"name\": \"a\", \"facts\": {}, \"eligble\": true}\n]");
        assertThat(besides(saveRefused(form), "examples")).contains("第 2 行").contains("没有“eligble”这一项");

        form.put("examples", "[\n  {\"name\": \"a\", \"facts\": {},\n   \"eligible\": \"<yes>\"}\n]");
        assertThat(besides(saveRefused(form), "examples"))
                .contains("第 3 行")
                .contains("[0].eligible 的值不对")
                .doesNotContain("java", "boolean");

        form.put("examples", "[]\n  oops");
        assertThat(besides(saveRefused(form), "examples")).contains("第 2 行").contains("oops");

        form.put("examples", "[null]");
        assertThat(besides(saveRefused(form), "examples")).contains("JSON 数组");

        form.put("examples", "{\"name\": \"not a list\"}");
        assertThat(besides(saveRefused(form), "examples"))
                .contains("第 1 行第 1 列")
                .contains("JSON 数组");
    }

    @Test
    void eachUnreadableOrRefusedFieldIsShownBesideItselfAtOnce() throws Exception {
        Map<String, String> form = clauseForm();
        form.put("titleZh", "");
        form.put("summaryEn", "x".repeat(10 * 1024 * 1024));
        form.put("cap", "1e999999999");
        form.put("budget", "lots");
        form.put("validFrom", "1949-09-30");
        form.put("applyUntil", "2026-02-30");
        form.put("reviewStages", "园区初审 | park review | 5\n<b>复审</b> without days");
        form.put("materials", "营业执照\n\u202E反转");
        String page = saveRefused(form);

        assertThat(besides(page, "titleZh")).isEqualTo("必填。");
        assertThat(besides(page, "summaryEn")).contains("最多 4,000 个字符");
        assertThat(besides(page, "cap")).contains("1E+999999999");
        assertThat(besides(page, "budget")).contains("lots");
        assertThat(besides(page, "validFrom")).contains("1949-10-01");
        assertThat(besides(page, "applyUntil")).contains("yyyy-MM-dd");
        assertThat(besides(page, "reviewStages")).contains("&lt;b&gt;复审&lt;/b&gt; without days");
        assertThat(besides(page, "materials")).contains("第 2 项").contains("U+202E");
        assertThat(page).doesNotContain("<b>复审</b>").contains("value=\"1e999999999\"");
    }

    @Test
    void publishingWithoutAnExampleOrWithAFailingOneIsRefusedBesideTheExamples() throws Exception {
        String page = answer("/policy-desk/clauses/" + clauseId + "/publish", Map.of(), status().isBadRequest());
        assertThat(besides(page, "examples")).contains("至少需要一个示例案例");

        Map<String, String> form = clauseForm();
        form.put("examples", """
                [{"name": "估错了", "on": "2026-06-01", "facts": {"staff": 12}, "eligible": true, "amount": 1}]""");
        answer("/policy-desk/clauses/" + clauseId, form, status().is3xxRedirection());
        page = answer("/policy-desk/clauses/" + clauseId + "/publish", Map.of(), status().isBadRequest());
        assertThat(besides(page, "examples")).contains("第 1 项：示例“估错了”未通过");
        assertThat(desk.clause(PolicyFixtures.OFFICER, clauseId).latestPublished())
                .isEmpty();
    }

    @Test
    void anIllTypedConditionIsRefusedOnSavingBesideTheCondition() throws Exception {
        Map<String, String> form = clauseForm();
        form.put("eligibility", "staff >= 10\n&& staff >= 'ten'");
        answer("/policy-desk/clauses/" + clauseId, form, status().is3xxRedirection());
        String page = answer("/policy-desk/clauses/" + clauseId + "/publish", Map.of(), status().isBadRequest());
        assertThat(besides(page, "eligibility")).startsWith("第 2 行第");
        assertThat(page).contains("error-marker");
    }
}
