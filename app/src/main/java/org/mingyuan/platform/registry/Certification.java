package org.mingyuan.platform.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certification an enterprise holds, with its evidence.
 *
 * @param type code of the certification type, e.g. {@code CAC_FILING}
 * @param number the certificate or filing number, when the type has one
 * @param evidence where the evidence can be checked: a document reference or a public URL
 */
public record Certification(
        String type,
        @Nullable String number,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate expiresOn,
        @Nullable String evidence,
        FactSource source,
        Instant recordedAt,
        String recordedBy) {

    /** True when the certification is valid on {@code date}: issued by then (if known) and not expired. */
    public boolean validOn(LocalDate date) {
        return (issuedOn == null || !issuedOn.isAfter(date)) && (expiresOn == null || expiresOn.isAfter(date));
    }
}
