package org.mingyuan.platform.policy.matching;

import static org.mingyuan.platform.BenchmarkFigures.percentile;
import static org.mingyuan.platform.BenchmarkFigures.print;
import static org.mingyuan.platform.BenchmarkFigures.seconds;
import static org.mingyuan.platform.BenchmarkFigures.target;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.registry.BenchmarkRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live matcher's benchmark on PostgreSQL (a new schema of the server {@link FreshDatabase#postgres} reaches,
 * dropped afterwards), printing {@code name: value unit} lines; never a timed unit test. Run it with the heap the
 * platform is given ({@code -Xmx3g}).
 *
 * <ol>
 *   <li>Fills the database with generated enterprises (default 1,000,000) with twelve fact statements each (six kinds,
 *       two years), profile facts, a certification for every third and a lease for every second, in a few bulk
 *       statements, and an e-mail address for every enterprise.
 *   <li>Starts the platform on it again and times the start until the live matcher has built its copy
 *       ({@code matcher_start}), with the sum of the heap pools' peaks meanwhile (an upper bound: the pools peak at
 *       different moments) and the heap held once the copy is built, after a full collection.
 *   <li>Publishes twenty clauses nobody meets and then one about 5 % of the enterprises meet, and times from the
 *       publication's commit until every inbox message is written and its e-mail queued ({@code publish_push}).
 *   <li>Sends the calculator 50 concurrent clients' questions (bounded in count and time), each client asking again
 *       as soon as it is answered, and prints the rate and latency percentiles ({@code calculator_p99}); then the same
 *       clients asking on a schedule of 500 questions a second in all ({@code calculator_paced_p99}).
 * </ol>
 *
 * <p>The first argument overrides the number of enterprises.
 */
public final class MatchingBenchmark {

    private static final Caller ADMIN = new Caller("benchmark", Set.of(Role.ADMIN), null, null);
    private static final int CLIENTS = 50;
    private static final int QUESTIONS = 10_000;
    private static final Duration QUESTION_LIMIT = Duration.ofSeconds(120);
    /** The paced run's questions a second, all clients together: ten a second from each. */
    private static final int PACED_RATE = 500;

    private MatchingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path home = Files.createTempDirectory("mingyuan-matching-bench");
        try (FreshDatabase postgres = FreshDatabase.postgres("matching_bench")) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("mingyuan.home", home.toString());
            properties.put("spring.datasource.url", postgres.url());
            properties.put("spring.datasource.username", postgres.username());
            properties.put("spring.datasource.password", postgres.password());
            properties.put("mingyuan.demo", "false");
            properties.put("mingyuan.admin-password", "Benchmark-" + UUID.randomUUID());
            properties.put("server.port", "0");
            properties.put("logging.level.root", "warn");
            properties.put("logging.level.org.mingyuan", "warn");
            print("enterprises", enterprises, "enterprises");
            try (ConfigurableApplicationContext first = start(properties)) {
                long start = System.nanoTime();
                fill(first.getBean(JdbcTemplate.class), enterprises);
                print("fill", seconds(start), "s");
            }
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            try (ConfigurableApplicationContext app = start(properties)) {
                double started = seconds(start);
                LiveMatcher live = app.getBean(LiveMatcher.class);
                if (!live.awaitReady(600)) {
                    throw new IllegalStateException("the live matcher did not load within 600 s");
                }
                double ready = seconds(start);
                print("application_start", started, "s");
                print("matcher_start", ready, "s");
                print("matcher_build_after_start", ready - started, "s");
                print("matcher_enterprises", live.enterprises(), "enterprises");
                double peak = peakHeap() / 1_048_576.0;
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                double held = (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576.0;
                print("peak_heap_start", peak, "MB");
                print("heap_after_start", held, "MB");
                print("max_heap", runtime.maxMemory() / 1_048_576.0, "MB");
                target("matcher_start", ready, 60, "s");
                target("heap_after_start", held, 3072, "MB");

                publish(app, live);
                calculator(app);
            }
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(Mingyuan.class)
                .properties(properties)
                .run();
    }

