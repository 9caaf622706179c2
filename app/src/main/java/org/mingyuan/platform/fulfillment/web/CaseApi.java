package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.ApplicationDraft.MaterialChoice;
import org.mingyuan.platform.fulfillment.CaseDesk;
import org.mingyuan.platform.fulfillment.CaseDetail;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.Explained;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases: reading one with its timeline, an enterprise's cases, the reviewer's queue, and the actions of a stage
 * (approve, reject, return for material) and of the enterprise (resubmit). Acting on a stage the caller does not act
 * on is a 403 that changes nothing.
 */
@RestController
@Tag(name = "Cases", description = "办件与审核 Cases and their review")
class CaseApi {

    private final CaseDesk desk;
    private final Callers callers;

    CaseApi(CaseDesk desk, Callers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    /**
     * An approval.
     *
     * @param amount CNY; when left out, the amount proposed at the stage before, or else what the clause computed
     */
    record Approval(@Nullable BigDecimal amount, @Nullable String note) {}

    /**
     * A rejection.
     *
     * @param condition the position (from 0) of the condition cited among the explanation's top-level conditions
     */
    record Rejection(@Nullable Integer condition, @Nullable String note) {}

    /** A return for more material, saying what is missing. */
    record Return(@Nullable String note) {}

    /** More material for a returned case. */
    record Resubmission(@Nullable String note, @Nullable List<MaterialChoice> materials) {}

    @GetMapping("/api/v1/cases/{id}")
    @Operation(
            summary = "A case with its stages, materials and timeline (who, when, stage, due date, outcome, receipt)")
    CaseDetail one(Principal principal, @PathVariable long id) {
        return desk.detail(callers.of(principal), id);
    }

    @GetMapping("/api/v1/enterprises/{creditCode}/cases")
    @Operation(summary = "The enterprise's cases, newest first")
    List<ReviewCase> ofEnterprise(Principal principal, @PathVariable String creditCode) {
        return desk.ofEnterprise(callers.of(principal), creditCode);
    }

    @GetMapping("/api/v1/review/queue")
    @Operation(summary = "The cases waiting on the caller's stages (its park, its departments), the soonest due first")
    List<ReviewCase> queue(
            Principal principal,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return desk.queue(callers.of(principal), page, size);
    }

    @GetMapping("/api/v1/cases/{id}/explanation")
    @Operation(
            summary = "The rules engine's explanation of the case's clause for its enterprise today; a rejection cites"
                    + " one of its top-level conditions by position")
    Explained explanation(Principal principal, @PathVariable long id) {
        return desk.explanation(callers.of(principal), id).orElseThrow(() -> new NotFound("explanation", id));
    }

    @PostMapping("/api/v1/cases/{id}/approve")
    @Operation(
            summary = "Approve the current stage; the last stage's approval reserves the amount against the clause's"
                    + " budget (409 naming the budget when it cannot)")
    ReviewCase approve(Principal principal, @PathVariable long id, @RequestBody Approval approval) {
        return desk.approve(callers.of(principal), id, approval.amount(), approval.note());
    }

    @PostMapping("/api/v1/cases/{id}/reject")
    @Operation(summary = "Reject the case, citing a condition of the explanation and saying why")
    ReviewCase reject(Principal principal, @PathVariable long id, @RequestBody Rejection rejection) {
        return desk.reject(callers.of(principal), id, rejection.condition(), rejection.note());
    }

    @PostMapping("/api/v1/cases/{id}/return")
    @Operation(summary = "Return the case to the enterprise for more material")
    ReviewCase giveBack(Principal principal, @PathVariable long id, @RequestBody Return back) {
        return desk.returnForMaterial(callers.of(principal), id, back.note());
    }

    @PostMapping("/api/v1/cases/{id}/resubmit")
    @Operation(summary = "Hand in more material for a returned case (the enterprise); its stage begins again")
    ReviewCase resubmit(Principal principal, @PathVariable long id, @RequestBody Resubmission resubmission) {
        return desk.resubmit(callers.of(principal), id, resubmission.note(), resubmission.materials());
    }
}
