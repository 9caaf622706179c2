package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Notice;
import org.mingyuan.platform.fulfillment.NoticeBook;
import org.mingyuan.platform.fulfillment.Objection;
import org.mingyuan.platform.fulfillment.ObjectionOutcome;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public notice (公示) of approved awards: the list and lodging an objection are open to anyone without an account;
 * the objections of a case are read by those who see the case, and answered by a reviewer of its department.
 */
@RestController
@Tag(name = "Public notice", description = "公示与异议 Public notice of awards and objections")
class NoticeApi {

    private final NoticeBook book;
    private final Callers callers;

    NoticeApi(NoticeBook book, Callers callers) {
        this.book = book;
        this.callers = callers;
    }

    /**
     * An objection; the objector's name and contact are optional and never shown publicly.
     *
     * @param text what is objected to, at most 2,000 characters
     */
    record ObjectionDraft(
            @Nullable String text,
            @Nullable String name,
            @Nullable String contact) {}

    /** The department's answer to an objection. */
    record Answer(
            @Nullable ObjectionOutcome outcome, @Nullable String answer) {}

    /** What a lodged objection answers the public: which objection, and nothing of who lodged it. */
    record Lodged(long id, long caseId, java.time.Instant lodgedAt) {}

    @GetMapping("/api/v1/notices")
    @Operation(
            summary =
                    "Awards on public notice today and those whose notice ended within 30 days, newest first (anyone):"
                            + " clause, policy, enterprise, approved amount, notice days, objections, the approval's receipt")
    Page<Notice> list(
            @RequestParam(required = false) @Nullable Long policy,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return book.list(policy, department, page, size);
    }

    @PostMapping("/api/v1/notices/{caseId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Lodge an objection to an award while it is on notice (anyone); 409 naming the case once its"
                    + " notice is over")
    Lodged lodge(@PathVariable long caseId, @RequestBody ObjectionDraft draft) {
        Objection lodged = book.lodge(caseId, draft.text(), draft.name(), draft.contact());
        return new Lodged(lodged.id(), lodged.caseId(), lodged.lodgedAt());
    }

    @GetMapping("/api/v1/cases/{id}/objections")
    @Operation(summary = "The objections to a case, with who lodged them only for the reviewers who answer them")
    List<Objection> objections(Principal principal, @PathVariable long id) {
        return book.objections(callers.of(principal), id);
    }

    @PostMapping("/api/v1/cases/{id}/objections/{objectionId}/answer")
    @Operation(
            summary = "Answer an objection (a reviewer of the case's department): DISMISSED lets the award stand,"
                    + " UPHELD withdraws it and releases its budget")
    Objection answer(
            Principal principal, @PathVariable long id, @PathVariable long objectionId, @RequestBody Answer answer) {
        return book.answer(callers.of(principal), id, objectionId, answer.outcome(), answer.answer());
    }

    @GetMapping("/api/v1/review/objections")
    @Operation(summary = "The cases of the caller's departments with objections waiting for an answer (reviewers)")
    List<ReviewCase> awaiting(Principal principal) {
        return book.awaitingAnswer(callers.of(principal));
    }
}
