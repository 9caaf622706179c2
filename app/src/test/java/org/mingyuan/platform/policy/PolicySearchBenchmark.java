package org.mingyuan.platform.policy;

import static org.mingyuan.platform.BenchmarkFigures.percentile;
import static org.mingyuan.platform.BenchmarkFigures.print;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.mingyuan.platform.Mingyuan;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Public policy search over 5,000 published policies (embedded H2 in a temporary home), printing
 * {@code name: value unit} lines; never a timed unit test. Publishes the policies through the policy desk (each with
 * one clause, titles and text drawn from the words of real support policies), then asks the public search API over
 * HTTP, one question after another: words alone, words with a level, tag or park, and an open window; the whole work
 * of an answer (HTTP, security, the smartcn analyzer, Lucene, the hits' policies, JSON) is timed.
 *
 * <p>The first argument overrides the number of policies, the second the number of questions.
 */
public final class PolicySearchBenchmark {

    private static final Caller ADMIN = new Caller("benchmark", Set.of(Role.ADMIN), null, null);
    private static final String[] SUBJECTS = {
        "房租补贴",
        "人才引进奖励",
        "研发投入补助",
        "营业收入奖励",
        "落户奖励",
        "上市挂牌奖励",
        "标准制定奖励",
        "应用示范项目资助",
        "重点实验室奖励",
        "行业协会奖励",
        "培训基地补助",
        "公链研发资助",
        "联盟链研发资助",
        "高新技术企业奖励",
        "专精特新企业奖励"
    };
    private static final String[] PLACES = {"黄埔", "福州", "苏州", "长沙", "杭州", "海南", "娄底", "昆明", "上海", "成都"};
    private static final String[] QUESTIONS = {"房租", "人才", "研发", "营业收入", "落户", "上市", "标准", "区块链", "补贴", "奖励"};
    private static final String[] TAGS = {"区块链", "房租补贴", "人才", "研发", "上市"};

    private PolicySearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int policies = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path home = Files.createTempDirectory("mingyuan-search-bench");
        // As arguments, not builder properties: the test classpath's application.yml would override those.
        String[] settings = {
            "--mingyuan.home=" + home,
            "--mingyuan.demo=false",
            "--mingyuan.admin-password=Benchmark-" + UUID.randomUUID(),
            "--server.port=0",
            "--logging.level.root=warn",
            "--logging.level.org.mingyuan=warn"
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Mingyuan.class).run(settings)) {
            PolicyDesk desk = app.getBean(PolicyDesk.class);
            SplittableRandom random = new SplittableRandom(7);
            long start = System.nanoTime();
            for (int i = 0; i < policies; i++) {
                publish(desk, i, random);
            }
            print("policies", policies, "policies");
            print("publish_all", (System.nanoTime() - start) / 1e9, "s");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ask(port, questions, random);
        }
        System.exit(0);
    }

    private static void publish(PolicyDesk desk, int i, SplittableRandom random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String code = "SEARCH-" + i;
        String tag = TAGS[random.nextInt(TAGS.length)];
        Policy policy = desk.create(
                ADMIN,
                new PolicyContent(
                        code,
                        place + "区块链产业扶持办法（第 " + i + " 号）",
                        "Blockchain support measures no. " + i,
                        place + "科技局",
                        place + " science bureau",
                        "测科〔2026〕" + i + "号",
                        LocalDate.of(2026, 1, 5),
                        PolicyLevel.values()[random.nextInt(PolicyLevel.values().length)],
                        "https://example.org/policy/" + i,
                        null,
                        place + "支持区块链企业发展，给予" + subject + "。",
                        List.of("区块链", tag),
                        List.of(),
                        null,
                        false));
        double threshold = 100 + random.nextInt(5_000);
        desk.addClause(
                ADMIN,
                policy.id(),
                code + "-C",
                new ClauseContent(
                        place + subject,
                        "Award " + i,
                        "营业收入达到 " + threshold + " 万元的区块链企业给予" + subject + "。",
                        "Firms whose revenue reaches the threshold receive an award.",
                        "revenue >= " + threshold,
                        "100000.0",
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        null,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026 + random.nextInt(4), 12, 31),
                        ClauseMode.APPLY,
                        List.of("营业执照"),
                        List.of(new ReviewStage("部门审核", "department review", 10)),
                        "测科〔2026〕" + i + "号",
                        "0571-00000000",
                        List.of(),
                        List.of(
                                new ExampleCase(
                                        "达到门槛", null, Map.of("revenue", threshold), true, new BigDecimal("100000")),
                                new ExampleCase("差一点", null, Map.of("revenue", threshold - 1), false, null))));
        desk.publish(ADMIN, code + "-C", true);
    }

    /** Asks the search API one question after another and prints the latency percentiles. */
    private static void ask(int port, int questions, SplittableRandom random) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long[] latencies = new long[questions];
        long hits = 0;
        for (int q = 0; q < questions + 200; q++) {
            String word = QUESTIONS[random.nextInt(QUESTIONS.length)];
            String query = "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                    + switch (random.nextInt(5)) {
                        case 0 -> "&level=" + PolicyLevel.values()[random.nextInt(PolicyLevel.values().length)];
                        case 1 ->
                            "&tag=" + URLEncoder.encode(TAGS[random.nextInt(TAGS.length)], StandardCharsets.UTF_8);
                        case 2 -> "&openOn=2027-06-01";
                        default -> "";
                    };
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/policies?" + query))
                    .header("Accept-Language", "zh-CN")
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("search answered " + answer.statusCode() + ": " + answer.body());
            }
            if (q >= 200) {
                latencies[q - 200] = took;
                hits += answer.body().split("\"code\"", -1).length - 1;
            }
        }
        Arrays.sort(latencies);
        print("questions", questions, "questions");
        print("hits_per_answer", hits / (double) questions, "policies");
        print("search_p50", percentile(latencies, 0.50), "ms");
        print("search_p99", percentile(latencies, 0.99), "ms");
        double p99 = percentile(latencies, 0.99);
        System.out.println("target_search_p99: " + String.format(Locale.ROOT, "%.2f ms <= 50 ms", p99)
                + (p99 <= 50 ? " met" : " MISSED"));
    }
}
