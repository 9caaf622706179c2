package org.mingyuan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingyuan.platform.audit.internal.AuditAction;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditQuery;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.Accounts;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.internal.Parks;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the same Flyway migrations and the same repository code on a new embedded H2 database and
 * on a new schema of a real PostgreSQL server, and checks that both store and return the same data.
 *
 * <p>PostgreSQL is found at {@code MINGYUAN_TEST_POSTGRES_URL} (default: the local server's
 * {@code postgres} database); without a server the PostgreSQL case is skipped, except under CI,
 * where it fails.
 */
class DatabaseCompatibilityTests {

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

    @ParameterizedTest
    @MethodSource("databases")
    void migrationsAndRepositoriesWorkTheSame(String database) throws Exception {
        try (var context = repositoriesOn((fresh = FreshDatabase.of(database, "compat")).dataSource())) {
            var parks = context.getBean(Parks.class);
            var accounts = context.getBean(Accounts.class);
            var audit = context.getBean(AuditTrail.class);
            var transaction = context.getBean(TransactionTemplate.class);

            List<Park> seed = demoParks();
            transaction.executeWithoutResult(status -> seed.forEach(parks::insert));
            List<Park> stored = parks.all();
            assertThat(stored).hasSize(seed.size());
            for (Park expected : seed) {
                Park actual = stored.stream()
                        .filter(p -> p.code().equals(expected.code()))
                        .findFirst()
                        .orElseThrow();
                assertThat(parks.byId(actual.id())).contains(actual);
                assertThat(actual)
                        .usingRecursiveComparison()
                        .ignoringFields("id")
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(expected);
            }

            long id = accounts.create("compat", "兼容性 ✓", "{noop}x", true, Set.of(Role.ADMIN, Role.FINANCE));
            assertThat(accounts.byUsername("compat").orElseThrow().roles())
                    .containsExactlyInAnyOrder(Role.ADMIN, Role.FINANCE);
            assertThat(accounts.countFailure("compat")).isEqualTo(1);
            assertThat(accounts.countFailure("compat")).isEqualTo(2);
            Instant until = Instant.parse("2030-01-01T00:00:00Z");
            accounts.lock("compat", until);
            var locked = accounts.byUsername("compat").orElseThrow();
            assertThat(locked.lockedUntil()).isEqualTo(until);
            assertThat(locked.failedLogins()).isZero();
            accounts.clearFailures("compat");
            assertThat(accounts.byUsername("compat").orElseThrow().lockedUntil())
                    .isNull();
            assertThat(accounts.anyEnabledWith(Role.FINANCE)).isTrue();
            assertThat(accounts.disableDemoAccounts()).isEqualTo(1);
            assertThat(accounts.anyEnabledWith(Role.FINANCE)).isFalse();
            accounts.replaceRoles(id, Set.of(Role.SUPERVISOR));
            assertThat(accounts.all())
                    .singleElement()
                    .satisfies(a -> assertThat(a.roles()).containsExactly(Role.SUPERVISOR));

            audit.record("compat", AuditAction.LOGIN, null, "FAILURE", "审计 ✓", "::1");
            audit.record("compat", AuditAction.LOGIN, "t", "SUCCESS", null, null);
            audit.record("other", AuditAction.ACCOUNT_CREATED, "compat", "SUCCESS", null, null);
            var page = audit.page(new AuditQuery("compat", null, null, null), null, 10);
            assertThat(page).extracting(AuditTrail.AuditEvent::outcome).containsExactly("SUCCESS", "FAILURE");
            assertThat(audit.page(new AuditQuery(null, AuditAction.ACCOUNT_CREATED, null, null), null, 10))
                    .extracting(AuditTrail.AuditEvent::actor)
                    .containsExactly("other");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(audit.page(new AuditQuery(null, null, today, today), null, 10))
                    .hasSize(3);
            assertThat(audit.page(new AuditQuery(null, null, today.plusDays(1), null), null, 10))
                    .isEmpty();
            assertThat(audit.page(new AuditQuery(null, null, null, today.minusDays(1)), null, 10))
                    .isEmpty();
            assertThat(audit.page(
                            new AuditQuery("compat", null, null, null),
                            page.get(0).id(),
                            10))
                    .singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("审计 ✓"));
        }
    }

    private static AnnotationConfigApplicationContext repositoriesOn(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(
                TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        context.registerBean(Parks.class);
        context.registerBean(Accounts.class);
        context.registerBean(AuditTrail.class);
        context.refresh();
        return context;
    }

    private static List<Park> demoParks() throws Exception {
        try (InputStream in = new ClassPathResource("demo/parks.json").getInputStream()) {
            return JsonMapper.builder().findAndAddModules().build().readValue(in, new TypeReference<List<Park>>() {});
        }
    }
}
