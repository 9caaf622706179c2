package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A financing round (融资) of an enterprise, or a fund investment in it. Money in 万元.
 *
 * @param incubatorId the incubator whose own fund invested (自有资金); null for any other investor
 */
public record FinancingRound(
        long id,
        long enterpriseId,
        String creditCode,
        String enterpriseName,
        String investor,
        BigDecimal amount,
        LocalDate closedOn,
        FinancingStage stage,
        @Nullable Long incubatorId) {}
