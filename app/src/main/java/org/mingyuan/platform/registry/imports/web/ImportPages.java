package org.mingyuan.platform.registry.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.imports.ImportJob;
import org.mingyuan.platform.registry.imports.ImportJobs;
import org.mingyuan.platform.registry.imports.ImportKind;
import org.mingyuan.platform.registry.imports.ImportLimits;
import org.mingyuan.platform.registry.imports.ImportOutcome.Rejected;
import org.mingyuan.platform.registry.imports.ImportReport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The import pages: the upload form with the column specification, the valid park and chain-segment
 * codes (from the registry's catalogue) and templates, and a job's page,
 * whose progress fragment htmx polls every half second until the job is finished.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'PARK_OPERATOR')")
class ImportPages {

    private final ImportJobs jobs;
    private final ImportReport report;
    private final Callers callers;
    private final ImportDownloads downloads;
    private final ImportLimits limits;
    private final ParkCatalog parks;
    private final ChainTaxonomy taxonomy;

    ImportPages(
            ImportJobs jobs,
            ImportReport report,
            Callers callers,
            ImportDownloads downloads,
            ImportLimits limits,
            ParkCatalog parks,
            ChainTaxonomy taxonomy) {
        this.jobs = jobs;
        this.report = report;
        this.callers = callers;
        this.downloads = downloads;
        this.limits = limits;
        this.parks = parks;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String form(Principal principal, Model model) {
        model.addAttribute("kinds", Arrays.asList(ImportKind.values()));
        model.addAttribute("jobs", jobs.of(principal.getName()));
        model.addAttribute("limits", limits);
        model.addAttribute("parks", parks.all());
        model.addAttribute("segments", taxonomy.all());
        return "imports/form";
    }

    @PostMapping
    String upload(Principal principal, @RequestParam String kind, HttpServletRequest request) throws IOException {
        ImportJob job = downloads.start(callers.of(principal), kind, request);
        return "redirect:/imports/" + job.id();
    }

    @GetMapping("/{id}")
    String job(Principal principal, @PathVariable String id, Locale locale, Model model) {
        describe(job(principal, id), locale, model);
        return "imports/job";
    }

    @GetMapping("/{id}/progress")
    String progress(Principal principal, @PathVariable String id, Locale locale, Model model) {
        describe(job(principal, id), locale, model);
        return "imports/job :: progress";
    }

    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<StreamingResponseBody> problems(Principal principal, @PathVariable String id, Locale locale) {
        return downloads.report(job(principal, id), locale);
    }

    @GetMapping("/templates/{file}")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String file) {
        return downloads.template(file);
    }

    private void describe(ImportJob job, Locale locale, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("status", ImportStatus.of(job, report, locale));
        model.addAttribute("rejected", job.outcome() instanceof Rejected);
    }

    private ImportJob job(Principal principal, String id) {
        return jobs.find(id, principal.getName()).orElseThrow(() -> new NotFound("importJob", id));
    }
}
