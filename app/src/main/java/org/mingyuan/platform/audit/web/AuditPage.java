package org.mingyuan.platform.audit.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.audit.internal.AuditAction;
import org.mingyuan.platform.audit.internal.AuditSheet;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditEvent;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail page for administrators and supervisors: filters, 100 events at a time, an XLSX export. */
@Controller
@Validated
class AuditPage {

    private static final int PAGE = 100;

    private final AuditTrail trail;
    private final AuditSheet sheet;
    private final MessageSource messages;

    AuditPage(AuditTrail trail, AuditSheet sheet, MessageSource messages) {
        this.trail = trail;
        this.sheet = sheet;
        this.messages = messages;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    String list(
            @Valid AuditFilters filters,
            BindingResult binding,
            @RequestParam(required = false) @Nullable Long before,
            Locale locale,
            Model model) {
        List<String> errors = new ArrayList<>(binding.getFieldErrors().stream()
                .map(error -> messages.getMessage(error, locale))
                .toList());
        List<AuditEvent> events = List.of();
        if (errors.isEmpty()) {
            try {
                events = trail.page(filters.query(), before, PAGE);
            } catch (InvalidRequest invalid) {
                invalid.problems()
                        .forEach(p -> errors.add(
                                messages.getMessage(p.code(), p.args().toArray(), locale)));
            }
        }
        model.addAttribute("events", events);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("filters", filters);
        model.addAttribute("next", events.size() == PAGE ? events.get(PAGE - 1).id() : null);
        return "audit/list";
    }

    @GetMapping("/audit/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> export(@Valid AuditFilters filters, Locale locale) {
        var query = filters.query();
        return AuditDownload.of(out -> sheet.write(query, locale, out));
    }
}
