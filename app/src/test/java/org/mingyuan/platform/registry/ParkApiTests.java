package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParkApiTests {

    private static final String OFFICER = basic("officer", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsTheSeedParksWithTheirCities() {
        var response = api.get("/api/v1/parks", OFFICER);

        assertThat(response.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json()
                .forEach(park -> names.add(
                        park.get("name").asText() + "@" + park.get("city").asText()));
        assertThat(names)
                .contains(
                        "湖南娄底区块链产业园@娄底",
                        "同济科技园-链空间@上海",
                        "中国(杭州)未来区块链创新中心@杭州",
                        "云南省区块链中心@昆明",
                        "海南自由贸易港生态软件园@澄迈",
                        "上海市北高新园区-上海区块链生态谷@上海",
                        "上海区块链技术创新与产业化基地@上海");
    }

    @Test
    void shanghaiBaseCarriesItsSourcedAreaAndPlanAgainstTheActualCount() {
        JsonNode base = parkByCode("shanghai-blockchain-base");

        assertThat(base.at("/floorAreaM2/value").decimalValue()).isEqualByComparingTo("19000");
        assertThat(base.at("/floorAreaM2/provenance").asText()).isEqualTo("SOURCED");
        JsonNode firms = base.at("/targets").findParents("metric").stream()
                .filter(t -> t.get("metric").asText().equals("BLOCKCHAIN_FIRMS"))
                .findFirst()
                .orElseThrow();
        assertThat(firms.at("/planned/value").decimalValue()).isEqualByComparingTo("100");
        assertThat(firms.at("/planned/provenance").asText()).isEqualTo("SOURCED");
        assertThat(firms.at("/actual/value").decimalValue()).isEqualByComparingTo("12");
        assertThat(firms.get("attainmentPercent").decimalValue()).isEqualByComparingTo("12.0");
    }

    @Test
    void illustrativeFiguresAreMarkedIllustrative() {
        JsonNode loudi = parkByCode("loudi-blockchain-park");

        assertThat(loudi.at("/floorAreaM2/provenance").asText()).isEqualTo("ILLUSTRATIVE");
        assertThat(loudi.at("/governmentLed/provenance").asText()).isEqualTo("ILLUSTRATIVE");
    }

    @Test
    void searchNarrowsTheList() {
        var response = api.get("/api/v1/parks?q=Hangzhou", OFFICER);

        assertThat(response.json().size()).isGreaterThanOrEqualTo(2);
        response.json().forEach(park -> assertThat(park.get("cityEn").asText()).isEqualTo("Hangzhou"));
    }

    @Test
    void unknownParkIsA404ProblemThatNamesTheId() {
        var response = api.get("/api/v1/parks/999999999", OFFICER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("999999999");
    }

    @Test
    void nonNumericIdIsA400ProblemNamingTheParameterAndType() {
        var response = api.get("/api/v1/parks/abc", OFFICER);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("id");
        assertThat(response.json().at("/errors/0/reason").asText())
                .contains("abc")
                .contains("long");
    }

    @Test
    void anonymousCallsAreRefusedWithAProblemAndAChallenge() {
        var response = api.get("/api/v1/parks", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownApiAddressIsA404Problem() {
        var response = api.get("/api/v1/no-such-thing", OFFICER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private JsonNode parkByCode(String code) {
        for (JsonNode park : api.get("/api/v1/parks", OFFICER).json()) {
            if (park.get("code").asText().equals(code)) {
                return api.get("/api/v1/parks/" + park.get("id").asLong(), OFFICER)
                        .json();
            }
        }
        throw new AssertionError("no park " + code);
    }
}
