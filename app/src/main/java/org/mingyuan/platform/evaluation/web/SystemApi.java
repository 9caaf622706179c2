package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemDraft;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Indicator systems (指标体系) and their versions: read, copy into a draft, edit the draft, publish it. */
@RestController
@Tag(name = "Evaluation systems", description = "指标体系 Indicator systems and their versions")
class SystemApi {

    private final IndicatorSystems systems;
    private final Callers callers;

    SystemApi(IndicatorSystems systems, Callers callers) {
        this.systems = systems;
        this.callers = callers;
    }

    @GetMapping("/api/v1/evaluation/systems")
    @Operation(summary = "Every system version the caller may read: published ones, and drafts for officials")
    List<SystemVersion> versions(Principal principal) {
        return systems.versions(callers.of(principal));
    }

    @PostMapping("/api/v1/evaluation/systems")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a system with an empty draft version to fill and publish (officials)")
    SystemVersion create(Principal principal, @RequestBody IndicatorSystems.NewSystem system) {
        return systems.create(callers.of(principal), system);
    }

    @GetMapping("/api/v1/evaluation/systems/versions/{id}")
    @Operation(summary = "One system version with its tree of categories, indicators and rubrics")
    SystemVersion version(Principal principal, @PathVariable long id) {
        return systems.version(callers.of(principal), id);
    }

    @PostMapping("/api/v1/evaluation/systems/versions/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy a version into a new draft of its system (officials; 409 when a draft exists)")
    SystemVersion copy(Principal principal, @PathVariable long id) {
        return systems.copy(callers.of(principal), id);
    }

    @PutMapping("/api/v1/evaluation/systems/versions/{id}")
    @Operation(
            summary = "Replace a draft's tree (officials): categories with indicators, rubric levels, directions,"
                    + " sources and weights; 409 for a published, frozen version")
    SystemVersion edit(Principal principal, @PathVariable long id, @RequestBody SystemDraft draft) {
        return systems.edit(callers.of(principal), id, draft);
    }

    @PostMapping("/api/v1/evaluation/systems/versions/{id}/publish")
    @Operation(summary = "Publish a draft as its system's next version, freezing it (officials)")
    SystemVersion publish(Principal principal, @PathVariable long id) {
        return systems.publish(callers.of(principal), id);
    }
}
