package org.mingyuan.platform.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.ParkFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Move-in requests on a page: the operator asks, the officer confirms, the firm is then in the park. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MoveInPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theOperatorAsksOnThePageAndAnOfficerConfirms() throws Exception {
        var fixtures = new ParkFixtures(new ApiClient(port));
        long park = fixtures.parkId("yunnan-blockchain-centre");
        String header = fixtures.newOperator(park);
        String operator = new String(Base64.getDecoder().decode(header.substring(6))).split(":")[0];
        String firm = fixtures.newEnterprise(fixtures.parkId("shanghai-blockchain-base"));

        mvc.perform(post("/move-ins")
                        .with(user(operator).roles("PARK_OPERATOR"))
                        .with(csrf())
                        .param("creditCode", firm))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "moveIn.notice.asked"));
        mvc.perform(get("/move-ins").with(user(operator).roles("PARK_OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(firm)))
                .andExpect(content().string(containsString("（确认后显示）")))
                .andExpect(content().string(not(containsString("租户 " + firm.substring(10)))))
                .andExpect(content().string(not(containsString("id=\"confirm-"))));
        long id = jdbc.sql("select id from move_in_request where credit_code = ?")
                .param(firm)
                .query(Long.class)
                .single();

        mvc.perform(post("/move-ins/" + id + "/confirm")
                        .with(user(operator).roles("PARK_OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/move-ins").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(content().string(containsString("id=\"confirm-" + id + "\"")));
        mvc.perform(post("/move-ins/" + id + "/confirm")
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "moveIn.notice.confirmed"));

        Assertions.assertThat(jdbc.sql("select park_id from enterprise where credit_code = ?")
                        .param(firm)
                        .query(Long.class)
                        .single())
                .isEqualTo(park);
        mvc.perform(get("/move-ins").with(user(operator).roles("PARK_OPERATOR")))
                .andExpect(content().string(containsString("租户 " + firm.substring(10))));
    }

    @Test
    void aBadCodeIsExplainedOnThePage() throws Exception {
        mvc.perform(post("/move-ins")
                        .with(user("operator").roles("PARK_OPERATOR"))
                        .with(csrf())
                        .param("creditCode", "not-a-code"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("refusal"));
        mvc.perform(get("/move-ins").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"move-in-form\""))));
    }
}
