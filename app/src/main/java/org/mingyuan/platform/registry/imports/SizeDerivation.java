package org.mingyuan.platform.registry.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactHistory;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.sizing.SizeClassifications;
import org.springframework.stereotype.Component;

/** Derives size classes in memory, exactly as the registry does for a single enterprise. */
@Component
class SizeDerivation {

    private final SizeClassifications sizing;

    SizeDerivation(SizeClassifications sizing) {
        this.sizing = sizing;
    }

    /** The size class from every statement known at {@code now}; null when a needed measure is missing. */
    @Nullable
    SizeClass of(String industryCode, List<Fact> statements, Instant now) {
        Map<String, Fact> known = FactHistory.knownAt(statements, now);
        return of(
                industryCode,
                value(known.get(FactKeys.STAFF)),
                value(known.get(FactKeys.REVENUE)),
                value(known.get(FactKeys.ASSETS)),
                now);
    }

    /** The size class from the three measures; null when a needed measure is missing. */
    @Nullable
    SizeClass of(
            String industryCode,
            @Nullable BigDecimal staff,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal assets,
            Instant now) {
        return sizing.classify(
                        RegistryTime.dayOf(now),
                        industryCode,
                        staff == null ? null : staff.longValue(),
                        revenue,
                        assets)
                .orElse(null);
    }

    private static @Nullable BigDecimal value(@Nullable Fact fact) {
        return fact == null ? null : fact.number();
    }
}
