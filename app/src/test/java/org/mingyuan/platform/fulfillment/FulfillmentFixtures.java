package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.material.MaterialFiles;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.fulfillment.material.MaterialUpload;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.CreditCode;
import org.springframework.core.io.ByteArrayResource;

/**
 * A world of its own for each fulfilment test on the shared database: a department with a name no other test uses,
 * its policy and clauses, an enterprise in a park with the facts the clauses read, and the accounts that act — the
 * enterprise's, the park's operator, the department's reviewer and finance, and outsiders of another department and
 * another park.
 */
public final class FulfillmentFixtures {

    public static final String OFFICER = ApiClient.basic("officer", "demo");
    public static final String ADMIN = ApiClient.basic("admin", "demo");
    public static final String PASSWORD = "Strong-pass-1";
    public static final Caller OFFICER_CALLER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);

    private FulfillmentFixtures() {}

    /** The accounts and enterprise of one test. */
    public record World(
            String department,
            long policyId,
            long parkId,
            long otherParkId,
            String creditCode,
            String enterprise,
            String operator,
            String reviewer,
            String finance,
            String outsider,
            String otherOperator) {

        public String auth(String username) {
            return ApiClient.basic(username, PASSWORD);
        }
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A new department, policy, enterprise (revenue {@code revenue} 万元, in a demo park) and its accounts. */
    public static World world(ApiClient api, PolicyDesk desk, double revenue) {
        String tag = suffix();
        String department = "测试办理局-" + tag;
        Policy policy = desk.create(OFFICER_CALLER, policy("FULFIL-" + tag, department));
        var parks = api.get("/api/v1/parks", OFFICER).json();
        long parkId = parks.get(0).get("id").asLong();
        long otherParkId = parks.get(1).get("id").asLong();
        String code = register(api, "办理测试企业 " + tag, parkId);
        state(api, code, "revenue", Double.toString(revenue));
        String lower = tag.toLowerCase(Locale.ROOT);
        String enterprise = account(api, "ent-" + lower, Role.ENTERPRISE);
        link(api, "/api/v1/enterprises/" + code + "/accounts/" + enterprise);
        String operator = account(api, "op-" + lower, Role.PARK_OPERATOR);
        link(api, "/api/v1/parks/" + parkId + "/operators/" + operator);
        String otherOperator = account(api, "op2-" + lower, Role.PARK_OPERATOR);
        link(api, "/api/v1/parks/" + otherParkId + "/operators/" + otherOperator);
        String reviewer = account(api, "rev-" + lower, Role.REVIEWER);
        departments(api, reviewer, department);
        String finance = account(api, "fin-" + lower, Role.FINANCE);
        departments(api, finance, department);
        String outsider = account(api, "out-" + lower, Role.REVIEWER);
        departments(api, outsider, "别的局-" + tag);
        return new World(
                department,
                policy.id(),
                parkId,
                otherParkId,
                code,
                enterprise,
                operator,
                reviewer,
                finance,
                outsider,
                otherOperator);
    }

    /** Publishes a clause of the world's policy and waits until the live matcher holds it; returns its id. */
    public static String clause(
            PolicyDesk desk,
            LiveMatcher live,
            World world,
            String name,
            String eligibility,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget,
            List<ReviewStage> stages)
            throws InterruptedException {
        String clauseId = "FULFIL-" + suffix() + "-" + name;
        desk.addClause(OFFICER_CALLER, world.policyId(), clauseId, content(name, eligibility, cap, budget, stages));
        desk.publish(OFFICER_CALLER, clauseId, true);
        await(() -> live.ready()
                && live.matches(world.creditCode()).qualified().stream()
                        .anyMatch(m -> m.clauseId().equals(clauseId)));
        return clauseId;
    }

    /**
     * Publishes a clause of the world's policy that its enterprise misses, and waits until the live matcher can explain
     * it; returns its id.
     */
    public static String missed(PolicyDesk desk, LiveMatcher live, World world, String eligibility)
            throws InterruptedException {
        String clauseId = "FULFIL-" + suffix() + "-MISSED";
        desk.addClause(
                OFFICER_CALLER,
                world.policyId(),
                clauseId,
                content("MISSED", eligibility, null, null, parkDepartmentFinance()));
        desk.publish(OFFICER_CALLER, clauseId, true);
        await(() -> live.ready() && live.explain(world.creditCode(), clauseId).isPresent());
        return clauseId;
    }

    /** Park (5 working days), department (10), finance (15). */
    public static List<ReviewStage> parkDepartmentFinance() {
        return List.of(
                new ReviewStage("园区初审", "park review", 5, StageRole.PARK),
                new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT),
                new ReviewStage("财政拨付", "payment", 15, StageRole.FINANCE));
    }

    /** A clause applied for, granting 100 yuan per 万元 of revenue to firms meeting {@code eligibility}. */
    public static ClauseContent content(
            String name,
            String eligibility,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget,
            List<ReviewStage> stages) {
        return content(
                name,
                eligibility,
                cap,
                budget,
                stages,
                ClauseMode.APPLY,
                null,
                List.of(
                        new ExampleCase(
                                "营收 20000 万元",
                                null,
                                Map.of("revenue", 20000.0),
                                true,
                                cap == null ? new BigDecimal("2000000") : cap.min(new BigDecimal("2000000"))),
                        new ExampleCase("营收 1 万元", null, Map.of("revenue", 1.0), false, null)));
    }

    /**
     * Publishes a clause of the world's policy granted without application (免申即享) to firms whose revenue is
     * {@code revenue} 万元 exactly (one condition, so it has no near misses to push), 100 yuan per 万元 up to {@code cap}, in force
     * until {@code validUntil} (exclusive) when given; returns its id.
     */
    public static String granted(
            PolicyDesk desk,
            World world,
            String name,
            double revenue,
            BigDecimal cap,
            @Nullable BigDecimal budget,
            java.time.@Nullable LocalDate validUntil) {
        String clauseId = "FULFIL-" + suffix() + "-" + name;
        String eligibility = "revenue == " + revenue;
        BigDecimal amount =
                BigDecimal.valueOf(revenue).multiply(new BigDecimal(100)).min(cap);
        desk.addClause(
                OFFICER_CALLER,
                world.policyId(),
                clauseId,
                content(
                        name,
                        eligibility,
                        cap,
                        budget,
                        List.of(new ReviewStage("部门确认", "department confirmation", 10, StageRole.DEPARTMENT)),
                        ClauseMode.AUTO,
                        validUntil,
                        List.of(
                                new ExampleCase("符合", null, Map.of("revenue", revenue), true, amount),
                                new ExampleCase("营收 1 万元", null, Map.of("revenue", 1.0), false, null))));
        desk.publish(OFFICER_CALLER, clauseId, true);
        return clauseId;
    }

    /** A clause in {@code mode} granting 100 yuan per 万元 of revenue to firms meeting {@code eligibility}. */
    public static ClauseContent content(
            String name,
            String eligibility,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget,
            List<ReviewStage> stages,
            ClauseMode mode,
            java.time.@Nullable LocalDate validUntil,
            List<ExampleCase> examples) {
        return new ClauseContent(
                "办理测试条款 " + name,
                "Fulfilment test clause " + name,
                "按营业收入给予奖励。",
                "An award by revenue.",
                eligibility,
                "revenue * 100.0",
                cap,
                budget,
                null,
                validUntil,
                null,
                null,
                mode,
                List.of("营业执照", "审计报告"),
                stages,
                "测试条款",
                "021-00000000",
                List.of("amount"),
                examples);
    }

    public static PolicyContent policy(String code, String department) {
        return new PolicyContent(
                code,
                "办理测试政策 " + code,
                "Fulfilment test policy " + code,
                department,
                "Test fulfilment bureau",
                null,
                java.time.LocalDate.of(2026, 1, 5),
                PolicyLevel.DISTRICT,
                null,
                null,
                null,
                List.of("测试"),
                List.of(),
                null,
                false);
    }

    public static String register(ApiClient api, String name, long parkId) {
        var random = new Random();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("FF");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String code = CreditCode.of("91", "310110", body.toString()).value();
        var created = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"%s","industryCode":"I6510","foundedOn":"2020-05-01","parkId":%d}""".formatted(code, name, parkId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    public static void state(ApiClient api, String code, String fact, String value) {
        var stated = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"%s\",\"value\":%s,\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}"
                        .formatted(fact, value));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
    }

    public static String account(ApiClient api, String username, Role role) {
        var created = api.post("/api/v1/accounts", ADMIN, """
                {"username":"%s","displayName":"测试 %s","password":"%s","roles":["%s"]}""".formatted(username, username, PASSWORD, role.name()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    public static void link(ApiClient api, String path) {
        var linked = api.put(path, OFFICER, "");
        assertThat(linked.status()).as(linked.body()).isEqualTo(204);
    }

    public static void departments(ApiClient api, String username, String department) {
        var placed = api.put(
                "/api/v1/accounts/" + username + "/departments", ADMIN, "{\"departments\":[\"" + department + "\"]}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
    }

    /**
     * Uploads a PNG of the material type {@code typeCode} to the library of the world's enterprise, valid through
     * 2030 when {@code validity}; returns its id.
     */
    public static long upload(
            MaterialLibrary library, Callers callers, World world, String typeCode, boolean validity) {
        Caller enterprise = callers.byUsername(world.enterprise()).orElseThrow();
        return library.upload(
                        enterprise,
                        world.creditCode(),
                        new MaterialUpload(
                                typeCode,
                                validity ? "2025-01-01" : null,
                                validity ? "2030-12-31" : null,
                                typeCode.toLowerCase(Locale.ROOT) + ".png",
                                new ByteArrayResource(MaterialFiles.png())))
                .id();
    }

    /** Waits up to 30 seconds for {@code condition}. */
    public static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(50);
        }
    }

    /** The body of an application for {@code clauses}. */
    public static String application(String... clauses) {
        StringBuilder ids = new StringBuilder();
        for (String clause : clauses) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(clause).append('"');
        }
        return """
                {"clauses":[%s],"note":"请审核","contactName":"张三","contactPhone":"021-5555 0000"}""".formatted(ids);
    }
}
