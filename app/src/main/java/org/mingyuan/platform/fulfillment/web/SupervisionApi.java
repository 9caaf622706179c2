package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Supervision;
import org.mingyuan.platform.fulfillment.SupervisionFilter;
import org.mingyuan.platform.fulfillment.SupervisionReport;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The supervision dashboard (督查) as JSON and as an XLSX workbook, for supervisors and administrators. */
@RestController
@Tag(name = "Supervision", description = "督查 Overdue cases, fulfilment, budget use and ratings (supervisors)")
class SupervisionApi {

    private final Supervision supervision;
    private final Callers callers;

    SupervisionApi(Supervision supervision, Callers callers) {
        this.supervision = supervision;
        this.callers = callers;
    }

    @GetMapping("/api/v1/supervision")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Operation(
            summary = "Today's overdue stages and follow-ups (working days overdue), fulfilment per policy, park and"
                    + " department (paid ÷ approved by amount and count; days from application to cash: median, p90,"
                    + " mean), budget use per clause and ratings per department")
    SupervisionReport report(
            Principal principal,
            @Parameter(description = "first application day, yyyy-mm-dd, China Standard Time")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "last application day, inclusive") @RequestParam(required = false) @Nullable
                    String until,
            @Parameter(description = "issuing department, as policies name it")
                    @RequestParam(required = false)
                    @Nullable
                    String department,
            @Parameter(description = "park id") @RequestParam(required = false) @Nullable String park,
            @Parameter(description = "policy id") @RequestParam(required = false) @Nullable String policy) {
        return supervision.report(
                callers.of(principal), SupervisionFilter.parse(from, until, department, park, policy));
    }

    @GetMapping({"/api/v1/supervision/export.xlsx", "/supervision/export.xlsx"})
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Operation(summary = "Every table of the dashboard with the same filters, one XLSX sheet each")
    ResponseEntity<StreamingResponseBody> export(
            Principal principal,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String park,
            @RequestParam(required = false) @Nullable String policy) {
        return SupervisionSheets.download(supervision.report(
                callers.of(principal), SupervisionFilter.parse(from, until, department, park, policy)));
    }
}
