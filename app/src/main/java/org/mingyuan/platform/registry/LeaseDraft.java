package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A lease to record: an enterprise renting part or all of a unit for a half-open period
 * [{@code startOn}, {@code endOn}).
 *
 * @param monthlyRent rent per month in CNY; null when not disclosed
 */
public record LeaseDraft(
        @Nullable String creditCode,
        @Nullable Long unitId,
        @Nullable BigDecimal areaM2,
        @Nullable LocalDate startOn,
        @Nullable LocalDate endOn,
        @Nullable BigDecimal monthlyRent) {}
