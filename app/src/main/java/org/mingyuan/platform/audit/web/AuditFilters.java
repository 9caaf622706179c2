package org.mingyuan.platform.audit.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.audit.internal.AuditAction;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditQuery;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit filters of a page or API request: a user name, an action, and a range of calendar days
 * (China Standard Time, both inclusive); blank or missing parts do not filter.
 */
public record AuditFilters(
        @Nullable @Size(max = 60) String user,
        @Nullable AuditAction action,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to) {

    /** The query for these filters; a day outside 1949-10-01 to tomorrow, or a reversed range, is refused. */
    public AuditQuery query() {
        LocalDate latest = RegistryTime.today().plusDays(1);
        inRange("from", from, latest);
        inRange("to", to, latest);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequest("to", "audit.rangeReversed", from, to);
        }
        return new AuditQuery(user == null || user.isBlank() ? null : user.strip(), action, from, to);
    }

    private static void inRange(String field, @Nullable LocalDate day, LocalDate latest) {
        if (day != null && (day.isBefore(RegistryTime.EARLIEST) || day.isAfter(latest))) {
            throw new InvalidRequest(field, "audit.dateRange", RegistryTime.EARLIEST, latest);
        }
    }

    /** These filters as a query string for links ({@code ?user=...&...}), and {@code before} when given. */
    public String queryString(@Nullable Long before) {
        var uri = UriComponentsBuilder.newInstance();
        if (user != null && !user.isBlank()) {
            uri.queryParam("user", user.strip());
        }
        if (action != null) {
            uri.queryParam("action", action.name());
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (before != null) {
            uri.queryParam("before", before);
        }
        return uri.encode().build().toUriString();
    }
}
