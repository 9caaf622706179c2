package org.mingyuan.platform.fulfillment;

import static org.mingyuan.platform.BenchmarkFigures.atLeast;
import static org.mingyuan.platform.BenchmarkFigures.percentile;
import static org.mingyuan.platform.BenchmarkFigures.print;
import static org.mingyuan.platform.BenchmarkFigures.seconds;
import static org.mingyuan.platform.BenchmarkFigures.target;

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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
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
 * One-stop applications through the HTTP API against PostgreSQL: {@value #CLIENTS} clients, each the enterprises of
 * its own, file applications for two clauses each as fast as they are answered (every submission authenticated by the
 * enterprise's bearer token, checked against the live matcher, written whole — application, cases, materials, steps,
 * inbox messages, e-mails, ledger events — in one transaction). Prints the rate and the latency percentiles, then how
 * long until every step of every application is in the ledger. For comparison the same clients first ask {@code GET
 * /api/v1/me}: HTTP and token checking without any work.
 *
 * <p>Run with {@code MINGYUAN_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD} as for the tests; the argument is
 * the number of enterprises (default 750, four applications each).
 */
public final class SubmissionBenchmark {

    private static final int CLIENTS = 50;
    private static final int CLAUSES = 8;
    private static final Duration LIMIT = Duration.ofSeconds(300);

    private SubmissionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 750;
        Path home = Files.createTempDirectory("mingyuan-submission-bench");
        try (FreshDatabase postgres = FreshDatabase.postgres("submission_bench");
                ConfigurableApplicationContext app =
                        new SpringApplicationBuilder(Mingyuan.class).run(settings(home, postgres))) {
            ApiClient api = new ApiClient(
                    ((WebServerApplicationContext) app).getWebServer().getPort());
            LiveMatcher live = app.getBean(LiveMatcher.class);
            FulfillmentFixtures.await(live::ready);
            World world = FulfillmentFixtures.world(api, app.getBean(PolicyDesk.class), 2500);
            List<String> clauses = new ArrayList<>();
            for (int i = 0; i < CLAUSES; i++) {
                clauses.add(FulfillmentFixtures.clause(
                        app.getBean(PolicyDesk.class),
                        live,
                        world,
                        "B" + i,
                        "revenue >= 100.0",
                        new BigDecimal("500000"),
                        new BigDecimal("100000000000"),
                        List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT))));
            }
            long setUp = System.nanoTime();
            List<Applicant> applicants = Applicants.register(api, world, enterprises, 8);
            FulfillmentFixtures.await(() ->
                    live.matches(applicants.get(applicants.size() - 1).creditCode())
                                    .qualified()
                                    .size()
                            >= CLAUSES);
            print("enterprises", enterprises, "enterprises");
            print("set_up", seconds(setUp), "s");

            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            long floorStart = System.nanoTime();
            long[] floor = run(
                    applicants,
                    a -> List.of(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                            .header("Authorization", a.authorization())
                            .GET()
                            .build()),
                    http,
                    200);
            report("http_floor", floor, seconds(floorStart));

            long start = System.nanoTime();
            long[] latencies = run(applicants, a -> applications(base, a, clauses), http, 201);
            double took = seconds(start);
            report("submission", latencies, took);
            atLeast("submission_rate", latencies.length / took, 300, "submissions/s");
            target("submission_p99", percentile(latencies, 0.99), 250, "ms");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> steps = jdbc.sql("select 'case-step:' || s.event_id from fulfillment_step s join"
                            + " fulfillment_case c on c.id = s.case_id where c.department = ?")
                    .param(world.department())
                    .query(String.class)
                    .list();
            long caughtUp = System.nanoTime();
            LedgerTestSupport.awaitAppended(app, steps);
            print("ledger_entries", steps.size(), "entries");
            print("ledger_after_burst", seconds(caughtUp), "s");
            print("ledger_from_first_submission", seconds(start), "s");
        }
        System.exit(0);
    }

    private static String[] settings(Path home, FreshDatabase postgres) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--mingyuan.home=" + home,
                "--mingyuan.demo=true",
                "--logging.level.root=warn",
                "--logging.level.org.mingyuan=warn"));
        settings.addAll(postgres.platformArguments());
        return settings.toArray(String[]::new);
    }

    /** An application for each pair of clauses, with a key of its own. */
    private static List<HttpRequest> applications(String base, Applicant applicant, List<String> clauses) {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i + 1 < clauses.size(); i += 2) {
            requests.add(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/enterprises/" + applicant.creditCode() + "/applications"))
                    .header("Authorization", applicant.authorization())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            FulfillmentFixtures.application(clauses.get(i), clauses.get(i + 1))))
                    .build());
        }
        return requests;
    }

    /**
     * The clients send, one after another, the requests {@code of} makes for each of their applicants (client c has
     * applicants c, c + 50, …); returns every latency in nanoseconds, from sending to the whole answer.
     */
    private static long[] run(
            List<Applicant> applicants, Function<Applicant, List<HttpRequest>> of, HttpClient http, int expected)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<HttpRequest> requests = new ArrayList<>();
                for (int a = c; a < applicants.size(); a += CLIENTS) {
                    requests.addAll(of.apply(applicants.get(a)));
                }
                results.add(clients.submit(() -> {
                    long[] own = new long[requests.size()];
                    for (int i = 0; i < own.length; i++) {
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("not done within " + LIMIT);
                        }
                        long sent = System.nanoTime();
                        HttpResponse<String> answer = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                        own[i] = System.nanoTime() - sent;
                        if (answer.statusCode() != expected) {
                            throw new IllegalStateException("answered " + answer.statusCode() + ": " + answer.body());
                        }
                    }
                    return own;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(latencies);
            return latencies;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void report(String name, long[] sorted, double seconds) {
        print(name + "_requests", sorted.length, "requests");
        print(name + "_rate", sorted.length / seconds, "requests/s");
        print(name + "_p50", percentile(sorted, 0.50), "ms");
        print(name + "_p99", percentile(sorted, 0.99), "ms");
        print(name + "_max", sorted[sorted.length - 1] / 1e6, "ms");
    }
}
