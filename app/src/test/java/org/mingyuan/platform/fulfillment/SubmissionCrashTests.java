package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.mingyuan.platform.fulfillment.Applicants.Applicant;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.ledger.LedgerTestSupport;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills the platform (SIGKILL) in the middle of a burst of one-stop applications and restarts it on the same database:
 * every application the platform acknowledged is there whole — its case, the case's materials and its first step —
 * every step is in the ledger once, nothing anywhere is half-written, and an interrupted submission sent again with its
 * key files at most one application.
 *
 * <p>The database is the configured one: a fresh schema of the PostgreSQL server when {@code SPRING_DATASOURCE_URL} is
 * set, otherwise the embedded H2 database in a fresh home folder. The burst runs against a platform in a child JVM.
 */
class SubmissionCrashTests {

    private static final int APPLICANTS = 30;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path home;

    private @Nullable FreshDatabase postgres;
    private List<String> database = List.of();

    /** A submission the burst sent: who, for which clause, with which key. */
    private record Sent(Applicant applicant, String clause, String key) {}

    @BeforeEach
    void configuredDatabase() throws Exception {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            postgres = FreshDatabase.of("postgresql", "submitcrash");
            database = postgres.platformArguments();
        }
    }

    @AfterEach
    void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKillMidBurstLosesNoAcknowledgedApplicationAndLeavesNoneHalfWritten() throws Exception {
        List<String> clauses = new ArrayList<>();
        List<Applicant> applicants;
        try (var context = start(0)) {
            ApiClient api = api(context);
            PolicyDesk desk = context.getBean(PolicyDesk.class);
            LiveMatcher live = context.getBean(LiveMatcher.class);
            World world = FulfillmentFixtures.world(api, desk, 2500);
            List<ReviewStage> oneStage =
                    List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT));
            for (String name : List.of("A", "B", "C", "D")) {
                clauses.add(FulfillmentFixtures.clause(
                        desk, live, world, name, "revenue >= 100.0", null, new BigDecimal("100000000"), oneStage));
            }
            applicants = Applicants.register(api, world, APPLICANTS, 4);
        }

        Map<Sent, Long> acknowledged = new ConcurrentHashMap<>();
        List<Sent> sent = burstAndKill(applicants, clauses, acknowledged);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(acknowledged).as("the kill came before the burst ended").hasSizeLessThan(sent.size());

        try (var context = start(0)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            LiveMatcher live = context.getBean(LiveMatcher.class);
            FulfillmentFixtures.await(() -> live.ready()
                    && live.matches(applicants.get(0).creditCode()).qualified().size() >= clauses.size());
            acknowledged.forEach((submission, id) -> assertThat(jdbc.sql(
                                    "select count(*) from fulfillment_application a join fulfillment_case c on"
                                            + " c.application_id = a.id where a.id = ? and a.idempotency_key = ?"
                                            + " and a.credit_code = ? and c.clause_id = ?")
                            .params(id, submission.key(), submission.applicant().creditCode(), submission.clause())
                            .query(Long.class)
                            .single())
                    .as("acknowledged application %d", id)
                    .isEqualTo(1));
            assertNothingHalfWritten(jdbc);
            List<String> steps = jdbc.sql("select 'case-step:' || event_id from fulfillment_step")
                    .query(String.class)
                    .list();
            assertThat(steps).hasSizeGreaterThanOrEqualTo(acknowledged.size());
            LedgerTestSupport.awaitAppended(context, steps);
            assertThat(jdbc.sql("select count(*) from ledger_entry where event_key like 'case-step:%'")
                            .query(Long.class)
                            .single())
                    .as("each step once in the ledger")
                    .isEqualTo(steps.size());

            ApiClient api = api(context);
            for (Sent again : sent) {
                var answer = submit(api, again);
                assertThat(answer.status()).as(answer.body()).isIn(200, 201);
                Long first = acknowledged.get(again);
                if (first != null) {
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.json().get("id").asLong()).isEqualTo(first);
                }
            }
            assertThat(jdbc.sql("select count(*) from fulfillment_case")
                            .query(Long.class)
                            .single())
                    .as("one case per submission sent, whether or not its answer arrived before the kill")
                    .isEqualTo(sent.size());
            assertNothingHalfWritten(jdbc);
        }
    }

    /**
     * Sends every applicant's applications from twelve clients against a platform in a child JVM and kills it once
     * {@link #KILL_AFTER} were acknowledged; returns what was sent, acknowledged or not.
     */
    private List<Sent> burstAndKill(List<Applicant> applicants, List<String> clauses, Map<Sent, Long> acknowledged)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                Mingyuan.class.getName()));
        command.addAll(settings(port));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile())
                .start();
        List<Sent> sent = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            ApiClient api = new ApiClient(port);
            awaitServing(api, child, applicants.get(0), clauses.get(0));
            for (Applicant applicant : applicants) {
                for (String clause : clauses) {
                    Sent submission =
                            new Sent(applicant, clause, UUID.randomUUID().toString());
                    sent.add(submission);
                    clients.submit(() -> {
                        try {
                            var answer = submit(api, submission);
                            if (answer.status() == 201) {
                                acknowledged.put(
                                        submission, answer.json().get("id").asLong());
                                enough.countDown();
                            }
                        } catch (RuntimeException killed) {
                            // the platform died under this request: its answer never arrived
                        }
                    });
                }
            }
            assertThat(enough.await(120, TimeUnit.SECONDS))
                    .as("%d submissions acknowledged before the kill", KILL_AFTER)
                    .isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            clients.shutdownNow();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        }
        return sent;
    }

    /** Every application has its cases, every case its materials and exactly one submission step. */
    private static void assertNothingHalfWritten(JdbcClient jdbc) {
        assertThat(jdbc.sql("select count(*) from fulfillment_application a where not exists (select 1 from"
                                + " fulfillment_case c where c.application_id = a.id)")
                        .query(Long.class)
                        .single())
                .as("applications without a case")
                .isZero();
        assertThat(jdbc.sql("select count(*) from fulfillment_case c where (select count(*) from fulfillment_step s"
                                + " where s.case_id = c.id and s.kind = 'SUBMITTED') <> 1 or (select count(*) from"
                                + " fulfillment_case_material m where m.case_id = c.id) <> 2")
                        .query(Long.class)
                        .single())
                .as("cases without their one submission step or their two materials")
                .isZero();
    }

    private static ApiClient.Response submit(ApiClient api, Sent submission) {
        return api.post(
                "/api/v1/enterprises/" + submission.applicant().creditCode() + "/applications",
                submission.applicant().authorization(),
                FulfillmentFixtures.application(submission.clause()),
                Map.of("Idempotency-Key", submission.key()));
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(Mingyuan.class).run(settings(port).toArray(String[]::new));
    }

    private List<String> settings(int port) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--mingyuan.home=" + home,
                "--mingyuan.demo=true",
                "--mingyuan.ledger.sequence-interval=20ms"));
        settings.addAll(database);
        return settings;
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** Waits until the child serves and its live matcher holds the applicants and the clauses. */
    private static void awaitServing(ApiClient api, Process child, Applicant applicant, String clause)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            assertThat(child.isAlive())
                    .as("the platform in the child JVM is running")
                    .isTrue();
            try {
                var matches = api.get(
                        "/api/v1/enterprises/" + applicant.creditCode() + "/matches", applicant.authorization());
                if (matches.status() == 200 && matches.body().contains(clause)) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the platform in the child JVM did not serve within 180 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
