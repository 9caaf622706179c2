package org.mingyuan.platform.registry.internal.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Fact;

/**
 * What the registry holds about one enterprise that clauses may read, as read in bulk: its profile row, its fact
 * statements, certifications, leases and confirmed move-ins, each already limited to what was recorded by the day
 * asked about.
 */
record Gathered(
        Profile profile, List<Fact> facts, List<Held> certifications, List<Leased> leases, List<MovedIn> moveIns) {

    /** The enterprise's row. */
    record Profile(
            long id,
            String creditCode,
            String name,
            String divisionCode,
            String industryCode,
            LocalDate foundedOn,
            @Nullable BigDecimal registeredCapital,
            @Nullable Long parkId,
            @Nullable String chainSegment) {}

    /** A certification the enterprise holds, with its validity. */
    record Held(
            String type,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate expiresOn) {

        /** Valid on {@code day}: issued by then (if known) and not expired, as {@code Certification#validOn}. */
        boolean validOn(LocalDate day) {
            return (issuedOn == null || !issuedOn.isAfter(day)) && (expiresOn == null || expiresOn.isAfter(day));
        }
    }

    /** A lease of space in park {@code parkId}, half-open [start, end), with its monthly rent in CNY if known. */
    record Leased(
            long parkId,
            BigDecimal areaM2,
            LocalDate start,
            LocalDate end,
            @Nullable BigDecimal monthlyRent) {}

    /** A confirmed move into park {@code parkId} on {@code on}. */
    record MovedIn(long parkId, LocalDate on) {}
}
