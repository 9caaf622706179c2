package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseApiTests {

    static final String OFFICER = basic("officer", "demo");
    static final String ENTERPRISE = basic("enterprise", "demo");
    static final String OPERATOR = basic("operator", "demo");
    static final String SUPERVISOR = basic("supervisor", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A valid, unused credit code registered in Yangpu, Shanghai. */
    static String newCreditCode() {
        var random = new Random();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCode.of("91", "310110", body.toString()).value();
    }

    String register(String code, String industry) {
        var created = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"测试链科技有限公司 %s","industryCode":"%s","foundedOn":"2020-05-01",
                 "registeredCapital":500,"chainSegment":"baas"}""".formatted(code, code.substring(10), industry));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    void state(String code, String fact, String value, String periodEnd) {
        var stated = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"%s\",\"value\":%s,\"periodEnd\":\"%s\"}".formatted(fact, value, periodEnd));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
    }

    @Test
    void aRegisteredSoftwareFirmGetsItsSizeClassFromItsFacts() {
        String code = register(newCreditCode(), "I6510");
        assertThat(api.get("/api/v1/enterprises/" + code, OFFICER).json().get("sizeClass"))
                .isNull();

        state(code, "STAFF", "50", "2025-12-31");
        state(code, "REVENUE", "800", "2025-12-31");
        assertThat(api.get("/api/v1/enterprises/" + code, OFFICER)
                        .json()
                        .get("sizeClass")
                        .asText())
                .isEqualTo("SMALL");

        state(code, "STAFF", "120", "2025-12-31");
        state(code, "REVENUE", "1200", "2025-12-31");
        JsonNode profile = api.get("/api/v1/enterprises/" + code, OFFICER).json();
        assertThat(profile.get("sizeClass").asText()).isEqualTo("MEDIUM");
        assertThat(profile.at("/enterprise/sizeClass").asText()).isEqualTo("MEDIUM");
        assertThat(profile.at("/facts/STAFF/value").decimalValue()).isEqualByComparingTo("120");
        assertThat(profile.at("/facts/STAFF/source").asText()).isEqualTo("DECLARED");
    }

    @Test
    void historyIsKeptAndTheRegistryAnswersWhatItKnewOnAPastDay() {
        String code = register(newCreditCode(), "I6510");
        state(code, "STAFF", "30", "2024-12-31");

        assertThat(api.get("/api/v1/enterprises/" + code + "?knownAt=2020-01-01", OFFICER)
                        .json()
                        .at("/facts/STAFF")
                        .isMissingNode())
                .isTrue();
        assertThat(api.get(
                                "/api/v1/enterprises/" + code + "?knownAt="
                                        + LocalDate.now().plusDays(1),
                                OFFICER)
                        .json()
                        .at("/facts/STAFF/value")
                        .asInt())
                .isEqualTo(30);
        state(code, "STAFF", "31", "2025-06-30");
        assertThat(api.get("/api/v1/enterprises/" + code + "/facts", OFFICER)
                        .json()
                        .size())
                .isEqualTo(2);
    }

    @Test
    void aVerifiedValueOutweighsADeclaredOneForTheSamePeriod() {
        String code = register(newCreditCode(), "I6510");
        state(code, "REVENUE", "900", "2024-12-31");
        var verified = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"REVENUE\",\"value\":700,\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2024-12-31\","
                        + "\"source\":\"VERIFIED\",\"sourceNote\":\"税务局\"}");
        assertThat(verified.status()).isEqualTo(201);
        state(code, "REVENUE", "950", "2024-12-31");

        JsonNode revenue =
                api.get("/api/v1/enterprises/" + code, OFFICER).json().at("/facts/REVENUE");
        assertThat(revenue.get("value").decimalValue()).isEqualByComparingTo("700");
        assertThat(revenue.get("source").asText()).isEqualTo("VERIFIED");
    }

    @Test
    void aCorruptedCreditCodeIsRefusedNamingThePosition() {
        String good = newCreditCode();
        char last = good.charAt(17);
        String bad = good.substring(0, 17) + (last == '0' ? '1' : '0');

        var refused = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"x","industryCode":"I65","foundedOn":"2020-01-01"}""".formatted(bad));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("creditCode");
        assertThat(refused.json().at("/errors/0/reason").asText()).contains("18");
        assertThat(api.get("/api/v1/enterprises/" + bad, OFFICER).status()).isEqualTo(404);
    }

    @Test
    void everyBadFieldOfARegistrationIsNamedAndNothingIsStored() {
        String code = newCreditCode();
        var refused = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"","industryCode":"65","foundedOn":"2999-01-01","registeredCapital":-1,
                 "parkId":987654321,"chainSegment":"nonsense"}""".formatted(code));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("name", "industryCode", "foundedOn", "registeredCapital", "parkId", "chainSegment");
        assertThat(api.get("/api/v1/enterprises/" + code, OFFICER).status()).isEqualTo(404);
    }

    @Test
    void anEnterpriseUserSeesOnlyItsOwnEnterprise() {
        JsonNode own = api.get("/api/v1/enterprises", ENTERPRISE).json();
        assertThat(own.get("total").asInt()).isEqualTo(1);
        String ownCode = own.at("/items/0/creditCode").asText();
        assertThat(api.get("/api/v1/enterprises/" + ownCode, ENTERPRISE).status())
                .isEqualTo(200);

        String other = register(newCreditCode(), "I6510");
        var denied = api.get("/api/v1/enterprises/" + other, ENTERPRISE);
        assertThat(denied.status()).isIn(403, 404);
        assertThat(denied.body()).doesNotContain("测试链科技");
        assertThat(api.get("/api/v1/enterprises/" + other + "/facts", ENTERPRISE)
                        .status())
                .isIn(403, 404);
        assertThat(api.post(
                                "/api/v1/enterprises/" + other + "/facts",
                                ENTERPRISE,
                                "{\"name\":\"STAFF\",\"value\":1,\"periodEnd\":\"2025-01-01\"}")
                        .status())
                .isIn(403, 404);
    }

    @Test
    void anEnterpriseMayDeclareButNotVerify() {
        String own = api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();

        var refused = api.post(
                "/api/v1/enterprises/" + own + "/facts",
                ENTERPRISE,
                "{\"name\":\"STAFF\",\"value\":12,\"periodEnd\":\"2025-01-01\",\"source\":\"VERIFIED\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("source");
    }

    @Test
    void aParkOperatorSeesOnlyItsParksEnterprises() {
        JsonNode page = api.get("/api/v1/enterprises?size=500", OPERATOR).json();
        assertThat(page.get("total").asInt()).isPositive();
        long park = page.at("/items/0/parkId").asLong();
        page.get("items").forEach(e -> assertThat(e.get("parkId").asLong()).isEqualTo(park));
        assertThat(api.get("/api/v1/enterprises?size=1", SUPERVISOR)
                        .json()
                        .get("total")
                        .asInt())
                .isGreaterThan(page.get("total").asInt());
    }

    @Test
    void listsFilterBySizeClassAndCertification() {
        JsonNode micro =
                api.get("/api/v1/enterprises?sizeClass=MICRO&size=500", OFFICER).json();
        assertThat(micro.get("total").asInt()).isPositive();
        micro.get("items").forEach(e -> assertThat(e.get("sizeClass").asText()).isEqualTo("MICRO"));
        JsonNode filed = api.get("/api/v1/enterprises?certification=CAC_FILING&size=1", OFFICER)
                .json();
        assertThat(filed.get("total").asInt())
                .isPositive()
                .isLessThan(micro.get("total").asInt() * 10);
        assertThat(api.get("/api/v1/enterprises?sizeClass=HUGE", OFFICER).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/enterprises?size=100000", OFFICER).status()).isEqualTo(400);
    }

    @Test
    void theDemoRegistryHasSeveralHundredSyntheticFirmsMostlySmallAndMicro() {
        int all = api.get("/api/v1/enterprises?size=1", OFFICER)
                .json()
                .get("total")
                .asInt();
        int small = api.get("/api/v1/enterprises?sizeClass=SMALL&size=1", OFFICER)
                .json()
                .get("total")
                .asInt();
        int micro = api.get("/api/v1/enterprises?sizeClass=MICRO&size=1", OFFICER)
                .json()
                .get("total")
                .asInt();
        int large = api.get("/api/v1/enterprises?sizeClass=LARGE&size=1", OFFICER)
                .json()
                .get("total")
                .asInt();
        int medium = api.get("/api/v1/enterprises?sizeClass=MEDIUM&size=1", OFFICER)
                .json()
                .get("total")
                .asInt();
        // Other tests add firms without figures to the shared database: compare among the classified.
        int classified = small + micro + large + medium;
        assertThat(all).isGreaterThanOrEqualTo(300);
        assertThat(classified).isGreaterThanOrEqualTo(300);
        assertThat(small + micro).isGreaterThan(classified / 2);
        assertThat(large).isPositive().isLessThan(classified / 10);
    }

    @Test
    void occupancyIsComputedFromLeases() {
        long base = 0;
        for (JsonNode park : api.get("/api/v1/parks", OFFICER).json()) {
            if (park.get("code").asText().equals("shanghai-blockchain-base")) {
                base = park.get("id").asLong();
            }
        }
        JsonNode occupancy =
                api.get("/api/v1/parks/" + base + "/occupancy", OFFICER).json();
        assertThat(occupancy.get("totalM2").decimalValue()).isEqualByComparingTo("19000");
        assertThat(occupancy.get("occupiedM2").decimalValue()).isPositive();
        assertThat(occupancy.get("tenants").asInt()).isBetween(1, 12);
        assertThat(occupancy.get("segments").size())
                .isEqualTo(api.get("/api/v1/chain-segments", OFFICER).json().size());
    }
}
