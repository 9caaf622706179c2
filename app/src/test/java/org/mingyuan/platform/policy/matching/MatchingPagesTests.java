package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.identity.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The calculator's public page and an enterprise's matches on its page and workbench, in Chinese first. */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingPagesTests {

    static final RequestPostProcessor ENTERPRISE = user("enterprise").roles("ENTERPRISE");

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveMatcher live;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.mingyuan.platform.policy.PolicyDesk desk;

    @BeforeEach
    void ready() throws InterruptedException {
        assertThat(live.awaitReady(60)).isTrue();
    }

    @Test
    void theCalculatorPageOffersAFormGeneratedFromTheSchemaToAnyone() throws Exception {
        mvc.perform(get("/calculator"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("政策计算器"),
                                containsString("name=\"f.revenue\""),
                                containsString("营业收入"),
                                containsString("万元"),
                                containsString("区块链信息服务备案"),
                                not(containsString("use-profile")))));
        mvc.perform(get("/calculator").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Policy calculator"), containsString("revenue"))));
        mvc.perform(get("/calculator").with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("use-profile")));
    }

    @Test
    void theCalculatorPageShowsTheResultOrTheFieldsRefusedAndEscapesWhatWasTyped() throws Exception {
        mvc.perform(post("/calculator").with(csrf()).param("f.revenue", "600").param("f.staff", "25"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("calculator-result"), containsString("calculator-total"))));
        mvc.perform(post("/calculator")
                        .with(csrf())
                        .param("f.revenue", "<b>很多</b>")
                        .param("f.certifications", "CAC_FILING"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("form-errors"),
                                containsString("&lt;b&gt;很多&lt;/b&gt;"),
                                not(containsString("<b>很多</b>")),
                                not(containsString("calculator-result")))));
        mvc.perform(post("/calculator").param("f.revenue", "600")).andExpect(status().isForbidden());
        mvc.perform(post("/calculator/profile").with(csrf()).with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("calculator-result")));
    }

    @Test
    void officersSeeTheSimulationPageWithItsChartsAndEnterprisesDoNot() throws Exception {
        String clauseId = MatchingFixtures.key("SIM-PAGE");
        var published = MatchingFixtures.publish(desk, clauseId, simulated(null));
        // the page compares the draft with the version the live matcher holds, which it takes in a moment after
        // publication
        MatchingFixtures.await(
                Duration.ofSeconds(10), () -> live.current().clause(clauseId).isPresent());
        desk.amend(MatchingFixtures.OFFICER_CALLER, clauseId);
        desk.saveDraft(MatchingFixtures.OFFICER_CALLER, clauseId, simulated(new java.math.BigDecimal("1")));
        String page = "/policies/" + published.policyId() + "/simulation";

        mvc.perform(get(page).param("clause", clauseId).with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("模拟测算"),
                                containsString("simulation-" + clauseId),
                                containsString("data-chart=\"simulation\""),
                                containsString("按园区"),
                                containsString("over-budget"),
                                containsString("与现行第 1 版相比"),
                                containsString("/js/simulation.js"))));
        mvc.perform(get(page).with(ENTERPRISE)).andExpect(status().isForbidden());
        mvc.perform(get("/policy-desk/clauses/" + clauseId).with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "?clause=" + clauseId)));
    }

    @Test
    void anEnterpriseSeesItsMatchesOnItsPageAndWorkbenchAndNeverAnothers() throws Exception {
        long own = callers.byUsername("enterprise").orElseThrow().enterpriseId();
        String ownCode = jdbc.sql("select credit_code from enterprise where id = ?")
                .param(own)
                .query(String.class)
                .single();
        String other = jdbc.sql("select credit_code from enterprise where id <> ? order by id limit 1")
                .param(own)
                .query(String.class)
                .single();

        mvc.perform(get("/enterprises/" + ownCode + "/matches").with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("matches-heading"), containsString("可享受的政策"))));
        mvc.perform(get("/my/matches").with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("matches-total")));
        mvc.perform(get("/enterprises/" + other + "/matches").with(ENTERPRISE)).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + ownCode).with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/enterprises/" + ownCode + "/matches")));
        mvc.perform(get("/workbench").with(ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/my/matches")));
    }

    private static org.mingyuan.platform.policy.ClauseContent simulated(java.math.BigDecimal budget) {
        return MatchingFixtures.clause(
                "页面模拟",
                "staff >= 1 && revenue >= 10.0",
                "1000.0",
                null,
                budget,
                MatchingFixtures.example("符合", java.util.Map.of("staff", 3, "revenue", 20.0), true, "1000"),
                MatchingFixtures.example("不符合", java.util.Map.of(), false, null));
    }
}
