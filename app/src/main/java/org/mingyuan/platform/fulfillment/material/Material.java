package org.mingyuan.platform.fulfillment.material;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One file an enterprise handed in to its library.
 *
 * @param fileName the name it came with, cleaned for display (no path, no control or invisible characters) and ending
 *     in its format's extension; still to be escaped wherever it is shown
 * @param contentType the media type detected from its bytes: {@code application/pdf}, {@code image/jpeg} or
 *     {@code image/png}
 * @param size its length in bytes
 * @param sha256 the lower-case hex SHA-256 of its bytes, which are stored once under it
 * @param validFrom first day it is valid on, or null when its type has no validity and none was given
 * @param validUntil last day it is valid on (inclusive, as printed on the document), or null likewise
 * @param supersededAt when the enterprise marked it replaced; null while it is in use
 */
public record Material(
        long id,
        long enterpriseId,
        String typeCode,
        String fileName,
        String contentType,
        long size,
        String sha256,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant supersededAt,
        @Nullable String supersededBy) {

    /** True once the enterprise marked it replaced. */
    public boolean superseded() {
        return supersededAt != null;
    }

    /** True when it is not superseded and {@code day} lies within its validity. */
    public boolean usableOn(LocalDate day) {
        return !superseded()
                && (validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || !day.isAfter(validUntil));
    }
}
