package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.registry.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enterprises, facts and published clauses for the matching tests, each with fresh keys on the shared database. */
final class MatchingFixtures {

    static final String OFFICER = ApiClient.basic("officer", "demo");
    static final Caller OFFICER_CALLER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    static final LocalDate POLICY_DAY = LocalDate.of(2026, 1, 5);

    private MatchingFixtures() {}

    static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String newCreditCode() {
        var random = new Random();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("MB");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCode.of("91", "310110", body.toString()).value();
    }

    /** Registers an enterprise outside any park, founded in 2020, and returns its credit code. */
    static String register(ApiClient api, String name) {
        return register(api, name, LocalDate.of(2020, 5, 1));
    }

    /** Registers an enterprise outside any park, founded on {@code foundedOn}, and returns its credit code. */
    static String register(ApiClient api, String name, LocalDate foundedOn) {
        String code = newCreditCode();
        var created =
                api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"%s %s","industryCode":"I6510","foundedOn":"%s","chainSegment":"baas"}""".formatted(code, name, code.substring(10), foundedOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** States a fact of the enterprise for the year 2025. */
    static void state(ApiClient api, String code, String fact, String value) {
        var stated = api.post(
                "/api/v1/enterprises/" + code + "/facts",
                OFFICER,
                "{\"name\":\"%s\",\"value\":%s,\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}"
                        .formatted(fact, value));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
    }

    /** A new policy with one clause, published; returns the published version. */
    static ClauseVersionDetail publish(PolicyDesk desk, String clauseId, ClauseContent content) {
        Policy policy = desk.create(OFFICER_CALLER, policy(key("MATCH")));
        desk.addClause(OFFICER_CALLER, policy.id(), clauseId, content);
        return desk.publish(OFFICER_CALLER, clauseId, false);
    }

    static PolicyContent policy(String code) {
        return new PolicyContent(
                code,
                "匹配测试政策 " + code,
                "Matching test policy " + code,
                "测试区科技局",
                "Test district science bureau",
                "测科〔2026〕" + Math.abs(code.hashCode() % 1000) + "号",
                POLICY_DAY,
                PolicyLevel.DISTRICT,
                "https://example.org/policy",
                null,
                "支持区块链企业发展。",
                List.of("区块链"),
                List.of(),
                null,
                false);
    }

    /**
     * A clause in force from the policy's day on, with one example that qualifies and one that does not.
     *
     * @param budget the clause's budget, CNY, or null
     */
    static ClauseContent clause(
            String title,
            String eligibility,
            String amount,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget,
            ExampleCase yes,
            ExampleCase no) {
        return new ClauseContent(
                title,
                "Test clause " + title,
                "测试条款。",
                "A test clause.",
                eligibility,
                amount,
                cap,
                budget,
                null,
                null,
                null,
                null,
                ClauseMode.APPLY,
                List.of("营业执照"),
                List.of(new ReviewStage("部门审核", "department review", 10)),
                "测科〔2026〕1号 第三条",
                "021-00000000",
                List.of("amount"),
                List.of(yes, no));
    }

    static ExampleCase example(String name, Map<String, Object> facts, boolean eligible, @Nullable String amount) {
        return new ExampleCase(name, null, facts, eligible, amount == null ? null : new BigDecimal(amount));
    }

    /** How many messages of {@code kind} about any version of the clause the enterprise has in its inbox. */
    static int messages(JdbcClient jdbc, String code, String clauseId, String kind) {
        return jdbc.sql("select count(*) from policy_inbox where credit_code = ? and clause_id = ? and kind = ?")
                .params(code, clauseId, kind)
                .query(Integer.class)
                .single();
    }

    /** Waits until {@code condition} holds, at most {@code within}; returns how long it took. */
    static Duration await(Duration within, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        long until = start + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(25);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
