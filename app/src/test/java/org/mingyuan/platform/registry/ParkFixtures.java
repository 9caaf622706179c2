package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ApiClient;

/**
 * Sets up parks' space, tenants and operators through the API, as an official would, for tests of
 * leases. Each call adds new rows with fresh names, never touching the demo park the demo operator runs,
 * whose figures other tests check.
 */
public final class ParkFixtures {

    public static final String OFFICER = ApiClient.basic("officer", "demo");
    private static final String ADMIN = ApiClient.basic("admin", "demo");

    private final ApiClient api;

    public ParkFixtures(ApiClient api) {
        this.api = api;
    }

    /** A building by id and name. */
    public record Building(long id, String name) {}

    /** The id of the park with this code. */
    public long parkId(String code) {
        for (JsonNode park : api.get("/api/v1/parks", OFFICER).json()) {
            if (park.get("code").asText().equals(code)) {
                return park.get("id").asLong();
            }
        }
        throw new AssertionError("no park " + code);
    }

    /** Adds a building with a fresh name to the park. */
    public Building newBuilding(long park) {
        String name = "楼 " + UUID.randomUUID().toString().substring(0, 8);
        var building = api.post(
                "/api/v1/parks/" + park + "/buildings", OFFICER, "{\"name\":\"%s\",\"floors\":3}".formatted(name));
        assertThat(building.status()).as(building.body()).isEqualTo(201);
        return new Building(building.json().get("id").asLong(), name);
    }

    /** Adds a unit to the building; returns its id. */
    public long newUnit(long building, String name, String area) {
        var unit = api.post(
                "/api/v1/buildings/" + building + "/units",
                OFFICER,
                "{\"name\":\"%s\",\"floor\":1,\"areaM2\":%s}".formatted(name, area));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        return unit.json().get("id").asLong();
    }

    /** Adds a new building to the park with one unit {@code 101} of {@code area} m²; returns the unit's id. */
    public long newUnit(long park, String area) {
        return newUnit(newBuilding(park).id(), "101", area);
    }

    /** Registers an enterprise in the park with this id (null: in no park); returns its credit code. */
    public String newEnterprise(@Nullable Long park) {
        String code = EnterpriseApiTests.newCreditCode();
        String inPark = park == null ? "" : ",\"parkId\":" + park;
        var created = api.post(
                "/api/v1/enterprises",
                OFFICER,
                "{\"creditCode\":\"%s\",\"name\":\"租户 %s\",\"industryCode\":\"I6510\",\"foundedOn\":\"2021-03-01\"%s}"
                        .formatted(code, code.substring(10), inPark));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** Creates a park operator's account that runs the park; returns its authorization header. */
    public String newOperator(long park) {
        String username = "operator-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post(
                "/api/v1/accounts",
                ADMIN,
                "{\"username\":\"%s\",\"displayName\":\"运营方\",\"password\":\"Strong-pass-1\",\"roles\":[\"PARK_OPERATOR\"]}"
                        .formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var linked = api.put("/api/v1/parks/" + park + "/operators/" + username, OFFICER, "");
        assertThat(linked.status()).as(linked.body()).isEqualTo(204);
        return ApiClient.basic(username, "Strong-pass-1");
    }
}