    /** Publishes twenty clauses nobody meets, then one about 5 % meet, and times its pushes. */
    private static void publish(ConfigurableApplicationContext app, LiveMatcher live) throws InterruptedException {
        PolicyDesk desk = app.getBean(PolicyDesk.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Policy policy = desk.create(ADMIN, MatchingFixtures.policy("BENCH"));
        for (int i = 0; i < 20; i++) {
            String id = "BENCH-NOBODY-" + i;
            desk.addClause(
                    ADMIN,
                    policy.id(),
                    id,
                    content(
                            "revenue >= " + (1.0e9 + i)
                                    + " && staff >= 100000000 && chainSegment in ['baas', 'base-chain']",
                            "min(" + (100000.0 + i * 1000) + ", revenue * 10.0)",
                            Map.of("revenue", 2.0e9, "staff", 200000000, "chainSegment", "baas"),
                            String.valueOf(100000 + i * 1000)));
            desk.publish(ADMIN, id, false);
        }
        // revenue of 2025 is (id % 997) * 10 + 25: 50 of every 997 enterprises reach 9,495 万元
        String clauseId = "BENCH-FIVE-PERCENT";
        desk.addClause(
                ADMIN,
                policy.id(),
                clauseId,
                content("revenue >= 9495.0", "min(100000.0, revenue * 10.0)", Map.of("revenue", 9495.0), "94950"));
        Thread.sleep(2_000);
        long start = System.nanoTime();
        desk.publish(ADMIN, clauseId, false);
        long expected = -1;
        long written = 0;
        long emails = 0;
        while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            if (expected < 0 && live.current().clause(clauseId).isPresent()) {
                expected = live.current().matcher.total(clauseId).count();
            }
            written = count(jdbc, "select count(*) from policy_inbox where clause_id = ?", clauseId);
            emails = count(
                    jdbc,
                    "select count(*) from policy_mail m join policy_inbox i on i.id = m.inbox_id where i.clause_id = ?",
                    clauseId);
            if (expected >= 0 && written >= expected && emails >= expected) {
                break;
            }
            Thread.sleep(20);
        }
        double seconds = seconds(start);
        print("publish_eligible", expected, "enterprises");
        print("publish_inbox_messages", written, "messages");
        print("publish_emails_queued", emails, "e-mails");
        print("publish_push", seconds, "s");
        target("publish_push", seconds, 10, "s");
    }

    /** 50 clients ask the calculator at once; prints the latency percentiles. */
    private static void calculator(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/calculator");
        Random random = new Random(1);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            bodies.add(("{\"facts\":{\"revenue\":%d,\"staff\":%d,\"rdSpend\":%d,\"chainSegment\":\"%s\","
                            + "\"certifications\":[\"SPECIALISED_SME\"],\"foundedOn\":\"2019-03-01\"}}")
                    .formatted(
                            random.nextInt(12_000),
                            random.nextInt(500),
                            random.nextInt(800),
                            random.nextBoolean() ? "baas" : "finance"));
        }
        direct(app.getBean(Calculator.class), bodies);
        ask(http, uri, bodies, 1_000, 0); // warm-up, unmeasured
        long start = System.nanoTime();
        long[] latencies = ask(http, uri, bodies, QUESTIONS, 0);
        double seconds = seconds(start);
        Arrays.sort(latencies);
        print("calculator_clients", CLIENTS, "clients");
        print("calculator_questions", latencies.length, "questions");
        print("calculator_rate", latencies.length / seconds, "questions/s");
        print("calculator_p50", percentile(latencies, 0.50), "ms");
        print("calculator_p99", percentile(latencies, 0.99), "ms");
        print("calculator_max", latencies[latencies.length - 1] / 1e6, "ms");
        target("calculator_p99", percentile(latencies, 0.99), 20, "ms");

