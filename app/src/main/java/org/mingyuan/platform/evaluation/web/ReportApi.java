package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.report.CjkFontMissing;
import org.mingyuan.platform.evaluation.report.Comparison;
import org.mingyuan.platform.evaluation.report.DepartmentReport;
import org.mingyuan.platform.evaluation.report.MissingFromResult;
import org.mingyuan.platform.evaluation.report.ResultWorkbook;
import org.mingyuan.platform.evaluation.report.Scorecard;
import org.mingyuan.platform.evaluation.report.Scorecards;
import org.mingyuan.platform.evaluation.report.ShownResults;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An evaluation's reports: a park's scorecard, two parks side by side, the XLSX workbook and the department's PDF,
 * each built on the result as the caller may see it (an operator sees its own park only; others not at all).
 */
@RestController
@Tag(name = "Evaluation reports", description = "名园评价 Scorecards, comparisons, XLSX and PDF reports of results")
class ReportApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ShownResults results;
    private final DepartmentReport report;
    private final Callers callers;
    private final MessageSource messages;

    ReportApi(ShownResults results, DepartmentReport report, Callers callers, MessageSource messages) {
        this.results = results;
        this.report = report;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/api/v1/evaluation/evaluations/{evaluation}/parks/{park}/scorecard")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "A park's values, normalised scores (0–1 by min–max over the parks, 1 the best) and weights,"
                    + " with its rank, rank interval and top-k probability")
    Scorecard scorecard(Principal principal, @PathVariable long evaluation, @PathVariable long park) {
        return Scorecards.of(results.of(callers.of(principal), evaluation), park, "park");
    }

    @GetMapping("/api/v1/evaluation/evaluations/{evaluation}/compare")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Two parks side by side: every indicator's values, their difference a − b and the better park")
    Comparison compare(Principal principal, @PathVariable long evaluation, @RequestParam long a, @RequestParam long b) {
        return Scorecards.compare(results.of(callers.of(principal), evaluation), a, b);
    }

    @GetMapping({"/api/v1/evaluation/evaluations/{evaluation}/report.xlsx", "/evaluation/{evaluation}/report.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The result as XLSX: ranking with stability, matrix with sources, weights, methods")
    ResponseEntity<StreamingResponseBody> workbook(Principal principal, @PathVariable long evaluation) {
        EvaluationResult result = results.of(callers.of(principal), evaluation);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("evaluation-" + evaluation + ".xlsx"))
                .body(out -> ResultWorkbook.write(result, out));
    }

    @GetMapping({"/api/v1/evaluation/evaluations/{evaluation}/report.pdf", "/evaluation/{evaluation}/report.pdf"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The printable PDF report for the department, in the caller's language")
    ResponseEntity<byte[]> pdf(Principal principal, @PathVariable long evaluation, Locale locale) {
        byte[] pdf = report.render(results.of(callers.of(principal), evaluation), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("evaluation-" + evaluation + ".pdf"))
                .body(pdf);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing, Locale locale) {
        String field = missing instanceof MissingFromResult m ? m.field() : missing.kind();
        String kind = messages.getMessage("reports.kind." + missing.kind(), null, missing.kind(), locale);
        return problem(
                HttpStatus.NOT_FOUND,
                field,
                messages.getMessage("reports.notFound", new Object[] {kind, missing.id()}, locale));
    }

    @ExceptionHandler(CjkFontMissing.class)
    ProblemDetail fontMissing(CjkFontMissing missing, Locale locale) {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                CjkFontMissing.FIELD,
                messages.getMessage("reports.fontMissing", new Object[] {missing.reason()}, locale));
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + reason);
        problem.setProperties(Map.of("errors", List.of(Map.of("field", field, "reason", reason))));
        return problem;
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
