package org.mingyuan.platform.registry.web;

import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the enterprise list as the form sent them, and the links that keep them: paging,
 * export.
 *
 * @param q part of the name or credit code; never null, blank for none
 * @param segment chain segment code; never null, blank for none
 * @param certification certification type code; never null, blank for none
 */
record EnterpriseFilters(
        String q,
        @Nullable Long park,
        String segment,
        @Nullable SizeClass sizeClass,
        String certification) {

    /** Rows per page of the list. */
    static final int PAGE_SIZE = 25;

    /** The registry query for one page of these filters. */
    EnterpriseQuery query(int page) {
        return new EnterpriseQuery(q, park, segment, sizeClass, certification, null, Math.max(0, page), PAGE_SIZE);
    }

    /** The query string of these filters, starting with {@code ?}, or empty when none is set. */
    public String queryString() {
        return link(null);
    }

    /** The query string of these filters with a page number. */
    public String queryString(long page) {
        return link(page);
    }

    private String link(@Nullable Long page) {
        var uri = UriComponentsBuilder.newInstance();
        if (!q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        if (park != null) {
            uri.queryParam("park", park);
        }
        if (!segment.isBlank()) {
            uri.queryParam("segment", segment);
        }
        if (sizeClass != null) {
            uri.queryParam("sizeClass", sizeClass.name());
        }
        if (!certification.isBlank()) {
            uri.queryParam("certification", certification);
        }
        if (page != null) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
