package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.registry.EnterpriseApiTests.OFFICER;
import static org.mingyuan.platform.registry.EnterpriseApiTests.OPERATOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.internal.Spaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParkSpaceApiTests {

    @LocalServerPort
    int port;

    static final Caller OFFICER_CALLER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);

    @Autowired
    ParkSpace space;

    @Autowired
    Spaces spaces;

    @Autowired
    PlatformTransactionManager transactions;

    ApiClient api;
    ParkFixtures parks;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        parks = new ParkFixtures(api);
    }

    long parkId(String code) {
        return parks.parkId(code);
    }

    String newTenant() {
        return parks.newEnterprise(null);
    }

    long newUnit(long park, String area) {
        return parks.newUnit(park, area);
    }

    String lease(long unit, String tenant, String area, String start, String end) {
        return """
                {"creditCode":"%s","unitId":%d,"areaM2":%s,"startOn":"%s","endOn":"%s","monthlyRent":12000}""".formatted(tenant, unit, area, start, end);
    }

    @Test
    void leasesRaiseOccupancyAndNeverExceedTheUnit() {
        long park = parkId("yunnan-blockchain-centre");
        JsonNode before = api.get("/api/v1/parks/" + park + "/occupancy?on=2026-06-01", OFFICER)
                .json();
        long unit = newUnit(park, "300");

        var first = api.post("/api/v1/leases", OFFICER, lease(unit, newTenant(), "200", "2026-01-01", "2027-01-01"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var tooMuch = api.post("/api/v1/leases", OFFICER, lease(unit, newTenant(), "150", "2026-06-01", "2026-09-01"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/errors/0/field").asText()).isEqualTo("areaM2");
        var later = api.post("/api/v1/leases", OFFICER, lease(unit, newTenant(), "150", "2027-01-01", "2028-01-01"));
        assertThat(later.status()).as("[start, end) is half-open").isEqualTo(201);

        JsonNode after = api.get("/api/v1/parks/" + park + "/occupancy?on=2026-06-01", OFFICER)
                .json();
        assertThat(after.get("totalM2")
                        .decimalValue()
                        .subtract(before.get("totalM2").decimalValue()))
                .isEqualByComparingTo("300");
        assertThat(after.get("occupiedM2")
                        .decimalValue()
                        .subtract(before.get("occupiedM2").decimalValue()))
                .isEqualByComparingTo("200");
    }

    @Test
    void leasesThatNeverRunTogetherShareTheUnitsArea() {
        long unit = newUnit(parkId("yunnan-blockchain-centre"), "100");
        String tenant = newTenant();
        assertThat(api.post("/api/v1/leases", OFFICER, lease(unit, tenant, "50", "2026-01-01", "2026-04-01"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/leases", OFFICER, lease(unit, tenant, "50", "2026-07-01", "2026-10-01"))
                        .status())
                .isEqualTo(201);

        var between = api.post("/api/v1/leases", OFFICER, lease(unit, tenant, "50", "2026-02-01", "2026-09-01"));
        assertThat(between.status()).as(between.body()).isEqualTo(201);

        var february = api.post("/api/v1/leases", OFFICER, lease(unit, tenant, "1", "2026-02-01", "2026-03-01"));
        assertThat(february.status()).isEqualTo(400);
        assertThat(february.json().at("/errors/0/field").asText()).isEqualTo("areaM2");
        var may = api.post("/api/v1/leases", OFFICER, lease(unit, tenant, "50", "2026-05-01", "2026-06-01"));
        assertThat(may.status()).as(may.body()).isEqualTo(201);
    }

    @Test
    void aLeaseWaitsForAUnitAnotherWriterHoldsLocked() throws Exception {
        long unit = newUnit(parkId("yunnan-blockchain-centre"), "100");
        var draft = new LeaseDraft(
                newTenant(), unit, new BigDecimal("10"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null);
        var locked = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                spaces.lock(unit);
                locked.countDown();
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            locked.await();

            space.lease(OFFICER_CALLER, draft);

            holder.get();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void concurrentUnitsOfOneNameAreAddedOnceAndTheRestRefusedOnName() throws Exception {
        long building = parks.newBuilding(parkId("yunnan-blockchain-centre")).id();

        List<String> answers =
                concurrently(20, () -> space.addUnit(OFFICER_CALLER, building, "2F", 2, new BigDecimal("80")));

        assertThat(answers).filteredOn("added"::equals).hasSize(1);
        assertThat(answers).filteredOn(a -> !a.equals("added")).hasSize(19).containsOnly("name");
    }

    @Test
    void concurrentBuildingsOfOneNameAreAddedOnceAndTheRestRefusedOnName() throws Exception {
        long park = parkId("yunnan-blockchain-centre");
        String name = "并发楼 " + System.nanoTime();

        List<String> answers = concurrently(20, () -> space.addBuilding(OFFICER_CALLER, park, name, 3));

        assertThat(answers).filteredOn("added"::equals).hasSize(1);
        assertThat(answers).filteredOn(a -> !a.equals("added")).hasSize(19).containsOnly("name");
    }

    /** Runs {@code write} on {@code threads} threads at once; each answers "added" or the refused field. */
    private static List<String> concurrently(int threads, Runnable write) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(writers.submit(() -> {
                    start.await();
                    try {
                        write.run();
                        return "added";
                    } catch (InvalidRequest refused) {
                        return refused.problems().get(0).field();
                    }
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (var outcome : outcomes) {
                answers.add(outcome.get());
            }
            return answers;
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void concurrentLeasesNeverOverLetAUnit() throws Exception {
        long unit = newUnit(parkId("yunnan-blockchain-centre"), "100");
        var draft = new LeaseDraft(
                newTenant(), unit, new BigDecimal("10"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null);

        List<String> answers = concurrently(50, () -> space.lease(OFFICER_CALLER, draft));

        assertThat(answers).filteredOn("added"::equals).hasSize(10);
        assertThat(answers).filteredOn(a -> !a.equals("added")).hasSize(40).containsOnly("areaM2");
    }

    @Test
    void aLeaseWithEveryFieldWrongNamesEachField() {
        var refused = api.post(
                "/api/v1/leases",
                OFFICER,
                "{\"creditCode\":\"\",\"areaM2\":-5,\"startOn\":\"2026-05-01\",\"endOn\":\"2026-01-01\",\"monthlyRent\":-1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("creditCode", "unitId", "areaM2", "endOn", "monthlyRent");
    }

    @Test
    void anOperatorLeasesOnlyToItsOwnParksEnterprises() {
        long own = parkId("yunnan-blockchain-centre");
        String operator = parks.newOperator(own);
        long unit = newUnit(own, "300");
        String parkless = newTenant();
        String elsewhere = parks.newEnterprise(parkId("loudi-blockchain-park"));

        for (String outsider : List.of(parkless, elsewhere)) {
            var refused = api.post("/api/v1/leases", operator, lease(unit, outsider, "10", "2026-01-01", "2027-01-01"));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("creditCode");
            assertThat(refused.json().at("/errors/0/reason").asText()).contains("本园区");
        }
        assertThat(api.get("/api/v1/enterprises/" + parkless, OFFICER)
                        .json()
                        .at("/enterprise/parkId")
                        .isMissingNode())
                .as("a refused lease places nobody")
                .isTrue();

        var ownTenant = api.post(
                "/api/v1/leases", operator, lease(unit, parks.newEnterprise(own), "10", "2026-01-01", "2027-01-01"));
        assertThat(ownTenant.status()).as(ownTenant.body()).isEqualTo(201);
        var byOfficer = api.post("/api/v1/leases", OFFICER, lease(unit, parkless, "10", "2026-01-01", "2027-01-01"));
        assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/enterprises/" + parkless, OFFICER)
                        .json()
                        .at("/enterprise/parkId")
                        .asLong())
                .isEqualTo(own);
    }

    @Test
    void unitsBeyondWhatTheDatabaseHoldsAreRefusedNamingTheField() {
        long building = parks.newBuilding(parkId("yunnan-blockchain-centre")).id();
        long unit = parks.newUnit(building, "101", "100");
        String units = "/api/v1/buildings/" + building + "/units";

        assertThat(refusedField(units, "{\"name\":\"101\",\"floor\":1,\"areaM2\":50}"))
                .isEqualTo("name");
        assertThat(refusedField(units, "{\"name\":\"102\",\"floor\":1,\"areaM2\":0.04}"))
                .isEqualTo("areaM2");
        assertThat(refusedField(units, "{\"name\":\"103\",\"floor\":1,\"areaM2\":12.25}"))
                .isEqualTo("areaM2");
        assertThat(refusedField(units, "{\"name\":\"104\",\"floor\":1,\"areaM2\":20000000}"))
                .isEqualTo("areaM2");
        assertThat(refusedField(units, "{\"name\":\"105\",\"floor\":9999,\"areaM2\":50}"))
                .isEqualTo("floor");
        assertThat(api.post(units, OFFICER, "{\"name\":\"B1\",\"floor\":-1,\"areaM2\":0.1}")
                        .status())
                .isEqualTo(201);
        String tenant = newTenant();
        assertThat(refusedField("/api/v1/leases", lease(unit, tenant, "0.04", "2026-01-01", "2027-01-01")))
                .isEqualTo("areaM2");
        assertThat(refusedField("/api/v1/leases", lease(unit, tenant, "0.15", "2026-01-01", "2027-01-01")))
                .isEqualTo("areaM2");
        String rent = "\"monthlyRent\":12000";
        assertThat(refusedField(
                        "/api/v1/leases",
                        lease(unit, tenant, "10", "2026-01-01", "2027-01-01")
                                .replace(rent, "\"monthlyRent\":1000000000000000")))
                .isEqualTo("monthlyRent");
        assertThat(refusedField(
                        "/api/v1/leases",
                        lease(unit, tenant, "10", "2026-01-01", "2027-01-01").replace(rent, "\"monthlyRent\":1.005")))
                .isEqualTo("monthlyRent");
    }

    /** Posts {@code body} as the officer, expects a 400 problem and returns the field it names. */
    private String refusedField(String path, String body) {
        var refused = api.post(path, OFFICER, body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).hasSize(1);
        return refused.json().at("/errors/0/field").asText();
    }

    @Test
    void anOperatorManagesOnlyItsOwnParksSpace() {
        long other = parkId("loudi-blockchain-park");

        var refused = api.post("/api/v1/parks/" + other + "/buildings", OPERATOR, "{\"name\":\"X\",\"floors\":1}");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void certificationsNeedTheirNumberInTheRightForm() {
        String tenant = newTenant();
        var badFiling = api.post(
                "/api/v1/enterprises/" + tenant + "/certifications",
                OFFICER,
                "{\"type\":\"CAC_FILING\",\"number\":\"12345\"}");
        assertThat(badFiling.status()).isEqualTo(400);
        assertThat(badFiling.json().at("/errors/0/field").asText()).isEqualTo("number");

        var filing = api.post(
                "/api/v1/enterprises/" + tenant + "/certifications",
                OFFICER,
                "{\"type\":\"CAC_FILING\",\"number\":\"浙网信备33010821275605010021号\",\"issuedOn\":\"2025-01-01\","
                        + "\"evidence\":\"https://www.cac.gov.cn/\",\"source\":\"VERIFIED\"}");
        assertThat(filing.status()).as(filing.body()).isEqualTo(201);
        JsonNode held = api.get("/api/v1/enterprises/" + tenant, OFFICER).json().get("certifications");
        assertThat(held.findValuesAsText("type")).contains("CAC_FILING");
        assertThat(held.findValuesAsText("source")).contains("VERIFIED");

        var unknown =
                api.post("/api/v1/enterprises/" + tenant + "/certifications", OFFICER, "{\"type\":\"NOBEL_PRIZE\"}");
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void administratorsAddCertificationTypesAndEditTheTaxonomy() {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        var added = api.post(
                "/api/v1/certification-types",
                ApiClient.basic("admin", "demo"),
                "{\"code\":\"%s\",\"nameZh\":\"测试认证\",\"nameEn\":\"Test certification\",\"needsNumber\":false}"
                        .formatted(code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/certification-types", OFFICER).body()).contains(code);
        assertThat(api.post("/api/v1/certification-types", OFFICER, "{\"code\":\"X\"}")
                        .status())
                .isEqualTo(403);

        var segment = api.put(
                "/api/v1/chain-segments/digital-identity",
                OFFICER,
                "{\"tier\":\"MIDSTREAM\",\"nameZh\":\"数字身份\",\"nameEn\":\"Digital identity\",\"position\":85}");
        assertThat(segment.status()).as(segment.body()).isEqualTo(200);
        var badTier = api.put(
                "/api/v1/chain-segments/x-y",
                OFFICER,
                "{\"tier\":\"SIDEWAYS\",\"nameZh\":\"x\",\"nameEn\":\"x\",\"position\":1}");
        assertThat(badTier.json().at("/errors/0/field").asText()).isEqualTo("tier");
    }
}
