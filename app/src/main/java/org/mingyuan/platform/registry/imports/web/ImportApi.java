package org.mingyuan.platform.registry.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.imports.ImportJob;
import org.mingyuan.platform.registry.imports.ImportJobs;
import org.mingyuan.platform.registry.imports.ImportReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk imports as JSON: upload a CSV or XLSX file to start a job, poll its status, download the
 * report of its problems and the templates. Administrators, policy officers and park operators only.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'PARK_OPERATOR')")
@Tag(name = "Imports", description = "批量导入 Bulk import")
class ImportApi {

    private final ImportJobs jobs;
    private final ImportReport report;
    private final Callers callers;
    private final ImportDownloads downloads;

    ImportApi(ImportJobs jobs, ImportReport report, Callers callers, ImportDownloads downloads) {
        this.jobs = jobs;
        this.report = report;
        this.callers = callers;
        this.downloads = downloads;
    }

    @PostMapping("/{kind}")
    @Operation(
            summary = "Start importing a CSV or XLSX file of enterprises, facts or leases; answers 202",
            description = "The file is the part `file` of a multipart/form-data body; any other body answers 400.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = ImportUpload.class))))
    ResponseEntity<ImportStatus> start(
            Principal principal, @PathVariable String kind, HttpServletRequest request, Locale locale)
            throws IOException {
        ImportJob job = downloads.start(callers.of(principal), kind, request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(ImportStatus.of(job, report, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of an import job started by the caller")
    ImportStatus status(Principal principal, @PathVariable String id, Locale locale) {
        return ImportStatus.of(job(principal, id), report, locale);
    }

    @GetMapping("/{id}/report.xlsx")
    @Operation(summary = "Every problem of a refused import as a spreadsheet: row, column, reason")
    ResponseEntity<StreamingResponseBody> problems(Principal principal, @PathVariable String id, Locale locale) {
        return downloads.report(job(principal, id), locale);
    }

    @GetMapping("/templates/{file}")
    @Operation(summary = "The template of a kind: enterprises.xlsx, facts.csv, leases.xlsx, ...")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String file) {
        return downloads.template(file);
    }

    private ImportJob job(Principal principal, String id) {
        return jobs.find(id, principal.getName()).orElseThrow(() -> new NotFound("importJob", id));
    }
}
