package org.mingyuan.platform.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators and supervisors, newest first, paged by id. */
@RestController
@Validated
@Tag(name = "Audit", description = "审计日志 Audit trail (ADMIN, SUPERVISOR)")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Operation(summary = "Audit events older than 'before' (an event id), newest first")
    List<AuditEvent> page(
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.page(before, limit);
    }
}
