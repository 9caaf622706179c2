package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingyuan.platform.FreshDatabase;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The library's tables and repositories on a new H2 database and a new PostgreSQL schema alike: bytes stored once
 * per SHA-256 and read back whole, the newest material valid on a day, superseding, and which type a clause's
 * required-material text names. PostgreSQL as {@link FreshDatabase} finds it; skipped without one, except under CI.
 */
class MaterialStorageTests {

    private FreshDatabase fresh;

    @AfterEach
    void dropTheDatabase() {
        if (fresh != null) {
            fresh.close();
        }
    }

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private JdbcClient migrated(String database) throws Exception {
        fresh = FreshDatabase.of(database, "materials");
        Flyway.configure().dataSource(fresh.dataSource()).load().migrate();
        return JdbcClient.create(fresh.dataSource());
    }

    private static Material material(
            long enterprise, String type, byte[] bytes, LocalDate from, LocalDate until, Instant at) throws Exception {
        var inspected = FileInspection.inspect(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE - 1);
        return new Material(
                0,
                enterprise,
                type,
                "f.pdf",
                "application/pdf",
                bytes.length,
                inspected.sha256(),
                from,
                until,
                at,
                "tester",
                null,
                null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bytesAreStoredOncePerDigestAndReadBackWhole(String database) throws Exception {
        JdbcClient jdbc = migrated(database);
        var blobs = new MaterialBlobs(new JdbcTemplate(fresh.dataSource()));
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        ThreadLocalRandom.current().nextBytes(large);
        Material m = material(1, "OTHER", large, null, null, Instant.now());

        assertThat(blobs.storeOnce(m.sha256(), large.length, new ByteArrayResource(large), Instant.now()))
                .isTrue();
        assertThat(blobs.storeOnce(m.sha256(), large.length, new ByteArrayResource(large), Instant.now()))
                .isFalse();
        assertThat(jdbc.sql("select count(*) from material_blob")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var out = new ByteArrayOutputStream();
        assertThat(blobs.copy(m.sha256(), out)).isTrue();
        assertThat(out.toByteArray()).isEqualTo(large);
        assertThat(blobs.copy("0".repeat(64), new ByteArrayOutputStream())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theCurrentMaterialIsTheNewestValidOnTheDayAndNotSuperseded(String database) throws Exception {
        migrated(database);
        var template = new JdbcTemplate(fresh.dataSource());
        var blobs = new MaterialBlobs(template);
        var store = new MaterialStore(JdbcClient.create(fresh.dataSource()));
        LocalDate day = LocalDate.of(2026, 3, 1);
        Instant earlier = Instant.parse("2026-01-05T02:00:00Z");
        Instant later = Instant.parse("2026-02-05T02:00:00Z");
        byte[] first = MaterialFiles.pdf();
        byte[] second = MaterialFiles.pdf();
        byte[] expired = MaterialFiles.pdf();
        Material lastYear = material(7, "AUDIT_REPORT", first, day.minusYears(1), day.minusDays(1), later);
        Material thisYear = material(7, "AUDIT_REPORT", second, day.minusMonths(2), day, earlier);
        Material notYet = material(7, "AUDIT_REPORT", expired, day.plusDays(1), day.plusYears(1), later);
        for (Material m : new Material[] {lastYear, thisYear, notYet}) {
            blobs.storeOnce(
                    m.sha256(),
                    m.size(),
                    new ByteArrayResource(m == lastYear ? first : m == thisYear ? second : expired),
                    m.uploadedAt());
        }
        long expiredId = store.insert(lastYear);
        long validId = store.insert(thisYear);
        store.insert(notYet);

        assertThat(store.current(7, "AUDIT_REPORT", day)).map(Material::id).contains(validId);
        assertThat(store.current(7, "AUDIT_REPORT", day.minusDays(1)))
                .map(Material::id)
                .contains(expiredId);
        assertThat(store.current(7, "TAX_PAYMENT", day)).isEmpty();
        assertThat(store.current(8, "AUDIT_REPORT", day)).isEmpty();

        assertThat(store.supersede(validId, "tester", later)).isTrue();
        assertThat(store.supersede(validId, "tester", later)).isFalse();
        assertThat(store.current(7, "AUDIT_REPORT", day)).isEmpty();
        assertThat(store.byId(validId).orElseThrow().superseded()).isTrue();
        assertThat(store.ofEnterprise(7))
                .extracting(Material::uploadedAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(store.byId(expiredId).orElseThrow())
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(lastYear);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClausesRequiredMaterialNamesATypeByLabelOrOtherName(String database) throws Exception {
        var types = new MaterialTypes(migrated(database));

        assertThat(types.all())
                .hasSize(9)
                .first()
                .extracting(MaterialType::code)
                .isEqualTo("BUSINESS_LICENCE");
        assertThat(types.codeFor("营业执照")).contains("BUSINESS_LICENCE");
        assertThat(types.codeFor(" 年度审计报告 ")).contains("AUDIT_REPORT");
        assertThat(types.codeFor("近两年审计报告")).contains("AUDIT_REPORT");
        assertThat(types.codeFor("纳税证明")).contains("TAX_PAYMENT");
        assertThat(types.codeFor("租赁合同")).contains("LEASE_CONTRACT");
        assertThat(types.codeFor("不迁出承诺书")).contains("COMMITMENT_LETTER");
        assertThat(types.codeFor("营业执照\u3000")).as("an ideographic space").contains("BUSINESS_LICENCE");
        assertThat(types.codeFor("研发投入专项审计报告"))
                .as("a special audit is another document")
                .isEmpty();
        assertThat(types.codeFor("项目实施方案")).isEmpty();
        assertThat(types.codeFor("  ")).isEmpty();
        assertThat(types.find("AUDIT_REPORT").orElseThrow().hasValidity()).isTrue();
        assertThat(types.find("BUSINESS_LICENCE").orElseThrow().hasValidity()).isFalse();
    }
}
