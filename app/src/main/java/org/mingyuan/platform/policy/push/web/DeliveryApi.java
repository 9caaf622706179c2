package org.mingyuan.platform.policy.push.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.policy.push.DeliveryStatistics;
import org.mingyuan.platform.policy.push.DeliveryStatistics.ClauseDeliveries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How a clause's notifications were delivered, for policy officers, administrators and supervisors. */
@RestController
@Tag(name = "Deliveries", description = "条款送达统计 Clause delivery statistics")
class DeliveryApi {

    /** Longest clause id stored. */
    static final int CLAUSE_ID_LENGTH = 100;

    private final DeliveryStatistics statistics;

    DeliveryApi(DeliveryStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/clauses/{clauseId}/deliveries")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'SUPERVISOR')")
    @Operation(
            summary = "Per version: enterprises pushed, near misses told, read, e-mailed, applied",
            description = "applied is absent (shown as —) while no application has been recorded on the platform")
    ClauseDeliveries deliveries(@PathVariable String clauseId) {
        return statistics.of(checked(clauseId));
    }

    static String checked(String clauseId) {
        if (clauseId.isBlank() || clauseId.length() > CLAUSE_ID_LENGTH) {
            throw new InvalidRequest("clauseId", "push.clauseId.malformed", CLAUSE_ID_LENGTH);
        }
        return clauseId;
    }
}
