package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new park for a test with fresh enterprises registered through the registry as an administrator would, each with
 * its founding day and, where asked, two years of revenue and R&amp;D spending.
 */
final class IncubationWorld {

    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final EnterpriseRegistry registry;
    private final Random random = new Random();
    final long park;
    final String code;
    final LocalDate today = RegistryTime.today();

    IncubationWorld(JdbcClient jdbc, EnterpriseRegistry registry) {
        this.registry = registry;
        this.code = "inc-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into park (code, name_zh, name_en, province_zh, city_zh, city_en)"
                        + " values (?, ?, ?, '浙江省', '杭州市', 'Hangzhou')")
                .params(code, "测试孵化园 " + code, "Test incubation park " + code)
                .update();
        this.park = jdbc.sql("select id from park where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    /** The operator of this park. */
    Caller operator() {
        return new Caller("operator-" + code, Set.of(Role.PARK_OPERATOR), null, park);
    }

    /** Registers an enterprise of this park founded on {@code founded}; returns its credit code. */
    String enterprise(LocalDate founded) {
        return enterprise(founded, park);
    }

    /** Registers an enterprise of {@code inPark} founded on {@code founded}; returns its credit code. */
    String enterprise(LocalDate founded, long inPark) {
        var body = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String credit = CreditCode.of("91", "330110", body.toString()).value();
        registry.register(
                ADMIN,
                new EnterpriseDraft(
                        credit,
                        "孵测 " + code + " " + credit.substring(10),
                        null,
                        null,
                        "I6510",
                        founded,
                        null,
                        inPark,
                        null));
        return credit;
    }

    /** States the enterprise's revenue of the year before last and of last year, 万元. */
    void revenue(String credit, int yearBeforeLast, int lastYear) {
        year(credit, "REVENUE", today.getYear() - 2, yearBeforeLast);
        year(credit, "REVENUE", today.getYear() - 1, lastYear);
    }

    /** States the enterprise's R&amp;D spending of last year, 万元. */
    void rdSpend(String credit, int lastYear) {
        year(credit, "RD_SPEND", today.getYear() - 1, lastYear);
    }

    private void year(String credit, String kind, int year, int value) {
        registry.state(
                ADMIN,
                credit,
                new FactStatement(
                        kind,
                        BigDecimal.valueOf(value),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        FactSource.VERIFIED,
                        null));
    }
}
