package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.imports.ImportClient;
import org.mingyuan.platform.registry.imports.ImportFiles;
import org.mingyuan.platform.registry.imports.ImportKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to an enterprise's facts writes one entry of the change sequence, committed with the change: a
 * rolled-back or refused change writes none, and an import writes one per enterprise it touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryChangeTests {

    static final String OFFICER = ParkFixtures.OFFICER;
    static final Caller OFFICER_CALLER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);

    @LocalServerPort
    int port;

    @Autowired
    RegistryFacts facts;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    ApiClient api;
    ParkFixtures fixtures;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        fixtures = new ParkFixtures(api);
    }

    @Test
    void everyKindOfChangeWritesAnEntryForItsEnterprise() {
        long park = fixtures.parkId("yunnan-blockchain-centre");
        long otherPark = fixtures.parkId("shanghai-blockchain-base");

        long before = facts.latestChange();
        String code = fixtures.newEnterprise(null);
        assertThat(entriesSince(before)).as("registration").containsExactly(id(code));

        before = facts.latestChange();
        var edited = api.put("/api/v1/enterprises/" + code, OFFICER, """
                {"name":"改名后的企业 %s","industryCode":"I6510","foundedOn":"2021-03-01","chainSegment":"baas"}""".formatted(code.substring(10)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(entriesSince(before)).as("profile edit").containsExactly(id(code));

        before = facts.latestChange();
        var stated = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"STAFF\",\"value\":20,\"periodEnd\":\"2025-12-31\"}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
        assertThat(entriesSince(before)).as("fact statement").containsExactly(id(code));

        before = facts.latestChange();
        var certified = api.post(
                "/api/v1/enterprises/" + code + "/certifications",
                OFFICER,
                "{\"type\":\"SPECIALISED_SME\",\"source\":\"VERIFIED\"}");
        assertThat(certified.status()).as(certified.body()).isEqualTo(201);
        assertThat(entriesSince(before)).as("certification").containsExactly(id(code));

        before = facts.latestChange();
        var leased = api.post(
                "/api/v1/leases",
                OFFICER,
                "{\"creditCode\":\"%s\",\"unitId\":%d,\"areaM2\":10,\"startOn\":\"2025-01-01\",\"endOn\":\"2027-01-01\"}"
                        .formatted(code, fixtures.newUnit(park, "100")));
        assertThat(leased.status()).as(leased.body()).isIn(200, 201, 204);
        assertThat(entriesSince(before)).as("lease").containsExactly(id(code));

        String mover = fixtures.newEnterprise(otherPark);
        String operator = fixtures.newOperator(park);
        var asked = api.post("/api/v1/move-ins", operator, "{\"creditCode\":\"%s\"}".formatted(mover));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        before = facts.latestChange();
        var confirmed = api.post("/api/v1/move-ins/" + asked.json().get("id").asLong() + "/confirm", OFFICER, "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(entriesSince(before)).as("move-in").containsExactly(id(mover));
        assertThat(facts.of(id(mover), RegistryTime.today()).orElseThrow().values())
                .as("settled on the day the move-in was confirmed")
                .containsEntry("park", "yunnan-blockchain-centre")
                .containsEntry("settledOn", RegistryTime.today());
    }

    @Test
    void anImportWritesOneEntryPerEnterprise() {
        var files = new ImportFiles();
        var imports = new ImportClient(port);
        String a = files.creditCode();
        String b = files.creditCode();
        long before = facts.latestChange();
        var created = imports.run(
                "enterprises",
                "two.csv",
                ImportFiles.csv(List.of(
                        ImportFiles.header(ImportKind.ENTERPRISES),
                        files.enterprise(a, 1, "shanghai-blockchain-base"),
                        files.enterprise(b, 2, "shanghai-blockchain-base"))),
                OFFICER);
        assertThat(created.get("phase").asText()).as(created.toString()).isEqualTo("DONE");
        assertThat(entriesSince(before)).containsExactlyInAnyOrder(id(a), id(b));

        before = facts.latestChange();
        var stated = imports.run(
                "facts",
                "facts.csv",
                ImportFiles.csv(List.of(
                        ImportFiles.header(ImportKind.FACTS),
                        List.of(a, "PATENTS", "3", "", "2025-06-30", "知识产权局"),
                        List.of(a, "IP_ITEMS", "5", "", "2025-06-30", "知识产权局"),
                        List.of(a, "TAX_PAID", "40", "2025-01-01", "2025-06-30", "税务局"),
                        List.of(b, "PATENTS", "1", "", "2025-06-30", "知识产权局"))),
                OFFICER);
        assertThat(stated.get("phase").asText()).as(stated.toString()).isEqualTo("DONE");
        assertThat(entriesSince(before)).containsExactlyInAnyOrder(id(a), id(b));

        before = facts.latestChange();
        var refused = imports.run(
                "facts",
                "bad.csv",
                ImportFiles.csv(List.of(
                        ImportFiles.header(ImportKind.FACTS),
                        List.of(a, "PATENTS", "4", "", "2025-09-30", "知识产权局"),
                        List.of(b, "NO_SUCH_FACT", "1", "", "2025-06-30", "知识产权局"))),
                OFFICER);
        assertThat(refused.get("phase").asText()).as(refused.toString()).isNotEqualTo("DONE");
        assertThat(facts.latestChange()).isEqualTo(before);
    }

    @Test
    void aRolledBackOrRefusedChangeWritesNoEntry() {
        String code = fixtures.newEnterprise(null);
        long before = facts.latestChange();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            registry.state(
                    OFFICER_CALLER,
                    code,
                    new FactStatement(FactKeys.STAFF, BigDecimal.TEN, null, LocalDate.of(2025, 12, 31), null, null));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    registry.state(
                            OFFICER_CALLER,
                            code,
                            new FactStatement(
                                    FactKeys.STAFF, BigDecimal.ONE, null, LocalDate.of(2025, 12, 31), null, null));
                    registry.state(
                            OFFICER_CALLER,
                            code,
                            new FactStatement(
                                    FactKeys.STAFF,
                                    BigDecimal.valueOf(-1),
                                    null,
                                    LocalDate.of(2025, 12, 31),
                                    null,
                                    null));
                }))
                .isInstanceOf(InvalidRequest.class);

        assertThat(facts.latestChange()).isEqualTo(before);
        assertThat(facts.of(id(code), RegistryTime.today()).orElseThrow().values())
                .doesNotContainKey("staff");

        registry.state(
                OFFICER_CALLER,
                code,
                new FactStatement(FactKeys.STAFF, BigDecimal.TEN, null, LocalDate.of(2025, 12, 31), null, null));
        assertThat(entriesSince(before)).containsExactly(id(code));
    }

    @Test
    void entriesComeInSeqOrderAndAtMostTheLimit() {
        long before = facts.latestChange();
        String a = fixtures.newEnterprise(null);
        String b = fixtures.newEnterprise(null);
        String c = fixtures.newEnterprise(null);
        List<RegistryChange> changes = facts.changesSince(before, 2);
        assertThat(changes).extracting(RegistryChange::enterprise).containsExactly(id(a), id(b));
        assertThat(changes.get(0).seq()).isLessThan(changes.get(1).seq());
        assertThat(facts.changesSince(changes.get(1).seq(), 10))
                .extracting(RegistryChange::enterprise)
                .containsExactly(id(c));
        assertThat(facts.latestChange())
                .isEqualTo(facts.changesSince(before, 10).get(2).seq());
        assertThat(facts.changesSince(before, 0)).isEmpty();
    }

    List<EnterpriseId> entriesSince(long seq) {
        return facts.changesSince(seq, 10_000).stream()
                .map(RegistryChange::enterprise)
                .toList();
    }

    EnterpriseId id(String code) {
        return new EnterpriseId(jdbc.sql("select id from enterprise where credit_code = ?")
                .param(code)
                .query(Long.class)
                .single());
    }
}
