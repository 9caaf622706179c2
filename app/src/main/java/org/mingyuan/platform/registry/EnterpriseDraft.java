package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to register or edit an enterprise; checked by the registry before anything is
 * stored. Money in 万元.
 *
 * @param divisionCode registered address's division code; defaults to the one in the credit code
 * @param parkId the park it occupies space in; null for none
 */
public record EnterpriseDraft(
        @Nullable String creditCode,
        @Nullable String name,
        @Nullable String address,
        @Nullable String divisionCode,
        @Nullable String industryCode,
        @Nullable LocalDate foundedOn,
        @Nullable BigDecimal registeredCapital,
        @Nullable Long parkId,
        @Nullable String chainSegment) {}
