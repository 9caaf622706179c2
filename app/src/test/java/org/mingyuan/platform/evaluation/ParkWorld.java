package org.mingyuan.platform.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.CertificationDraft;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.LeaseDraft;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a new park for a test, as an administrator would through the registry's services: its enterprises with their
 * segment and figures, certifications, buildings, units and leases; and arranges the fulfilment module's cases and
 * ratings of its enterprises as rows, as the supervision tests do. Every park, enterprise and building has fresh names.
 */
final class ParkWorld {

    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final EnterpriseCertifications certifications;
    private final ParkSpace space;
    final ParkId park;
    final String code;
    final LocalDate today = RegistryTime.today();

    ParkWorld(JdbcClient jdbc, EnterpriseRegistry registry, EnterpriseCertifications certifications, ParkSpace space) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.certifications = certifications;
        this.space = space;
        this.code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into park (code, name_zh, name_en, province_zh, city_zh, city_en)"
                        + " values (?, ?, ?, '上海市', '上海市', 'Shanghai')")
                .params(code, "测试园区 " + code, "Test park " + code)
                .update();
        this.park = new ParkId(jdbc.sql("select id from park where code = ?")
                .param(code)
                .query(Long.class)
                .single());
    }

    /** Registers an enterprise of the software industry (I6510) in the park; returns its credit code. */
    String enterprise(@Nullable String segment, @Nullable Integer staff, @Nullable Integer revenue) {
        var random = new java.util.Random();
        var body = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String credit = CreditCode.of("91", "310110", body.toString()).value();
        registry.register(
                ADMIN,
                new EnterpriseDraft(
                        credit,
                        "链测 " + code + " " + credit.substring(10),
                        null,
                        null,
                        "I6510",
                        LocalDate.of(2020, 5, 1),
                        null,
                        park.value(),
                        segment));
        LocalDate lastYearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
        if (staff != null) {
            registry.state(
                    ADMIN,
                    credit,
                    new FactStatement(
                            "STAFF", BigDecimal.valueOf(staff), null, lastYearEnd, FactSource.VERIFIED, null));
        }
        if (revenue != null) {
            registry.state(
                    ADMIN,
                    credit,
                    new FactStatement(
                            "REVENUE",
                            BigDecimal.valueOf(revenue),
                            LocalDate.of(today.getYear() - 1, 1, 1),
                            lastYearEnd,
                            FactSource.VERIFIED,
                            null));
        }
        return credit;
    }

    /** Records a certification issued on {@code issued}, expiring on {@code expires} (null: never). */
    void certify(String credit, String type, @Nullable String number, LocalDate issued, @Nullable LocalDate expires) {
        certifications.certify(
                ADMIN, credit, new CertificationDraft(type, number, issued, expires, null, FactSource.VERIFIED));
    }

    /** Adds a building with one unit of {@code area} m²; returns the unit's id. */
    long unit(String area) {
        long building = space.addBuilding(
                ADMIN, park.value(), "楼 " + UUID.randomUUID().toString().substring(0, 8), 3);
        return space.addUnit(ADMIN, building, "101", 1, new BigDecimal(area));
    }

    /** Leases {@code area} m² of the unit to the enterprise from {@code start} to {@code end} (exclusive). */
    void lease(String credit, long unit, String area, LocalDate start, LocalDate end) {
        space.lease(ADMIN, new LeaseDraft(credit, unit, new BigDecimal(area), start, end, null));
    }

    /**
     * Arranges a case of the enterprise, filed on {@code appliedOn} while in {@code park}: approved at {@code
     * approved} yuan, paid {@code paid} on {@code paidOn} when those are given, else in {@code state}; returns its id.
     */
    long kase(
            String credit,
            @Nullable ParkId inPark,
            String state,
            String approved,
            @Nullable String paid,
            LocalDate appliedOn,
            @Nullable LocalDate paidOn) {
        long enterprise = jdbc.sql("select id from enterprise where credit_code = ?")
                .param(credit)
                .query(Long.class)
                .single();
        Timestamp applied =
                Timestamp.from(appliedOn.atTime(10, 0).atZone(RegistryTime.ZONE).toInstant());
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into fulfillment_application (enterprise_id, credit_code, idempotency_key, contact_name,"
                                + " contact_phone, submitted_by, submitted_at) values (?, ?, ?, '联系人', '13800000000', 'test', ?)")
                .params(enterprise, credit, UUID.randomUUID().toString(), applied)
                .update();
        long application = jdbc.sql("select max(id) from fulfillment_application where enterprise_id = ?")
                .param(enterprise)
                .query(Long.class)
                .single();
        jdbc.sql("insert into fulfillment_case (application_id, enterprise_id, credit_code, park_id, clause_id,"
                        + " clause_version, policy_id, department, title_zh, title_en, approved_amount, state,"
                        + " stage_index, stage_count, paid_amount, paid_on, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, 1, 0, '测试部门', '条款', 'clause', ?, ?, 1, 1, ?, ?, ?, ?)")
                .params(
                        application,
                        enterprise,
                        credit,
                        inPark == null ? null : inPark.value(),
                        "clause-" + UUID.randomUUID(),
                        new BigDecimal(approved),
                        state,
                        paid == null ? null : new BigDecimal(paid),
                        paidOn == null ? null : Date.valueOf(paidOn),
                        now,
                        now)
                .update();
        return jdbc.sql("select id from fulfillment_case where application_id = ?")
                .param(application)
                .query(Long.class)
                .single();
    }

    /** Arranges the enterprise's rating of the case at {@code level}, its appeal decided {@code appeal} (or none). */
    void rate(long caseId, int level, @Nullable String appeal) {
        jdbc.sql("insert into fulfillment_rating (case_id, enterprise_id, department, level, rated_by, rated_at,"
                        + " appeal_outcome) select id, enterprise_id, department, ?, 'test', ?, ? from fulfillment_case"
                        + " where id = ?")
                .params(level, Timestamp.from(Instant.now()), appeal, caseId)
                .update();
    }
}
