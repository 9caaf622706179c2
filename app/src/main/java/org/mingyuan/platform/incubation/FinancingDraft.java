package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to record a financing round. Money in 万元.
 *
 * @param incubatorId set when the investor is this incubator's own fund; the enterprise must have been its incubatee
 */
public record FinancingDraft(
        @Nullable String creditCode,
        @Nullable String investor,
        @Nullable BigDecimal amount,
        @Nullable LocalDate closedOn,
        @Nullable FinancingStage stage,
        @Nullable Long incubatorId) {}
