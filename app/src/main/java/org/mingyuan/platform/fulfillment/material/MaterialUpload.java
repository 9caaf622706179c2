package org.mingyuan.platform.fulfillment.material;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * A file handed in for the library, as the caller sent it; nothing here is trusted until the library checked it.
 *
 * @param typeCode the material type's code
 * @param validFrom first day the document is valid on, {@code yyyy-MM-dd}, or blank
 * @param validUntil last day the document is valid on (inclusive), {@code yyyy-MM-dd}, or blank
 * @param fileName the name the file came with, if any
 * @param content the file's bytes, which the library reads twice (to inspect, then to store): an uploaded part on
 *     disk or bytes in memory
 */
public record MaterialUpload(
        @Nullable String typeCode,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String fileName,
        InputStreamSource content) {}
