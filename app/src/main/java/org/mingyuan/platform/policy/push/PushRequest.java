package org.mingyuan.platform.policy.push;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.registry.EnterpriseId;

/**
 * One notification to deliver: an enterprise, the clause version it concerns, and why.
 *
 * @param creditCode the enterprise's credit code, for the links of its e-mail
 * @param estimatedAmount what the enterprise would receive, CNY; null when not estimated
 */
public record PushRequest(
        EnterpriseId enterprise,
        String creditCode,
        ClauseVersion clause,
        @Nullable BigDecimal estimatedAmount,
        PushKind kind) {}
