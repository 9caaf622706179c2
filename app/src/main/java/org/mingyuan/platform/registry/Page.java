package org.mingyuan.platform.registry;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total rows over all pages
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Number of pages, at least one. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
