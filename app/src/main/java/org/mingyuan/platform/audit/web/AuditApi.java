package org.mingyuan.platform.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.audit.internal.AuditSheet;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail for administrators and supervisors, filtered, newest first, paged by id. */
@RestController
@Validated
@Tag(name = "Audit", description = "审计日志 Audit trail (ADMIN, SUPERVISOR)")
class AuditApi {

    private final AuditTrail trail;
    private final AuditSheet sheet;

    AuditApi(AuditTrail trail, AuditSheet sheet) {
        this.trail = trail;
        this.sheet = sheet;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Operation(
            summary = "Audit events older than 'before' (an event id), newest first, by user, action and"
                    + " date range (calendar days in China Standard Time, both inclusive)")
    List<AuditEvent> page(
            @Valid AuditFilters filters,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.page(filters.query(), before, limit);
    }

    @GetMapping("/api/v1/audit/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Operation(summary = "The newest 100,000 audit events matching the same filters, as an XLSX sheet")
    ResponseEntity<StreamingResponseBody> export(@Valid AuditFilters filters, Locale locale) {
        var query = filters.query();
        return AuditDownload.of(out -> sheet.write(query, locale, out));
    }
}
