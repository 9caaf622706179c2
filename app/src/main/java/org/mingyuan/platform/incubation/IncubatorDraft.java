package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to open or edit an incubator; checked as a whole before anything is stored. Money in 万元,
 * areas in m².
 */
public record IncubatorDraft(
        @Nullable Long parkId,
        @Nullable String name,
        @Nullable BigDecimal areaM2,
        @Nullable BigDecimal incubateeAreaM2,
        @Nullable BigDecimal seedFund,
        @Nullable BigDecimal incomeTotal,
        @Nullable BigDecimal incomeServices) {}
