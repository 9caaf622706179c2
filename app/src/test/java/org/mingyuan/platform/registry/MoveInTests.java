package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator moves a firm registered elsewhere into its park only with the firm's or an official's
 * confirmation, and learns nothing of the firm before that.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoveInTests {

    static final String OFFICER = basic("officer", "demo");

    @LocalServerPort
    int port;

    ApiClient api;
    ParkFixtures fixtures;
    long park;
    long otherPark;
    String operator;

    @BeforeEach
    void parks() {
        api = new ApiClient(port);
        fixtures = new ParkFixtures(api);
        park = fixtures.parkId("yunnan-blockchain-centre");
        otherPark = fixtures.parkId("shanghai-blockchain-base");
        operator = fixtures.newOperator(park);
    }

    private JsonNode ask(String creditCode) {
        var asked = api.post("/api/v1/move-ins", operator, "{\"creditCode\":\"%s\"}".formatted(creditCode));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json();
    }

    @Test
    void anOfficialConfirmsAndTheFirmMovesInSoTheOperatorMayLeaseToIt() {
        String firm = fixtures.newEnterprise(otherPark);
        long unit = fixtures.newUnit(park, "100");
        String lease =
                "{\"creditCode\":\"%s\",\"unitId\":%d,\"areaM2\":10,\"startOn\":\"2025-01-01\",\"endOn\":\"2027-01-01\"}"
                        .formatted(firm, unit);
        assertThat(api.post("/api/v1/leases", operator, lease).status()).isEqualTo(400);

        JsonNode request = ask(firm);
        assertThat(request.get("state").asText()).isEqualTo("PENDING");
        assertThat(request.has("enterpriseName")).isFalse();
        assertThat(ask(firm).get("id").asLong())
                .as("asking twice is one request")
                .isEqualTo(request.get("id").asLong());

        assertThat(api.post("/api/v1/move-ins/" + request.get("id").asLong() + "/confirm", operator, "")
                        .status())
                .isEqualTo(403);
        var confirmed = api.post("/api/v1/move-ins/" + request.get("id").asLong() + "/confirm", OFFICER, "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asText()).isEqualTo("CONFIRMED");

        assertThat(api.get("/api/v1/enterprises/" + firm, OFFICER)
                        .json()
                        .at("/enterprise/parkId")
                        .asLong())
                .isEqualTo(park);
        assertThat(api.post("/api/v1/leases", operator, lease).status()).isIn(200, 201, 204);
        assertThat(api.post("/api/v1/move-ins/" + request.get("id").asLong() + "/decline", OFFICER, "")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("id");
    }

    @Test
    void anUnknownAndAKnownFirmLookAlikeToTheOperator() {
        String known = fixtures.newEnterprise(otherPark);
        String unknown = EnterpriseApiTests.newCreditCode();

        JsonNode a = ask(known);
        JsonNode b = ask(unknown);

        assertThat(a.has("enterpriseName")).isFalse();
        assertThat(b.has("enterpriseName")).isFalse();
        assertThat(a.get("state").asText()).isEqualTo(b.get("state").asText());
        assertThat(api.get("/api/v1/move-ins", operator).json().findValuesAsText("creditCode"))
                .contains(known, unknown);
        assertThat(api.get("/api/v1/move-ins", OFFICER).json().toString()).contains("租户 " + known.substring(10));
    }

    @Test
    void onlyOperatorsAskAndBadCodesAreNamed() {
        var byOfficer = api.post(
                "/api/v1/move-ins", OFFICER, "{\"creditCode\":\"%s\"}".formatted(fixtures.newEnterprise(null)));
        assertThat(byOfficer.status()).isEqualTo(403);
        var bad = api.post("/api/v1/move-ins", operator, "{\"creditCode\":\"91310110MA1G8XXXXX\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("creditCode");
        var own = api.post(
                "/api/v1/move-ins", operator, "{\"creditCode\":\"%s\"}".formatted(fixtures.newEnterprise(park)));
        assertThat(own.status()).isEqualTo(400);
    }
}
