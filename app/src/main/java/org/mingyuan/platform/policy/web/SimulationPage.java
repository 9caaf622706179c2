package org.mingyuan.platform.policy.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.SimulationReport;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The simulation page for officers, administrators and supervisors: a policy's drafts on the live registry, with the
 * breakdowns drawn as ECharts bar charts (data in {@code data-*} attributes, no inline script) beside their tables.
 */
@Controller
class SimulationPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolicySimulations simulations;
    private final PolicyDesk desk;
    private final LiveMatcher live;
    private final Callers callers;
    private final MessageSource messages;

    SimulationPage(
            PolicySimulations simulations, PolicyDesk desk, LiveMatcher live, Callers callers, MessageSource messages) {
        this.simulations = simulations;
        this.desk = desk;
        this.live = live;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/policies/{id}/simulation")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'SUPERVISOR')")
    String simulation(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String clause,
            Model model,
            Locale locale) {
        Caller caller = callers.of(principal);
        model.addAttribute("policy", desk.policy(caller, id));
        model.addAttribute("clause", clause);
        model.addAttribute("ready", live.ready());
        model.addAttribute("loaded", live.enterprises());
        List<SimulationReport> reports = List.of();
        if (live.ready()) {
            try {
                reports = simulations.drafts(caller, id, clause);
            } catch (InvalidRequest invalid) {
                model.addAttribute("errors", FieldErrors.of(invalid.problems(), messages, locale));
            }
        }
        model.addAttribute("reports", reports);
        model.addAttribute("charts", charts(reports, locale));
        return "matching/simulation";
    }

    /** Per report and breakdown fact, the chart's points as JSON: [{label, count, amount}]. */
    private static List<Map<String, String>> charts(List<SimulationReport> reports, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        List<Map<String, String>> charts = new ArrayList<>();
        for (SimulationReport report : reports) {
            Map<String, String> byFact = new LinkedHashMap<>();
            report.breakdowns().forEach((fact, groups) -> {
                List<Map<String, Object>> points = new ArrayList<>();
                for (SimulationReport.Group group : groups) {
                    points.add(Map.of(
                            "label", english ? group.labelEn() : group.labelZh(),
                            "count", group.figures().count(),
                            "amount", group.figures().amount()));
                }
                try {
                    byFact.put(fact, JSON.writeValueAsString(points));
                } catch (JsonProcessingException impossible) {
                    throw new IllegalStateException(impossible);
                }
            });
            charts.add(byFact);
        }
        return charts;
    }
}
