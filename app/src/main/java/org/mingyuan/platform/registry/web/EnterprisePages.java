package org.mingyuan.platform.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseProfile;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.Page;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise list (filtered and paged, updated in place with htmx) and an enterprise's page with
 * its facts over time, each scoped to what the caller may see: officials everything, park operators
 * their park, enterprise users their own enterprise.
 */
@Controller
class EnterprisePages {

    private final EnterpriseRegistry registry;
    private final EnterpriseCertifications certifications;
    private final RegistryLabels labels;
    private final ChartData charts;
    private final Callers callers;
    private final FactKinds factKinds;

    EnterprisePages(
            EnterpriseRegistry registry,
            EnterpriseCertifications certifications,
            RegistryLabels labels,
            ChartData charts,
            Callers callers,
            FactKinds factKinds) {
        this.factKinds = factKinds;
        this.registry = registry;
        this.certifications = certifications;
        this.labels = labels;
        this.charts = charts;
        this.callers = callers;
    }

    @GetMapping("/enterprises")
    String list(
            Principal principal,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable Long park,
            @RequestParam(defaultValue = "") String segment,
            @RequestParam(required = false) @Nullable SizeClass sizeClass,
            @RequestParam(defaultValue = "") String certification,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            HttpServletResponse response,
            Model model) {
        Caller caller = callers.of(principal);
        var filters = new EnterpriseFilters(q, park, segment, sizeClass, certification);
        Page<Enterprise> found = registry.search(caller, filters.query(page));
        model.addAttribute("filters", filters);
        model.addAttribute("found", found);
        model.addAttribute("certified", certifications.typesHeld(caller, found.items()));
        model.addAttribute("parkFilter", caller.isOfficial());
        labels.addTo(model);
        response.addHeader("Vary", "HX-Request");
        return htmx != null && restore == null ? "enterprises/list :: results" : "enterprises/list";
    }

    @GetMapping("/enterprises/{creditCode}")
    String detail(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate knownAt,
            Model model) {
        Caller caller = callers.of(principal);
        Instant moment = RegistryTime.knownAt(knownAt);
        EnterpriseProfile profile = registry.profile(caller, creditCode, moment);
        Enterprise enterprise = profile.enterprise();
        model.addAttribute("profile", profile);
        model.addAttribute("e", enterprise);
        model.addAttribute("knownAt", knownAt);
        model.addAttribute("today", RegistryTime.today());
        model.addAttribute("zone", RegistryTime.ZONE.getId());
        model.addAttribute(
                "timelines",
                FactTimeline.of(registry.history(caller, creditCode), moment, factKinds.all(), charts::points));
        model.addAttribute("editable", knownAt == null && EnterpriseRegistry.mayEdit(caller, enterprise));
        model.addAttribute(
                "receipts",
                caller.has(Role.ADMIN)
                        || caller.has(Role.SUPERVISOR)
                        || caller.has(Role.POLICY_OFFICER)
                        || enterprise.id().value() == (caller.enterpriseId() == null ? -1 : caller.enterpriseId()));
        labels.addTo(model);
        return "enterprises/detail";
    }

    /** The caller's own enterprise, or a page saying that its account is linked to none. */
    @GetMapping("/my/enterprise")
    String mine(Principal principal) {
        Caller caller = callers.of(principal);
        if (!caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            return "enterprises/none";
        }
        EnterpriseQuery own = new EnterpriseQuery(null, null, null, null, null, caller.enterpriseId(), 0, 1);
        Enterprise enterprise = registry.search(caller, own).items().stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("enterprise", caller.enterpriseId()));
        return "redirect:/enterprises/" + enterprise.creditCode().value();
    }
}
