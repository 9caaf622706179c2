package org.mingyuan.platform.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.ParkFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A park operator manages its buildings, units and leases on a page; refused input is explained and stored nowhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ParkSpacePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ParkFixtures fixtures;
    long park;
    String operator;

    @BeforeEach
    void operatorOfAQuietPark() {
        fixtures = new ParkFixtures(new ApiClient(port));
        park = fixtures.parkId("yunnan-blockchain-centre");
        String header = fixtures.newOperator(park);
        operator = new String(java.util.Base64.getDecoder().decode(header.substring(6))).split(":")[0];
    }

    RequestPostProcessor asOperator() {
        return user(operator).roles("PARK_OPERATOR");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theOperatorAddsABuildingAUnitAndALeaseThroughThePage() throws Exception {
        String building = "页面楼 " + System.nanoTime() % 100000;
        mvc.perform(post("/parks/" + park + "/space/buildings")
                        .with(asOperator())
                        .with(csrf())
                        .param("name", building)
                        .param("floors", "6"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/parks/" + park + "/space"));
        long buildingId = jdbc.sql("select id from building where park_id = ? and name = ?")
                .params(park, building)
                .query(Long.class)
                .single();

        mvc.perform(post("/parks/" + park + "/space/units")
                        .with(asOperator())
                        .with(csrf())
                        .param("buildingId", String.valueOf(buildingId))
                        .param("name", "201")
                        .param("floor", "2")
                        .param("areaM2", "100"))
                .andExpect(status().is3xxRedirection());
        long unitId = jdbc.sql("select id from space_unit where building_id = ?")
                .param(buildingId)
                .query(Long.class)
                .single();

        String tenant = fixtures.newEnterprise(park);
        mvc.perform(post("/parks/" + park + "/space/leases")
                        .with(asOperator())
                        .with(csrf())
                        .param("creditCode", tenant)
                        .param("unitId", String.valueOf(unitId))
                        .param("areaM2", "60")
                        .param("startOn", "2025-01-01")
                        .param("endOn", "2030-01-01")
                        .param("monthlyRent", "12000"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/parks/" + park + "/space").with(asOperator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(building)))
                .andExpect(content().string(containsString("12,000.00 元")))
                .andExpect(content().string(containsString("60.0 m²")));
        mvc.perform(get("/parks/" + park).with(asOperator()))
                .andExpect(content().string(containsString("/parks/" + park + "/space")));
    }

    @Test
    void refusedFormsNameTheFieldAndWriteNothing() throws Exception {
        long unit = fixtures.newUnit(park, "50");
        long leases = count("lease");
        mvc.perform(post("/parks/" + park + "/space/leases")
                        .with(asOperator())
                        .with(csrf())
                        .param("creditCode", fixtures.newEnterprise(park))
                        .param("unitId", String.valueOf(unit))
                        .param("areaM2", "80")
                        .param("startOn", "2025-01-01")
                        .param("endOn", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-areaM2\"")));
        mvc.perform(post("/parks/" + park + "/space/units")
                        .with(asOperator())
                        .with(csrf())
                        .param("buildingId", "1.5")
                        .param("name", "x")
                        .param("areaM2", "1e999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-buildingId\"")))
                .andExpect(content().string(containsString("id=\"error-areaM2\"")));
        mvc.perform(post("/parks/" + park + "/space/buildings")
                        .with(asOperator())
                        .with(csrf())
                        .param("name", "楼\u202E名"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-name\"")));
        org.assertj.core.api.Assertions.assertThat(count("lease")).isEqualTo(leases);
    }

    @Test
    void onlyTheParksOperatorAndOfficialsSeeIt() throws Exception {
        long other = fixtures.parkId("shanghai-blockchain-base");
        mvc.perform(get("/parks/" + other + "/space").with(asOperator())).andExpect(status().isForbidden());
        mvc.perform(get("/parks/" + park + "/space").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/parks/" + park + "/space")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/parks/" + park + "/space").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk());
        mvc.perform(get("/parks/" + park)).andExpect(content().string(not(containsString("id=\"space-link\""))));
    }
}
