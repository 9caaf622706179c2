package org.mingyuan.platform.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.SimulationReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Simulation before publishing (policy officers, administrators, supervisors): what a draft would do on the live
 * registry today. Drafts are never matched for anyone nor pushed.
 */
@RestController
@Tag(name = "Simulation", description = "发布前模拟测算 Simulation before publishing")
class SimulationApi {

    private final PolicySimulations simulations;
    private final Callers callers;

    SimulationApi(PolicySimulations simulations, Callers callers) {
        this.simulations = simulations;
        this.callers = callers;
    }

    @GetMapping("/api/v1/policies/{id}/simulation")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'SUPERVISOR')")
    @Operation(
            summary = "Simulate the policy's drafts (or one clause's) on the live registry: who qualifies, the total"
                    + " against the budget, breakdowns by park, size class and chain segment, near misses per"
                    + " condition, and who gains or loses against the version in force")
    List<SimulationReport> drafts(
            Principal principal,
            @PathVariable long id,
            @Parameter(description = "one clause of the policy; all its drafts when left out")
                    @RequestParam(required = false)
                    @Nullable
                    String clause) {
        return simulations.drafts(callers.of(principal), id, clause);
    }

    @PostMapping("/api/v1/policies/{id}/simulation")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Simulate text not saved yet as a version of one of the policy's clauses (new or existing)")
    SimulationReport text(
            Principal principal, @PathVariable long id, @RequestBody PolicySimulations.SimulationText text) {
        return simulations.text(callers.of(principal), id, text);
    }
}
