package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.MatchingFact.Type;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry as clauses read it: the schema's labels, an enterprise's values and derived facts, bulk and single. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryFactsTests {

    static final String OFFICER = ParkFixtures.OFFICER;

    @LocalServerPort
    int port;

    @Autowired
    RegistryFacts facts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    ParkFixtures fixtures;
    LocalDate today = RegistryTime.today();

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        fixtures = new ParkFixtures(api);
    }

    @Test
    void everySchemaFactHasLabelsAndEveryCodeItsNames() {
        List<MatchingFact> schema = facts.schema();
        Map<String, MatchingFact> byKey =
                schema.stream().collect(Collectors.toMap(MatchingFact::key, f -> f, (a, b) -> a));
        assertThat(byKey).hasSize(schema.size());
        assertThat(byKey)
                .containsKeys(
                        "staff",
                        "rdStaff",
                        "revenue",
                        "blockchainRevenue",
                        "rdSpend",
                        "taxPaid",
                        "assets",
                        "patents",
                        "ipItems",
                        "park",
                        "division",
                        "city",
                        "province",
                        "chainSegment",
                        "chainTier",
                        "industry",
                        "sizeClass",
                        "foundedOn",
                        "ageYears",
                        "registeredCapital",
                        "certifications",
                        "rdIntensity",
                        "revenueGrowth",
                        "blockchainRevenueShare",
                        "settledOn",
                        "leasedArea",
                        "rentPaid12m");
        for (MatchingFact fact : schema) {
            assertThat(fact.key()).as(fact.key()).matches("[a-z][A-Za-z0-9]*");
            assertThat(fact.labelZh()).as(fact.key()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(fact.labelEn()).as(fact.key()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(fact.unitZh() == null).as(fact.key()).isEqualTo(fact.unitEn() == null);
            if (fact.type() == Type.CODE || fact.type() == Type.CODE_SET) {
                assertThat(fact.values()).as(fact.key()).isNotEmpty();
                for (MatchingFact.CodeLabel value : fact.values()) {
                    assertThat(value.labelZh()).as(value.code()).isNotBlank().isNotEqualTo(value.code());
                    assertThat(value.labelEn()).as(value.code()).isNotBlank();
                }
            } else {
                assertThat(fact.values()).as(fact.key()).isEmpty();
            }
        }
        assertThat(byKey.get("revenue").kind()).isEqualTo("REVENUE");
        assertThat(byKey.get("revenue").unitZh()).isEqualTo("万元");
        assertThat(byKey.get("staff").type()).isEqualTo(Type.INTEGER);
        assertThat(byKey.get("revenueGrowth").unitZh()).isEqualTo("%");
        assertThat(byKey.get("certifications").type()).isEqualTo(Type.CODE_SET);
        assertThat(byKey.get("certifications").values())
                .contains(new MatchingFact.CodeLabel(
                        "CAC_FILING", "区块链信息服务备案", "CAC blockchain information service filing"));
        assertThat(byKey.get("chainTier").values())
                .extracting(MatchingFact.CodeLabel::labelZh)
                .containsExactly("上游", "中游", "下游", "周边服务");
        assertThat(byKey.get("city").values())
                .contains(new MatchingFact.CodeLabel("3101", "上海市市辖区", "Shanghai (districts)"));
        assertThat(byKey.get("province").values()).contains(new MatchingFact.CodeLabel("31", "上海市", "Shanghai"));
        assertThat(byKey.get("park").values())
                .anySatisfy(park -> assertThat(park.code()).isEqualTo("shanghai-blockchain-base"));
    }

    @Test
    void aFixtureEnterpriseReadsItsValuesAndDerivedFacts() {
        long park = fixtures.parkId("yunnan-blockchain-centre");
        String code = register(park, "baas", "800");
        state(code, "REVENUE", "1000", "2024-01-01", "2024-12-31");
        state(code, "REVENUE", "1200", "2025-01-01", "2025-12-31");
        state(code, "RD_SPEND", "60", "2025-01-01", "2025-12-31");
        state(code, "BLOCKCHAIN_REVENUE", "300", "2025-01-01", "2025-12-31");
        state(code, "STAFF", "50", null, "2025-12-31");
        state(code, "ASSETS", "2000", null, "2025-12-31");
        var certified = api.post(
                "/api/v1/enterprises/" + code + "/certifications",
                OFFICER,
                "{\"type\":\"TECH_SME\",\"number\":\"2026310110A0002\",\"source\":\"VERIFIED\"}");
        assertThat(certified.status()).as(certified.body()).isEqualTo(201);
        LocalDate firstStart = today.minusYears(3);
        lease(fixtures.newUnit(park, "500"), code, "80", firstStart, today.minusMonths(13), "5000");
        lease(fixtures.newUnit(park, "500"), code, "120", today.minusYears(2), today.plusYears(1), "12000");
        lease(fixtures.newUnit(park, "500"), code, "30", today.minusMonths(4).plusDays(1), today.plusDays(1), "3000");

        Map<String, Object> values = valuesOf(code);

        assertThat(values)
                .containsEntry("revenue", 1200.0)
                .containsEntry("rdSpend", 60.0)
                .containsEntry("blockchainRevenue", 300.0)
                .containsEntry("staff", 50L)
                .containsEntry("assets", 2000.0)
                .containsEntry("revenueGrowth", 20.0)
                .containsEntry("rdIntensity", 5.0)
                .containsEntry("blockchainRevenueShare", 25.0)
                .containsEntry("park", "yunnan-blockchain-centre")
                .containsEntry("division", "310110")
                .containsEntry("city", "3101")
                .containsEntry("province", "31")
                .containsEntry("chainSegment", "baas")
                .containsEntry("chainTier", "MIDSTREAM")
                .containsEntry("industry", "I6510")
                .containsEntry("sizeClass", "SMALL")
                .containsEntry("foundedOn", LocalDate.of(2020, 5, 1))
                .containsEntry("registeredCapital", 800.0)
                .containsEntry("certifications", Set.of("TECH_SME"))
                .containsEntry("settledOn", firstStart)
                .containsEntry("leasedArea", 150.0)
                .containsEntry("rentPaid12m", 12 * 12000.0 + 4 * 3000.0)
                .doesNotContainKeys("taxPaid", "patents", "ipItems", "rdStaff");
        assertThat(values.get("ageYears")).isEqualTo((long)
                java.time.Period.between(LocalDate.of(2020, 5, 1), today).getYears());
        assertThat(values.get("sizeClass"))
                .isEqualTo(api.get("/api/v1/enterprises/" + code, OFFICER)
                        .json()
                        .get("sizeClass")
                        .asText());
    }

    @Test
    void aDerivedFactWhoseInputsAreMissingIsAbsentNeverZero() {
        String bare = register(null, null, null);
        state(bare, "STAFF", "12", null, "2025-12-31");
        Map<String, Object> values = valuesOf(bare);
        assertThat(values)
                .containsEntry("staff", 12L)
                .containsEntry("certifications", Set.of())
                .doesNotContainKeys(
                        "revenue",
                        "rdIntensity",
                        "revenueGrowth",
                        "blockchainRevenueShare",
                        "sizeClass",
                        "park",
                        "chainSegment",
                        "chainTier",
                        "registeredCapital",
                        "settledOn",
                        "leasedArea",
                        "rentPaid12m");

        String gap = register(null, "finance", null);
        state(gap, "REVENUE", "500", "2023-01-01", "2023-12-31");
        state(gap, "REVENUE", "700", "2025-01-01", "2025-12-31");
        state(gap, "RD_SPEND", "40", "2025-01-01", "2025-12-31");
        assertThat(valuesOf(gap))
                .as("no revenue for the year just before the latest")
                .containsEntry("revenue", 700.0)
                .containsEntry("rdIntensity", 5.71)
                .doesNotContainKeys("revenueGrowth", "blockchainRevenueShare");

        String zero = register(null, null, null);
        state(zero, "REVENUE", "0", "2024-01-01", "2024-12-31");
        state(zero, "REVENUE", "0", "2025-01-01", "2025-12-31");
        state(zero, "RD_SPEND", "10", "2025-01-01", "2025-12-31");
        assertThat(valuesOf(zero)).containsEntry("revenue", 0.0).doesNotContainKeys("revenueGrowth", "rdIntensity");

        long park = fixtures.parkId("yunnan-blockchain-centre");
        String undisclosed = register(park, null, null);
        var leased = api.post(
                "/api/v1/leases",
                OFFICER,
                "{\"creditCode\":\"%s\",\"unitId\":%d,\"areaM2\":40,\"startOn\":\"%s\",\"endOn\":\"%s\"}"
                        .formatted(
                                undisclosed, fixtures.newUnit(park, "100"), today.minusMonths(2), today.plusYears(1)));
        assertThat(leased.status()).as(leased.body()).isIn(200, 201, 204);
        assertThat(valuesOf(undisclosed))
                .as("a running lease without a known rent")
                .containsEntry("leasedArea", 40.0)
                .containsEntry("settledOn", today.minusMonths(2))
                .doesNotContainKey("rentPaid12m");
    }

    @Test
    void aFactStatedLaterIsNotKnownOnAnEarlierDay() {
        String code = register(null, null, null);
        state(code, "STAFF", "30", null, "2025-12-31");
        assertThat(facts.of(id(code), today.minusDays(1)).orElseThrow().values())
                .doesNotContainKey("staff");
        assertThat(facts.of(id(code), today).orElseThrow().values()).containsEntry("staff", 30L);
        assertThat(facts.of(new EnterpriseId(-5), today)).isEmpty();
    }

    @Test
    void forEachAgreesWithOfForEveryEnterprise() {
        List<EnterpriseFacts> all = new ArrayList<>();
        facts.forEach(today, all::add);

        long registered =
                jdbc.sql("select count(*) from enterprise").query(Long.class).single();
        assertThat(all).hasSize((int) registered);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).enterprise().value())
                    .isGreaterThan(all.get(i - 1).enterprise().value());
        }
        for (EnterpriseFacts each : all) {
            assertThat(facts.of(each.enterprise(), today)).contains(each);
        }
        assertThat(all.stream().filter(e -> e.values().containsKey("revenueGrowth")))
                .as("demo enterprises have two years of revenue")
                .hasSizeGreaterThan(100);
        assertThat(all.stream().filter(e -> e.values().containsKey("settledOn")))
                .as("demo enterprises lease space in their parks")
                .hasSizeGreaterThan(100);
    }

    String register(Long park, String segment, String capital) {
        String code = EnterpriseApiTests.newCreditCode();
        StringBuilder body = new StringBuilder(
                "{\"creditCode\":\"%s\",\"name\":\"条款事实 %s\",\"industryCode\":\"I6510\",\"foundedOn\":\"2020-05-01\""
                        .formatted(code, code.substring(10)));
        if (park != null) {
            body.append(",\"parkId\":").append(park);
        }
        if (segment != null) {
            body.append(",\"chainSegment\":\"").append(segment).append('"');
        }
        if (capital != null) {
            body.append(",\"registeredCapital\":").append(capital);
        }
        var created = api.post("/api/v1/enterprises", OFFICER, body.append('}').toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    void state(String code, String fact, String value, String periodStart, String periodEnd) {
        String start = periodStart == null ? "" : ",\"periodStart\":\"" + periodStart + "\"";
        var stated = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"%s\",\"value\":%s,\"periodEnd\":\"%s\"%s}".formatted(fact, value, periodEnd, start));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
    }

    void lease(long unit, String code, String area, LocalDate start, LocalDate end, String rent) {
        var leased = api.post(
                "/api/v1/leases",
                OFFICER,
                "{\"creditCode\":\"%s\",\"unitId\":%d,\"areaM2\":%s,\"startOn\":\"%s\",\"endOn\":\"%s\",\"monthlyRent\":%s}"
                        .formatted(code, unit, area, start, end, rent));
        assertThat(leased.status()).as(leased.body()).isIn(200, 201, 204);
    }

    EnterpriseId id(String code) {
        return new EnterpriseId(jdbc.sql("select id from enterprise where credit_code = ?")
                .param(code)
                .query(Long.class)
                .single());
    }

    Map<String, Object> valuesOf(String code) {
        return facts.of(id(code), today).orElseThrow().values();
    }
}
