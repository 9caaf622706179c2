package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.ParkFixtures;

/** Enterprises with their own accounts, and uploads to their libraries over HTTP, for the material tests. */
final class MaterialFixtures {

    static final String ENTERPRISE = ApiClient.basic("enterprise", "demo");
    static final String OFFICER = ApiClient.basic("officer", "demo");
    static final String OPERATOR = ApiClient.basic("operator", "demo");
    static final String REVIEWER = ApiClient.basic("reviewer", "demo");
    private static final String ADMIN = ApiClient.basic("admin", "demo");

    private final ApiClient api;
    private final ParkFixtures parks;

    MaterialFixtures(ApiClient api) {
        this.api = api;
        this.parks = new ParkFixtures(api);
    }

    /** The credit code of the enterprise the demo account {@code enterprise} acts for. */
    String demoEnterprise() {
        return api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
    }

    /** The id of the park the demo enterprise is in. */
    long demoPark() {
        return api.get("/api/v1/enterprises/" + demoEnterprise(), ENTERPRISE)
                .json()
                .at("/enterprise/parkId")
                .asLong();
    }

    /** A new enterprise in {@code park} (null: none) with an account of its own. */
    record Firm(String creditCode, String authorization) {}

    Firm newFirm(@Nullable Long park) {
        String code = parks.newEnterprise(park);
        String username = "firm-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post(
                "/api/v1/accounts",
                ADMIN,
                "{\"username\":\"%s\",\"displayName\":\"企业用户\",\"password\":\"Strong-pass-1\",\"roles\":[\"ENTERPRISE\"]}"
                        .formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var linked = api.put("/api/v1/enterprises/" + code + "/accounts/" + username, OFFICER, "");
        assertThat(linked.status()).as(linked.body()).isEqualTo(204);
        return new Firm(code, ApiClient.basic(username, "Strong-pass-1"));
    }

    /** A park operator's account for a park other than the demo enterprise's. */
    String operatorOfAnotherPark() {
        long own = demoPark();
        for (var park : api.get("/api/v1/parks", OFFICER).json()) {
            if (park.get("id").asLong() != own) {
                return parks.newOperator(park.get("id").asLong());
            }
        }
        throw new AssertionError("only one park");
    }

    /** Uploads {@code content} as {@code fileName}, declared as a PDF, with the type and dates given (null: none). */
    ApiClient.Response upload(
            String creditCode,
            String authorization,
            String type,
            @Nullable String validFrom,
            @Nullable String validUntil,
            String fileName,
            byte[] content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", type);
        if (validFrom != null) {
            fields.put("validFrom", validFrom);
        }
        if (validUntil != null) {
            fields.put("validUntil", validUntil);
        }
        return api.multipart(
                "/api/v1/enterprises/" + creditCode + "/materials",
                authorization,
                fields,
                "file",
                fileName,
                "application/pdf",
                content);
    }
}
