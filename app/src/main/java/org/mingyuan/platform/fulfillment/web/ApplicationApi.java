package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Application;
import org.mingyuan.platform.fulfillment.ApplicationDesk;
import org.mingyuan.platform.fulfillment.ApplicationDraft;
import org.mingyuan.platform.fulfillment.ApplicationOffer;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-stop applications (一次办): what an enterprise may apply for, filing one application for several clauses with an
 * idempotency key, and reading applications. Filing is for the enterprise's own accounts; reading also for officials
 * and the operator of its park.
 */
@RestController
@Tag(name = "Applications", description = "一次办申报 One-stop applications")
class ApplicationApi {

    private final ApplicationDesk desk;
    private final Callers callers;

    ApplicationApi(ApplicationDesk desk, Callers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    @GetMapping("/api/v1/enterprises/{creditCode}/applications/form")
    @Operation(
            summary =
                    "What the enterprise may apply for today: the clauses it qualifies for with their window open, the"
                            + " facts each reads as the registry holds them, and the materials they ask for")
    ApplicationOffer form(Principal principal, @PathVariable String creditCode) {
        return desk.offer(callers.of(principal), creditCode);
    }

    @PostMapping("/api/v1/enterprises/{creditCode}/applications")
    @Operation(
            summary = "File one application for one or several clauses: one case per clause. The same Idempotency-Key"
                    + " again answers 200 with the application filed first and creates nothing")
    ResponseEntity<Application> submit(
            Principal principal,
            @PathVariable String creditCode,
            @Parameter(description = "a unique key per application, e.g. a UUID; required")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String key,
            @RequestBody ApplicationDraft draft) {
        ApplicationDesk.Submitted submitted = desk.submit(callers.of(principal), creditCode, key, draft);
        Application application = submitted.application();
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/applications/" + application.id()))
                .body(application);
    }

    @GetMapping("/api/v1/enterprises/{creditCode}/applications")
    @Operation(summary = "The enterprise's applications with their cases, newest first")
    List<Application> list(Principal principal, @PathVariable String creditCode) {
        return desk.applications(callers.of(principal), creditCode);
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(summary = "One application with its cases")
    Application one(Principal principal, @PathVariable long id) {
        return desk.application(callers.of(principal), id);
    }
}
