package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.MultipartUploads;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.Clawback;
import org.mingyuan.platform.fulfillment.ClawbackDesk;
import org.mingyuan.platform.fulfillment.ClawbackDesk.ClawbackOrder;
import org.mingyuan.platform.fulfillment.ClawbackDesk.RecoveryOrder;
import org.mingyuan.platform.fulfillment.Payout;
import org.mingyuan.platform.fulfillment.PayoutBatch;
import org.mingyuan.platform.fulfillment.PayoutBatches;
import org.mingyuan.platform.fulfillment.PayoutBatches.BatchOrder;
import org.mingyuan.platform.fulfillment.PayoutDesk;
import org.mingyuan.platform.fulfillment.PayoutDesk.PayoutOrder;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Payouts and claw-backs: finance's queue of payable cases, the payout of one case, batches exported to XLSX for the
 * treasury and imported back with voucher numbers (all or nothing: 422 naming every bad row and column), and the
 * claw-backs of paid awards with their recoveries. Anyone but finance (for claw-backs, finance or reviewers) of the
 * case's department is refused with 403 and nothing changes.
 */
@RestController
@Tag(name = "Payouts", description = "拨付与追回 Payouts and claw-backs")
class PayoutApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PayoutDesk desk;
    private final PayoutBatches batches;
    private final ClawbackDesk clawbacks;
    private final Callers callers;

    PayoutApi(PayoutDesk desk, PayoutBatches batches, ClawbackDesk clawbacks, Callers callers) {
        this.desk = desk;
        this.batches = batches;
        this.clawbacks = clawbacks;
        this.callers = callers;
    }

    @GetMapping("/api/v1/payouts/payable")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary = "The cases of the caller's departments that may be paid today (approved, public notice over,"
                    + " every objection answered), oldest first")
    List<ReviewCase> payable(
            Principal principal,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return desk.payable(callers.of(principal), page, size);
    }

    @PostMapping("/api/v1/cases/{id}/payout")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary = "Record the payout of a payable case: amount (left out: the approved amount), day paid, voucher"
                    + " number; the case becomes paid, once")
    ReviewCase pay(Principal principal, @PathVariable long id, @RequestBody PayoutOrder order) {
        return desk.pay(callers.of(principal), id, order);
    }

    @GetMapping("/api/v1/cases/{id}/payout")
    @Operation(summary = "The payout of a paid case")
    Payout payout(Principal principal, @PathVariable long id) {
        return desk.payout(callers.of(principal), id).orElseThrow(() -> new NotFound("payout", id));
    }

    @PostMapping("/api/v1/payouts/batches")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary = "Create a batch of payable cases of one department (left out: every payable case of the"
                    + " department in no batch not yet imported)")
    ResponseEntity<PayoutBatch> createBatch(Principal principal, @RequestBody BatchOrder order) {
        PayoutBatch batch = batches.create(callers.of(principal), order);
        return ResponseEntity.created(URI.create("/api/v1/payouts/batches/" + batch.id()))
                .body(batch);
    }

    @GetMapping("/api/v1/payouts/batches")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "The batches of the caller's departments, newest first")
    List<PayoutBatch> listBatches(Principal principal) {
        return batches.list(callers.of(principal));
    }

    @GetMapping("/api/v1/payouts/batches/{id}")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "One batch with its cases")
    PayoutBatch batch(Principal principal, @PathVariable long id) {
        return batches.get(callers.of(principal), id);
    }

    @GetMapping("/api/v1/payouts/batches/{id}.xlsx")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary = "The batch as XLSX for the treasury: a row per case, with empty columns for the amount paid (if"
                    + " less than approved), the voucher number and the day paid")
    ResponseEntity<StreamingResponseBody> download(Principal principal, @PathVariable long id) {
        return xlsx(batches, callers.of(principal), id);
    }

    @PostMapping("/api/v1/payouts/batches/{id}/import")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary = "Import the filled XLSX of a batch (part `file`): pays every row's case, or answers 422 naming"
                    + " every bad row and column and writes nothing",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = BatchUpload.class))))
    PayoutBatch importBatch(Principal principal, @PathVariable long id, HttpServletRequest request) throws IOException {
        MultipartFile file = MultipartUploads.required(request, "file");
        try (InputStream content = file.getInputStream()) {
            return batches.importFile(callers.of(principal), id, content);
        }
    }

    /** The multipart body of an import: the filled file. */
    record BatchUpload(
            @Schema(type = "string", format = "binary") String file) {}

    @GetMapping("/api/v1/cases/{id}/clawbacks")
    @Operation(summary = "The claw-backs of a case with their recoveries")
    List<Clawback> clawbacks(Principal principal, @PathVariable long id) {
        return clawbacks.ofCase(callers.of(principal), id);
    }

    @PostMapping("/api/v1/cases/{id}/clawbacks")
    @PreAuthorize("hasAnyRole('FINANCE', 'REVIEWER')")
    @Operation(
            summary =
                    "Record a claw-back of a paid case: reason (LEFT_PARK, INELIGIBLE, COMMITMENT, OTHER), note, amount"
                            + " owed (no more than paid less earlier claw-backs)")
    ResponseEntity<Clawback> clawBack(Principal principal, @PathVariable long id, @RequestBody ClawbackOrder order) {
        Clawback clawback = clawbacks.record(callers.of(principal), id, order);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/clawbacks"))
                .body(clawback);
    }

    @PostMapping("/api/v1/clawbacks/{id}/recoveries")
    @PreAuthorize("hasAnyRole('FINANCE', 'REVIEWER')")
    @Operation(summary = "Record money that came back for a claw-back: amount (no more than still owed), day, voucher")
    Clawback recover(Principal principal, @PathVariable long id, @RequestBody RecoveryOrder order) {
        return clawbacks.recover(callers.of(principal), id, order);
    }

    /** The batch's file, named after it. */
    static ResponseEntity<StreamingResponseBody> xlsx(PayoutBatches batches, Caller caller, long id) {
        var rows = batches.rows(caller, id);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("拨付批次-" + id + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out -> batches.write(rows, out));
    }
}
