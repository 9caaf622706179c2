package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;

/** Policies and clauses for tests, each with fresh keys so tests never collide on the shared test database. */
final class PolicyFixtures {

    static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    static final Caller ENTERPRISE = new Caller("enterprise", Set.of(Role.ENTERPRISE), 1L, null);

    private PolicyFixtures() {}

    static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static PolicyContent policy(String code) {
        return new PolicyContent(
                code,
                "测试政策 " + code,
                "Test policy " + code,
                "测试区科技局",
                "Test district science bureau",
                "测科〔2026〕" + code.hashCode() % 1000 + "号",
                LocalDate.of(2026, 1, 5),
                PolicyLevel.DISTRICT,
                "https://example.org/policy",
                null,
                "支持区块链企业发展。",
                List.of("区块链", "房租补贴"),
                List.of(),
                null,
                false);
    }

    /** A revenue milestone clause: revenue of at least {@code threshold} 万元 earns 6 % of revenue, capped. */
    static ClauseContent milestone(double threshold, LocalDate from) {
        return new ClauseContent(
                "营业收入奖励",
                "Revenue award",
                "营业收入达到门槛的企业按营业收入的 6% 给予奖励。",
                "Firms whose revenue reaches the threshold receive 6 % of revenue.",
                "revenue >= " + threshold + "\n&& goodCredit",
                "revenue * 10000.0 * 0.06",
                new BigDecimal("6000000"),
                new BigDecimal("5000000000"),
                from,
                null,
                from,
                from.plusYears(1),
                ClauseMode.APPLY,
                List.of("营业执照", "审计报告"),
                List.of(new ReviewStage("园区初审", "park review", 5), new ReviewStage("部门复审", "department review", 10)),
                "测科〔2026〕1号 第三条",
                "0571-00000000",
                List.of("budget"),
                List.of(
                        new ExampleCase(
                                "达到门槛",
                                null,
                                Map.of("revenue", threshold, "goodCredit", true),
                                true,
                                BigDecimal.valueOf(threshold * 10000 * 0.06)),
                        new ExampleCase(
                                "差一点", null, Map.of("revenue", threshold - 1, "goodCredit", true), false, null)));
    }
}
