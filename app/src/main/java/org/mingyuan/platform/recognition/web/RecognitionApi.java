package org.mingyuan.platform.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.recognition.Recognition;
import org.mingyuan.platform.recognition.RecognitionApplications;
import org.mingyuan.platform.recognition.RecognitionDraft;
import org.mingyuan.platform.recognition.RecognitionReviews;
import org.mingyuan.platform.recognition.RecognitionScheme;
import org.mingyuan.platform.recognition.Recognitions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Recognition of blockchain firms: schemes, applications, the district's review, the panel and revocation. */
@RestController
@Tag(name = "Recognition", description = "区块链企业认定 Recognition of blockchain firms")
class RecognitionApi {

    private final Recognitions recognitions;
    private final RecognitionApplications applications;
    private final RecognitionReviews reviews;
    private final RecognitionSheet sheet;
    private final Callers callers;

    RecognitionApi(
            Recognitions recognitions,
            RecognitionApplications applications,
            RecognitionReviews reviews,
            RecognitionSheet sheet,
            Callers callers) {
        this.recognitions = recognitions;
        this.applications = applications;
        this.reviews = reviews;
        this.sheet = sheet;
        this.callers = callers;
    }

    /** The district's review: pass to the panel, or refuse with a note. */
    record Review(boolean pass, @Nullable String note) {}

    /** An expert's opinion: agree or not, with the reason. */
    record Opinion(@Nullable Boolean agrees, @Nullable String reason) {}

    /** A note, e.g. of the official's confirmation. */
    record Note(@Nullable String note) {}

    /** Why a recognition is revoked. */
    record Revocation(@Nullable String reason) {}

    @GetMapping("/api/v1/recognition/schemes")
    @Operation(summary = "Recognition schemes with their criteria, evidence slots, validity and review deadlines")
    List<RecognitionScheme> schemes() {
        return recognitions.schemes();
    }

    @GetMapping("/api/v1/enterprises/{code}/recognitions")
    @Operation(summary = "The enterprise's applications for recognition, newest first")
    List<Recognition> ofEnterprise(Principal principal, @PathVariable String code) {
        return recognitions.ofEnterprise(callers.of(principal), code);
    }

    @PostMapping("/api/v1/enterprises/{code}/recognitions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Apply for recognition (the enterprise's own accounts): figures, CAC filing number, evidence per"
                    + " slot and the signed commitment; checked on the scheme's criteria at once, refused naming each"
                    + " failed criterion with the figures")
    Recognition apply(Principal principal, @PathVariable String code, @RequestBody RecognitionDraft draft) {
        return applications.apply(callers.of(principal), code, draft);
    }

    @GetMapping("/api/v1/recognitions")
    @Operation(
            summary = "Applications under review (officials: district and panel; experts: panel), or decided=true for"
                    + " those recognised, refused and revoked (officials)")
    List<Recognition> queue(Principal principal, @RequestParam(defaultValue = "false") boolean decided) {
        return recognitions.queue(callers.of(principal), decided);
    }

    @GetMapping("/api/v1/recognitions.xlsx")
    @Operation(
            summary = "Every recognition granted, in force or revoked, as an XLSX sheet (officials): enterprise, credit"
                    + " code, scheme, state, granted, valid until, revoked on, reason")
    ResponseEntity<StreamingResponseBody> export(Principal principal) {
        return sheet.download(callers.of(principal));
    }

    @GetMapping("/api/v1/recognitions/{id}")
    @Operation(summary = "One application with its evidence, opinions and outcome")
    Recognition one(Principal principal, @PathVariable long id) {
        return recognitions.get(callers.of(principal), id);
    }

    @PostMapping("/api/v1/recognitions/{id}/district-review")
    @Operation(summary = "The district's first review (policy officers): pass to the expert panel or refuse")
    Recognition review(Principal principal, @PathVariable long id, @RequestBody Review review) {
        return reviews.districtReview(callers.of(principal), id, review.pass(), review.note());
    }

    @PostMapping("/api/v1/recognitions/{id}/opinions")
    @Operation(summary = "An expert's opinion, once per expert (role EXPERT)")
    Recognition opinion(Principal principal, @PathVariable long id, @RequestBody Opinion opinion) {
        return reviews.opinion(callers.of(principal), id, opinion.agrees(), opinion.reason());
    }

    @PostMapping("/api/v1/recognitions/{id}/decision")
    @Operation(summary = "Confirm the panel's majority once its quorum is in (policy officers): recognise or refuse")
    Recognition decide(Principal principal, @PathVariable long id, @RequestBody Note note) {
        return reviews.decide(callers.of(principal), id, note.note());
    }

    @PostMapping("/api/v1/recognitions/{id}/revocation")
    @Operation(
            summary = "Revoke a recognition (policy officers): the certification ends today and paid awards under"
                    + " clauses requiring it are clawed back")
    Recognition revoke(Principal principal, @PathVariable long id, @RequestBody Revocation revocation) {
        return recognitions.revoke(callers.of(principal), id, revocation.reason());
    }
}
