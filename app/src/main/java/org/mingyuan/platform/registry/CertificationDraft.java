package org.mingyuan.platform.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certification a caller records for an enterprise.
 *
 * @param type certification type code, e.g. {@code HIGH_TECH}
 * @param evidence where the evidence can be checked: a document reference or a public URL
 * @param source defaults to {@link FactSource#DECLARED}; only departments may record VERIFIED
 */
public record CertificationDraft(
        @Nullable String type,
        @Nullable String number,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate expiresOn,
        @Nullable String evidence,
        @Nullable FactSource source) {}
