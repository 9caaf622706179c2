package org.mingyuan.platform.registry;

import org.jspecify.annotations.Nullable;

/**
 * Filters of an enterprise list; null or blank filters are not applied.
 *
 * @param text part of the name or of the credit code
 * @param parkId only enterprises in this park
 * @param chainSegment only this segment's code
 * @param sizeClass only this derived size class
 * @param certification only enterprises holding a certification of this type
 * @param enterpriseId only this enterprise (how an enterprise user's lists are scoped)
 * @param page zero-based page number
 * @param size rows per page, 1 to 500
 */
public record EnterpriseQuery(
        @Nullable String text,
        @Nullable Long parkId,
        @Nullable String chainSegment,
        @Nullable SizeClass sizeClass,
        @Nullable String certification,
        @Nullable Long enterpriseId,
        int page,
        int size) {

    /** The most rows one page may have. */
    public static final int MAX_SIZE = 500;

    /** The same filters restricted to one park. */
    public EnterpriseQuery inPark(long park) {
        return new EnterpriseQuery(text, park, chainSegment, sizeClass, certification, enterpriseId, page, size);
    }

    /** The same filters restricted to one enterprise. */
    public EnterpriseQuery onlyEnterprise(long enterprise) {
        return new EnterpriseQuery(text, parkId, chainSegment, sizeClass, certification, enterprise, page, size);
    }
}
