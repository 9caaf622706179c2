package org.mingyuan.platform.policy.push.web;

import org.mingyuan.platform.policy.push.DeliveryStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A clause's delivery statistics as a page, for policy officers, administrators and supervisors. */
@Controller
class DeliveryPage {

    private final DeliveryStatistics statistics;

    DeliveryPage(DeliveryStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/clauses/{clauseId}/deliveries")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'SUPERVISOR')")
    String deliveries(@PathVariable String clauseId, Model model) {
        model.addAttribute("deliveries", statistics.of(DeliveryApi.checked(clauseId)));
        return "inbox/deliveries";
    }
}
