package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.fulfillment.internal.Applications;
import org.mingyuan.platform.fulfillment.internal.Awards;
import org.mingyuan.platform.fulfillment.internal.Budgets;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.policy.StageRole;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clause's budget can never be over-committed: 1,000 last-stage approvals of 1,000 yuan each, released at once from
 * 32 threads against a budget of 100,000 yuan, on a new H2 database and a new PostgreSQL schema, each approval in its
 * own transaction as a reviewer's is. Exactly 100 succeed, the budget is reserved to the fen, and every refused case is
 * still in review.
 */
class BudgetRaceTests {

    static final int APPROVALS = 1000;
    static final BigDecimal EACH = new BigDecimal("1000.00");
    static final BigDecimal TOTAL = new BigDecimal("100000.00");

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
    void concurrentApprovalsNeverReserveMoreThanTheBudget(String database) throws Exception {
        fresh = FreshDatabase.of(database, "budget");
        try (var context = repositoriesOn(fresh.dataSource())) {
            var cases = context.getBean(Cases.class);
            var budgets = context.getBean(Budgets.class);
            var awards = context.getBean(Awards.class);
            var transaction = context.getBean(TransactionTemplate.class);
            String clause = "RACE-CLAUSE";
            Instant now = Instant.now();
            long application = context.getBean(Applications.class)
                    .insert(1, "91310110MA1FL0RACE", "race", null, "张三", "02100000000", "race", now, null);
            List<Long> ids = new ArrayList<>();
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < APPROVALS; i++) {
                    ids.add(cases.insert(new Cases.NewCase(
                            application,
                            1000 + i,
                            "91310110MA1FL0RACE",
                            null,
                            clause,
                            1,
                            1,
                            "竞争测试局",
                            "竞争测试",
                            "Race",
                            EACH,
                            null,
                            1,
                            StageRole.FINANCE,
                            now,
                            LocalDate.of(2026, 12, 31))));
                }
            });

            AtomicInteger approved = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (long id : ids) {
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        transaction.executeWithoutResult(status -> awards.approve(
                                id,
                                0,
                                clause,
                                TOTAL,
                                EACH,
                                Instant.now(),
                                new NoticePeriod.Period(null, null),
                                BigDecimal::toPlainString));
                        approved.incrementAndGet();
                    } catch (Conflict conflict) {
                        assertThat(conflict.field()).isEqualTo("budget");
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
            pool.shutdown();

            assertThat(approved.get()).isEqualTo(100);
            assertThat(refused.get()).isEqualTo(APPROVALS - 100);
            Budgets.Row budget = budgets.of(clause).orElseThrow();
            assertThat(budget.reserved()).isEqualByComparingTo(TOTAL);
            assertThat(budget.approvals()).isEqualTo(100);
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from fulfillment_case where state = 'APPROVED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(100);
            assertThat(jdbc.sql("select sum(approved_amount) from fulfillment_case")
                            .query(BigDecimal.class)
                            .single())
                    .isEqualByComparingTo(TOTAL);
            assertThat(jdbc.sql("select count(*) from fulfillment_case where state = 'IN_REVIEW' and revision = 0")
                            .query(Long.class)
                            .single())
                    .isEqualTo(APPROVALS - 100);
        }
    }

    private static AnnotationConfigApplicationContext repositoriesOn(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(
                TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        context.registerBean(Applications.class);
        context.registerBean(Cases.class);
        context.registerBean(Budgets.class);
        context.registerBean(Awards.class);
        context.refresh();
        return context;
    }
}
