package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Values that once reached the database or were stored as they came: dates at the edges of their
 * type, over-long notes, control and invisible characters. Each is a 400 naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHardeningTests {

    static final String OFFICER = basic("officer", "demo");
    static final String ADMIN = basic("admin", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String registered() {
        String code = EnterpriseApiTests.newCreditCode();
        var created = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"边界链科技有限公司","industryCode":"I6510","foundedOn":"2020-05-01",
                 "registeredCapital":500,"chainSegment":"baas"}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static void refusedNaming(Response refused, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().findValuesAsText("field")).contains(field);
        assertThat(refused.body()).doesNotContain("java.", "org.mingyuan", "SQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0001-01-01", "1949-09-30"})
    void aReportingPeriodBeforeOctober1949IsRefusedAndNeverBecomesTheCurrentFigure(String periodEnd) {
        String code = registered();
        var refused = api.post("/api/v1/enterprises/" + code + "/facts", OFFICER, """
                {"name":"STAFF","value":7,"periodEnd":"%s"}""".formatted(periodEnd));

        refusedNaming(refused, "periodEnd");
        assertThat(api.get("/api/v1/enterprises/" + code, OFFICER)
                        .json()
                        .at("/facts/STAFF")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void aNoteOverTwoHundredCharactersIsRefusedNotAServerError() {
        var refused =
                api.post("/api/v1/enterprises/" + registered() + "/facts", OFFICER, """
                {"name":"STAFF","value":7,"periodEnd":"2025-12-31","sourceNote":"%s"}""".formatted("注".repeat(201)));

        refusedNaming(refused, "sourceNote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "999999999-12-31", "1800-01-01", "9999-12-31"})
    void aKnownAtDateOutsideItsRangeIsRefused(String knownAt) {
        var refused = api.get("/api/v1/enterprises/" + registered() + "?knownAt=" + knownAt, OFFICER);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("java.", "DateTimeException");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "链\\u0000科技",
                "\\u001b[31m红色\\u001b[0m科技",
                "abc\\u202Egnp.exe",
                "链\\u2066科技",
                "孤\\ud800立",
                "\\u200b\\u200b\\u200b",
                "\\ufeff链科技",
                "链\\n科技"
            })
    void namesWithControlOrInvisibleCharactersAreRefused(String name) {
        var refused = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"%s","industryCode":"I6510","foundedOn":"2020-05-01"}""".formatted(EnterpriseApiTests.newCreditCode(), name));

        refusedNaming(refused, "name");
    }

    @Test
    void notesMayHoldLineBreaksButNotEscapes() {
        String code = registered();
        assertThat(api.post("/api/v1/enterprises/" + code + "/facts", OFFICER, """
                        {"name":"STAFF","value":7,"periodEnd":"2025-12-31","sourceNote":"社保\\n名册"}""")
                        .status())
                .isEqualTo(201);
        refusedNaming(api.post("/api/v1/enterprises/" + code + "/facts", OFFICER, """
                        {"name":"STAFF","value":7,"periodEnd":"2025-12-31","sourceNote":"\\u001b]8;;evil\\u0007"}"""), "sourceNote");
    }

    @Test
    void certificationNumbersAndDatesAreCheckedToo() {
        String code = registered();
        refusedNaming(api.post("/api/v1/enterprises/" + code + "/certifications", OFFICER, """
                        {"type":"HIGH_TECH","number":"GR\\u202E2024"}"""), "number");
        refusedNaming(api.post("/api/v1/enterprises/" + code + "/certifications", OFFICER, """
                        {"type":"HIGH_TECH","number":"GR2024","issuedOn":"0001-01-01"}"""), "issuedOn");
    }

    @Test
    void accountAndTokenNamesAreCheckedToo() {
        refusedNaming(api.post("/api/v1/accounts", ADMIN, """
                        {"username":"hardening%d","displayName":"\\u0000","password":"Right-pass-1","roles":["FINANCE"]}""".formatted(System.nanoTime() % 100000)), "displayName");
        refusedNaming(api.post("/api/v1/tokens", basic("finance", "demo"), """
                        {"name":"\\u001b[2J","days":30}"""), "name");
    }

    @Test
    void leaseDatesLieBetween1949AndTwentyYearsAhead() {
        var fixtures = new ParkFixtures(api);
        long park = fixtures.parkId("yunnan-blockchain-centre");
        long unit = fixtures.newUnit(park, "100");
        String tenant = fixtures.newEnterprise(park);
        String lease = """
                {"creditCode":"%s","unitId":%d,"areaM2":10,"startOn":"%s","endOn":"%s"}""";

        refusedNaming(
                api.post("/api/v1/leases", OFFICER, lease.formatted(tenant, unit, "2025-01-01", "+999999999-12-31")),
                "endOn");
        refusedNaming(
                api.post("/api/v1/leases", OFFICER, lease.formatted(tenant, unit, "1900-01-01", "2026-01-01")),
                "startOn");
        refusedNaming(
                api.post("/api/v1/leases", OFFICER, lease.formatted(tenant, unit, "2025-01-01", "2099-01-01")),
                "endOn");
    }
}
