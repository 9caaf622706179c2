package org.mingyuan.platform.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class EnterprisePagesTests {

    static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    static final RequestPostProcessor AS_OFFICER = user("officer").roles("POLICY_OFFICER");
    static final RequestPostProcessor AS_OPERATOR = user("operator").roles("PARK_OPERATOR");
    static final RequestPostProcessor AS_ENTERPRISE = user("enterprise").roles("ENTERPRISE");
    static final RequestPostProcessor AS_SUPERVISOR = user("supervisor").roles("SUPERVISOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseRegistry registry;

    /** The credit code of the enterprise the demo account {@code enterprise} acts for. */
    String ownCode() throws Exception {
        String target = mvc.perform(get("/my/enterprise").with(AS_ENTERPRISE))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return target.substring("/enterprises/".length());
    }

    /** Some enterprise other than the demo account's. */
    Enterprise another(String ownCode) {
        return registry.search(OFFICER, new EnterpriseQuery(null, null, null, null, null, null, 0, 5)).items().stream()
                .filter(e -> !e.creditCode().value().equals(ownCode))
                .findFirst()
                .orElseThrow();
    }

    /** A new software firm outside any park, registered by an officer. */
    Enterprise registerSoftwareFirm() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var random = new Random();
        var body = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String code = CreditCode.of("91", "310110", body.toString()).value();
        return registry.register(
                OFFICER,
                new EnterpriseDraft(
                        code,
                        "页面测试链科技有限公司 " + body,
                        null,
                        null,
                        "I6510",
                        LocalDate.of(2020, 5, 1),
                        new BigDecimal("300"),
                        null,
                        "baas"));
    }

    @Test
    void officialsSeeTheWholeRegistryAPageAtATime() throws Exception {
        mvc.perform(get("/enterprises").with(AS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filter-park\"")))
                .andExpect(content().string(containsString("第 1 / ")))
                .andExpect(content().string(containsString("href=\"/enterprises?page=1\"")))
                .andExpect(content().string(containsString("海南自由贸易港生态软件园")));
        mvc.perform(get("/enterprises").param("page", "1").with(AS_OFFICER))
                .andExpect(content().string(containsString("第 2 / ")))
                .andExpect(content().string(containsString("id=\"page-previous\"")));
    }

    @Test
    void filtersNarrowTheListAndHtmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/enterprises")
                        .param("sizeClass", "MICRO")
                        .param("certification", "CAC_FILING")
                        .header("HX-Request", "true")
                        .with(AS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("size-micro")))
                .andExpect(content().string(not(containsString("size-small"))))
                .andExpect(content().string(not(containsString("size-medium"))))
                .andExpect(content().string(containsString("区块链信息服务备案")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/enterprises/export.xlsx?sizeClass=MICRO&amp;certification=CAC_FILING\"")));
        mvc.perform(get("/enterprises").param("q", "no such firm anywhere").with(AS_OFFICER))
                .andExpect(content().string(containsString("共 0 家企业")))
                .andExpect(content().string(containsString("没有符合条件的企业")));
    }

    @Test
    void listsAreScopedToTheRole() throws Exception {
        mvc.perform(get("/enterprises").with(AS_OPERATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"filter-park\""))))
                .andExpect(content().string(containsString("上海区块链技术创新与产业化基地")))
                .andExpect(content().string(not(containsString("海南自由贸易港生态软件园"))));
        mvc.perform(get("/enterprises").with(AS_ENTERPRISE))
                .andExpect(content().string(containsString("共 1 家企业")))
                .andExpect(content().string(containsString(ownCode())));
        mvc.perform(get("/enterprises")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherEnterprisesPageIsNotFoundAndShowsNothingOfIt() throws Exception {
        Enterprise other = another(ownCode());
        mvc.perform(get("/enterprises/" + other.creditCode().value()).with(AS_ENTERPRISE))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不存在")))
                .andExpect(content().string(not(containsString(other.name()))));
        mvc.perform(get("/enterprises/" + other.creditCode().value() + "/edit").with(AS_ENTERPRISE))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + other.creditCode().value() + "/facts")
                        .with(AS_ENTERPRISE)
                        .with(csrf())
                        .param("name", "STAFF")
                        .param("value", "5")
                        .param("periodEnd", "2025-12-31"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEnterprisePageShowsSourcesDerivedFactsAndHistory() throws Exception {
        String own = ownCode();
        mvc.perform(get("/enterprises/" + own).with(AS_ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"size-class\"")))
                .andExpect(content().string(containsString("自动计算")))
                .andExpect(content().string(containsString("依据 中小企业划型标准规定（工信部联企业〔2011〕300号）")))
                .andExpect(content().string(not(containsString("MIIT-2011-300"))))
                .andExpect(content().string(containsString("上海市杨浦区 (310110)")))
                .andExpect(content().string(containsString("source source-imported")))
                .andExpect(content().string(containsString("data-chart=\"timeline\"")))
                .andExpect(content().string(containsString("/enterprises/" + own + "/facts.xlsx")))
                .andExpect(content().string(containsString("id=\"synthetic-notice\"")))
                .andExpect(content().string(containsString("id=\"declare-fact\"")));
        mvc.perform(get("/enterprises/" + own).param("knownAt", "2020-01-01").with(AS_ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"known-at-note\"")))
                .andExpect(content().string(containsString("尚无数据")))
                .andExpect(content().string(not(containsString("id=\"declare-fact\""))));
    }

    @Test
    void officialsMayVerifyAndTheBadgeSaysSo() throws Exception {
        String code = registerSoftwareFirm().creditCode().value();
        mvc.perform(get("/enterprises/" + code + "/facts/new").with(AS_OFFICER))
                .andExpect(content().string(containsString("name=\"source\"")));
        mvc.perform(post("/enterprises/" + code + "/facts")
                        .with(AS_OFFICER)
                        .with(csrf())
                        .param("name", "STAFF")
                        .param("value", "120")
                        .param("periodEnd", RegistryTime.today().toString())
                        .param("source", "VERIFIED")
                        .param("sourceNote", "社保缴纳记录"))
                .andExpect(redirectedUrl("/enterprises/" + code));
        mvc.perform(post("/enterprises/" + code + "/facts")
                        .with(AS_OFFICER)
                        .with(csrf())
                        .param("name", "REVENUE")
                        .param("value", "1500")
                        .param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-12-31"))
                .andExpect(redirectedUrl("/enterprises/" + code));
        mvc.perform(get("/enterprises/" + code).with(AS_OFFICER))
                .andExpect(content().string(containsString("source source-verified")))
                .andExpect(content().string(containsString("source source-declared")))
                .andExpect(content().string(containsString("size size-medium")));
    }

    @Test
    void aRefusedProfileEditShowsEachProblemNextToItsFieldAndKeepsTheValues() throws Exception {
        String own = ownCode();
        String name = registry.find(OFFICER, own).name();
        mvc.perform(post("/enterprises/" + own + "/edit")
                        .with(AS_ENTERPRISE)
                        .with(csrf())
                        .param("name", "")
                        .param("industryCode", "X99")
                        .param("registeredCapital", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("id=\"error-name\"")))
                .andExpect(content().string(containsString("id=\"error-industryCode\"")))
                .andExpect(content().string(containsString("“lots”不是数字")))
                .andExpect(content().string(containsString("value=\"X99\"")))
                .andExpect(content().string(not(containsString("id=\"parkId\""))));
        assertThat(registry.find(OFFICER, own).name()).isEqualTo(name);
    }

    @Test
    void aRefusedDeclarationNamesTheFields() throws Exception {
        mvc.perform(post("/enterprises/" + ownCode() + "/facts")
                        .with(AS_ENTERPRISE)
                        .with(csrf())
                        .param("name", "STAFF")
                        .param("value", "12.5")
                        .param("periodEnd", RegistryTime.today().plusDays(3).toString())
                        .param("source", "VERIFIED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-value\"")))
                .andExpect(content().string(containsString("应为整数")))
                .andExpect(content().string(containsString("id=\"error-periodEnd\"")))
                .andExpect(content().string(containsString("id=\"error-source\"")))
                .andExpect(content().string(containsString("value=\"12.5\"")));
    }

    @Test
    void officersEditProfilesIncludingThePark() throws Exception {
        String code = registerSoftwareFirm().creditCode().value();
        mvc.perform(get("/enterprises/" + code + "/edit").with(AS_OFFICER))
                .andExpect(content().string(containsString("id=\"parkId\"")))
                .andExpect(content().string(containsString("list=\"industry-codes\"")))
                .andExpect(content().string(containsString("<option value=\"I6513\" label=\"应用软件开发\">")));
        mvc.perform(post("/enterprises/" + code + "/edit")
                        .with(AS_OFFICER)
                        .with(csrf())
                        .param("name", "页面测试改名科技有限公司")
                        .param("industryCode", "i6520")
                        .param("registeredCapital", "1,000")
                        .param("chainSegment", "cross-chain")
                        .param("parkId", ""))
                .andExpect(redirectedUrl("/enterprises/" + code));
        Enterprise edited = registry.find(OFFICER, code);
        assertThat(edited.name()).isEqualTo("页面测试改名科技有限公司");
        assertThat(edited.industryCode()).isEqualTo("I6520");
        assertThat(edited.registeredCapital()).isEqualByComparingTo("1000");
        assertThat(edited.chainSegment()).isEqualTo("cross-chain");
    }

    @Test
    void formsNeedTheCsrfTokenAndTheRightToEdit() throws Exception {
        String own = ownCode();
        mvc.perform(post("/enterprises/" + own + "/facts")
                        .with(AS_ENTERPRISE)
                        .param("name", "STAFF")
                        .param("value", "5")
                        .param("periodEnd", "2025-12-31"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/" + own).with(AS_SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-profile\""))));
        mvc.perform(get("/enterprises/" + own + "/edit").with(AS_SUPERVISOR)).andExpect(status().isForbidden());
    }

    @Test
    void navigationOffersTheRegistryByRole() throws Exception {
        mvc.perform(get("/").with(AS_ENTERPRISE))
                .andExpect(content().string(containsString("id=\"nav-my-enterprise\"")))
                .andExpect(content().string(not(containsString("id=\"nav-enterprises\""))))
                .andExpect(content().string(not(containsString("id=\"nav-imports\""))));
        mvc.perform(get("/").with(AS_OPERATOR))
                .andExpect(content().string(containsString("id=\"nav-enterprises\"")))
                .andExpect(content().string(containsString("id=\"nav-imports\"")));
        mvc.perform(get("/").with(AS_SUPERVISOR))
                .andExpect(content().string(containsString("id=\"nav-enterprises\"")))
                .andExpect(content().string(not(containsString("id=\"nav-imports\""))));
        mvc.perform(get("/my/enterprise").with(AS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-enterprise\"")));
    }

    @Test
    void parkPagesShowOccupancyAndTheChainWithItsGaps() throws Exception {
        mvc.perform(get("/parks"))
                .andExpect(content().string(containsString("入驻率")))
                .andExpect(content().string(containsString("occupancy-rate")));
        long park = registry.find(OFFICER, ownCode()).parkId();
        mvc.perform(get("/parks/" + park))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("19,000 m²")))
                .andExpect(content().string(containsString("id=\"occupancy-rate\"")))
                .andExpect(content().string(containsString("data-chart=\"segments\"")))
                .andExpect(content().string(containsString("&quot;tierLabel&quot;:&quot;上游&quot;")))
                .andExpect(content().string(containsString("本园缺少")))
                .andExpect(content().string(containsString("echarts.min.js")));
        mvc.perform(get("/parks/" + park).param("on", "2000-01-01"))
                .andExpect(content().string(containsString("0.0%")));
    }
}
