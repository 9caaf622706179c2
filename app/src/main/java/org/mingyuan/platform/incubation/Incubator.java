package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incubator (孵化器) inside a park, with its space, seed fund and last year's income. Money in 万元, areas in m².
 *
 * @param incubateeAreaM2 the part of {@code areaM2} used by incubatees; never more than the whole
 * @param seedFund the incubator's own seed fund (种子资金)
 * @param incomeTotal the incubator's income of its last full year; null while not reported
 * @param incomeServices the part of {@code incomeTotal} from services other than rent; null while not reported
 */
public record Incubator(
        long id,
        long parkId,
        String name,
        BigDecimal areaM2,
        BigDecimal incubateeAreaM2,
        BigDecimal seedFund,
        @Nullable BigDecimal incomeTotal,
        @Nullable BigDecimal incomeServices,
        String createdBy,
        Instant createdAt) {}
