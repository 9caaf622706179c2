package org.mingyuan.platform.audit.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.audit.internal.AuditTrail;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for administrators and supervisors, 100 events at a time. */
@Controller
class AuditPage {

    private static final int PAGE = 100;

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    String list(@RequestParam(required = false) @Nullable Long before, Model model) {
        List<AuditEvent> events = trail.page(before, PAGE);
        model.addAttribute("events", events);
        model.addAttribute("next", events.size() == PAGE ? events.get(PAGE - 1).id() : null);
        return "audit/list";
    }
}