        // the same clients, each asking on a schedule that adds up to PACED_RATE questions a second
        long interval = CLIENTS * 1_000_000_000L / PACED_RATE;
        long[] paced = ask(http, uri, bodies, PACED_RATE * 20, interval);
        Arrays.sort(paced);
        print("calculator_paced_rate", PACED_RATE, "questions/s");
        print("calculator_paced_questions", paced.length, "questions");
        print("calculator_paced_p50", percentile(paced, 0.50), "ms");
        print("calculator_paced_p99", percentile(paced, 0.99), "ms");
        target("calculator_paced_p99", percentile(paced, 0.99), 20, "ms");
    }

    /** The calculator's own cost, without HTTP: one question after another on one thread. */
    private static void direct(Calculator calculator, List<String> bodies) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> facts = new ArrayList<>();
        for (String body : bodies) {
            facts.add(json.readTree(body).get("facts"));
        }
        for (int i = 0; i < 2_000; i++) {
            calculator.evaluate(facts.get(i % facts.size()));
        }
        long[] latencies = new long[5_000];
        for (int i = 0; i < latencies.length; i++) {
            long asked = System.nanoTime();
            calculator.evaluate(facts.get(i % facts.size()));
            latencies[i] = System.nanoTime() - asked;
        }
        Arrays.sort(latencies);
        print("calculator_engine_p50", percentile(latencies, 0.50), "ms");
        print("calculator_engine_p99", percentile(latencies, 0.99), "ms");
    }

    /**
     * {@link #CLIENTS} clients ask {@code questions} in all. With {@code interval} 0 each asks again as soon as it is
     * answered; otherwise each asks every {@code interval} nanoseconds (the clients spread over it), and a latency
     * counts from when the question was due, so a slow answer is not hidden by the questions it delayed.
     */
    private static long[] ask(HttpClient http, URI uri, List<String> bodies, int questions, long interval)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long begin = System.nanoTime() + 100_000_000L;
        long deadline = System.nanoTime() + QUESTION_LIMIT.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    long[] own = new long[questions / CLIENTS];
                    int done = 0;
                    for (; done < own.length && System.nanoTime() < deadline; done++) {
                        String body = bodies.get((client * 7919 + done) % bodies.size());
                        long asked = System.nanoTime();
                        if (interval > 0) {
                            asked = begin + client * (interval / CLIENTS) + done * interval;
                            LockSupport.parkNanos(asked - System.nanoTime());
                        }
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(uri)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        own[done] = System.nanoTime() - asked;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(
                                    "calculator answered " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return Arrays.copyOf(own, done);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            clients.shutdownNow();
        }
    }

    private static ClauseContent content(String eligibility, String amount, Map<String, Object> yes, String yesAmount) {
        return new ClauseContent(
                "基准条款",
                "Benchmark clause",
                "基准测试条款。",
                "A benchmark clause.",
                eligibility,
                amount,
                null,
                null,
                null,
                null,
                null,
                null,
                ClauseMode.APPLY,
                List.of("营业执照"),
                List.of(new ReviewStage("部门审核", "department review", 10)),
                "基准",
                "000",
                List.of("amount"),
                List.of(
                        new ExampleCase("符合", null, yes, true, new BigDecimal(yesAmount)),
                        new ExampleCase("不符合", null, Map.of(), false, null)));
    }

    /** The benchmark registry, every enterprise with an e-mail address for its pushes. */
    private static void fill(JdbcTemplate jdbc, int n) {
        BenchmarkRegistry.fill(jdbc, n);
        jdbc.update("insert into policy_notification_setting (enterprise_id, email, email_enabled, updated_at,"
                + " updated_by) select id, 'firm' || id || '@bench.example', true, now(), 'bench' from enterprise");
    }

    private static long count(JdbcTemplate jdbc, String sql, String clauseId) {
        Long count = jdbc.queryForObject(sql, Long.class, clauseId);
        return count == null ? 0 : count;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
