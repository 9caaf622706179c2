package org.mingyuan.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkFixtures;
import org.mingyuan.platform.registry.ParkSpace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The industry-chain map on parks built in the test: counts per segment, gaps and their candidate parks through the
 * API and on the page; enterprise names only for officials and the park's own operator; refusals of a bad or unknown
 * park (naming {@code park}) and of enterprises and anonymous callers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ChainMapTests {

    static final String OFFICER = ParkFixtures.OFFICER;
    static final String ENTERPRISE = ApiClient.basic("enterprise", "demo");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    EnterpriseCertifications certifications;

    @Autowired
    ParkSpace space;

    @Autowired
    ChainTaxonomy taxonomy;

    ApiClient api;
    ParkWorld here;
    ParkWorld there;
    String baasName;

    @BeforeEach
    void parks() {
        api = new ApiClient(port);
        here = new ParkWorld(jdbc, registry, certifications, space);
        String baas = here.enterprise("baas", null, null);
        here.enterprise("baas", null, null);
        here.enterprise("finance", null, null);
        here.enterprise(null, null, null);
        baasName = registry.find(ParkWorld.ADMIN, baas).name();
        there = new ParkWorld(jdbc, registry, certifications, space);
        for (int i = 0; i < 3; i++) {
            there.enterprise("chips", null, null);
        }
    }

    JsonNode chain(String query, String auth) {
        var response = api.get("/api/v1/evaluation/chain" + query, auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aParkHasItsCountsItsGapsAndForEachGapTheParksWithTheMostEnterprises() {
        JsonNode one = chain("?park=" + here.park.value(), OFFICER);
        List<ChainSegment> segments = taxonomy.all();
        assertThat(one.get("parks")).hasSize(1);
        JsonNode row = one.get("parks").get(0);
        assertThat(row.get("parkId").asLong()).isEqualTo(here.park.value());
        assertThat(row.get("enterprises").asInt()).isEqualTo(3);
        assertThat(row.get("covered").asInt()).isEqualTo(2);
        for (ChainSegment segment : segments) {
            int expected = switch (segment.code()) {
                case "baas" -> 2;
                case "finance" -> 1;
                default -> 0;
            };
            assertThat(row.get("counts").get(segment.code()).asInt())
                    .as(segment.code())
                    .isEqualTo(expected);
        }
        List<String> gaps = new ArrayList<>();
        row.get("gaps").forEach(gap -> gaps.add(gap.get("segment").asText()));
        assertThat(gaps)
                .containsExactlyElementsOf(segments.stream()
                        .map(ChainSegment::code)
                        .filter(code -> !code.equals("baas") && !code.equals("finance"))
                        .toList());

        JsonNode all = chain("", OFFICER);
        JsonNode chips = null;
        for (JsonNode gap : row.get("gaps")) {
            if (gap.get("segment").asText().equals("chips")) {
                chips = gap;
            }
        }
        List<Integer> strongest = new ArrayList<>();
        all.get("parks").forEach(p -> strongest.add(p.get("counts").get("chips").asInt()));
        strongest.sort(Comparator.reverseOrder());
        List<Integer> listed = new ArrayList<>();
        for (JsonNode candidate : chips.get("candidates")) {
            listed.add(candidate.get("enterprises").asInt());
            JsonNode candidateRow = null;
            for (JsonNode p : all.get("parks")) {
                if (p.get("parkId").asLong() == candidate.get("parkId").asLong()) {
                    candidateRow = p;
                }
            }
            assertThat(candidateRow.get("counts").get("chips").asInt())
                    .isEqualTo(candidate.get("enterprises").asInt());
        }
        assertThat(listed)
                .isEqualTo(strongest.stream().filter(n -> n > 0).limit(3).toList());
        assertThat(listed).contains(3);
        JsonNode thereRow = null;
        for (JsonNode p : all.get("parks")) {
            if (p.get("parkId").asLong() == there.park.value()) {
                thereRow = p;
            }
        }
        assertThat(thereRow.get("counts").get("chips").asInt()).isEqualTo(3);
        int total = 0;
        for (JsonNode p : all.get("parks")) {
            total += p.get("counts").get("baas").asInt();
        }
        assertThat(one.get("totals").get("baas").asInt()).isEqualTo(total);
    }

    @Test
    void namesAreListedOnlyToOfficialsAndThePark_sOwnOperator() {
        JsonNode official = chain("?park=" + here.park.value(), OFFICER);
        assertThat(official.get("members").get("baas")).hasSize(2);
        assertThat(official.get("members").get("baas").toString()).contains(baasName);
        assertThat(official.get("members").get("finance")).hasSize(1);

        var fixtures = new ParkFixtures(api);
        String own = fixtures.newOperator(here.park.value());
        assertThat(chain("?park=" + here.park.value(), own).get("members").get("baas"))
                .hasSize(2);

        String other = fixtures.newOperator(there.park.value());
        JsonNode foreign = chain("?park=" + here.park.value(), other);
        assertThat(foreign.has("members")).isFalse();
        assertThat(foreign.toString()).doesNotContain(baasName);
        assertThat(foreign.get("parks").get(0).get("counts").get("baas").asInt())
                .isEqualTo(2);
        assertThat(chain("", other).has("members")).isFalse();
    }

    @Test
    void aBadOrUnknownParkIsRefusedNamingIt() {
        for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999999999999", "%20x")) {
            var refused = api.get("/api/v1/evaluation/chain?park=" + bad, OFFICER);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("park");
        }
        var unknown = api.get("/api/v1/evaluation/chain?park=" + Long.MAX_VALUE, OFFICER);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("park");
        assertThat(unknown.json().get("detail").asText()).contains(Long.toString(Long.MAX_VALUE));
    }

    @Test
    void enterprisesAndAnonymousCallersAreRefused() throws Exception {
        assertThat(api.get("/api/v1/evaluation/chain", ENTERPRISE).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/evaluation/chain", null).status()).isEqualTo(401);
        mvc.perform(get("/evaluation/chain").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workbench").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(content().string(not(containsString("shortcut-chainMap"))));
    }

    @Test
    void thePageShowsTheHeatMapTheTableAndTheGapsInChineseAndEnglish() throws Exception {
        mvc.perform(get("/evaluation/chain").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>产业链图谱</h1>")))
                .andExpect(content().string(containsString("id=\"chart-chain\"")))
                .andExpect(content().string(containsString("&quot;cells&quot;:[")))
                .andExpect(content().string(containsString("id=\"chain-table\"")))
                .andExpect(content().string(containsString("id=\"gaps-" + here.park.value() + "\"")))
                .andExpect(content().string(containsString("/js/chainmap.js")))
                .andExpect(content().string(not(containsString("id=\"chain-members\""))));
        mvc.perform(get("/evaluation/chain?lang=en&park=" + here.park.value())
                        .with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Industry-chain map")))
                .andExpect(content().string(containsString("Gaps and candidate parks")))
                .andExpect(content().string(containsString("id=\"chain-members\"")))
                .andExpect(content().string(containsString(baasName)))
                .andExpect(content().string(not(containsString("id=\"gaps-" + there.park.value() + "\""))));
        mvc.perform(get("/evaluation/chain?park=abc").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-errors\"")))
                .andExpect(content().string(containsString("园区应为正整数编号")));
        mvc.perform(get("/evaluation/chain?park=" + Long.MAX_VALUE)
                        .with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workbench").with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(content().string(containsString("id=\"shortcut-chainMap\"")));
    }
}
