package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A worked example stored with a clause: an enterprise's facts and what the clause must answer for them. Every save
 * runs it through the real compiler and matcher; a failing example blocks publishing.
 *
 * @param name what the example shows, e.g. {@code 营业收入刚达门槛}
 * @param on the day it is evaluated on (validity and {@code yearsSince}); null means the first day of the clause's
 *     validity, or the policy's date when the clause is always valid
 * @param facts fact key to value as JSON gives it: numbers, true/false, {@code yyyy-MM-dd} text for dates, a list of
 *     codes for a set; a fact left out is missing
 * @param eligible whether the enterprise must be eligible
 * @param amount the amount in CNY it must receive when eligible; null when the amount is unknown (a fact missing)
 */
public record ExampleCase(
        String name,
        @Nullable LocalDate on,
        Map<String, Object> facts,
        boolean eligible,
        @Nullable BigDecimal amount) {}
