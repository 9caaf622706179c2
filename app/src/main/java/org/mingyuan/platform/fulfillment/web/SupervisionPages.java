package org.mingyuan.platform.fulfillment.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.fulfillment.Supervision;
import org.mingyuan.platform.fulfillment.SupervisionFilter;
import org.mingyuan.platform.fulfillment.SupervisionReport;
import org.mingyuan.platform.fulfillment.SupervisionReport.Fulfilment;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's dashboard page (督查): the filters, then each figure as an ECharts chart (data in {@code data-*}
 * attributes, no inline script) beside the table that holds the same numbers, and the XLSX export of every table.
 */
@Controller
class SupervisionPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supervision supervision;
    private final Callers callers;
    private final MessageSource messages;

    SupervisionPages(Supervision supervision, Callers callers, MessageSource messages) {
        this.supervision = supervision;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/supervision")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    String dashboard(
            Principal principal,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String park,
            @RequestParam(required = false) @Nullable String policy,
            Locale locale,
            Model model) {
        Caller caller = callers.of(principal);
        Map<String, @Nullable String> asked = new LinkedHashMap<>();
        asked.put("from", from);
        asked.put("until", until);
        asked.put("department", department);
        asked.put("park", park);
        asked.put("policy", policy);
        model.addAttribute("asked", asked);
        model.addAttribute("choices", supervision.choices(caller));
        try {
            SupervisionReport report =
                    supervision.report(caller, SupervisionFilter.parse(from, until, department, park, policy));
            model.addAttribute("r", report);
            model.addAttribute("charts", charts(report, locale));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        }
        return "supervision/dashboard";
    }

    private Map<String, String> charts(SupervisionReport report, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        TreeSet<String> departments = new TreeSet<>();
        report.overdue().forEach(c -> departments.add(c.department()));
        report.followUps().forEach(f -> departments.add(f.department()));
        List<String> overdueLabels = List.copyOf(departments);
        charts.put(
                "overdue",
                chart(
                        overdueLabels,
                        series(
                                label("supervision.overdue.cases", locale),
                                overdueLabels.stream()
                                        .map(d -> report.overdue().stream()
                                                .filter(c -> c.department().equals(d))
                                                .count())
                                        .toList()),
                        series(
                                label("supervision.overdue.followUps", locale),
                                overdueLabels.stream()
                                        .map(d -> report.followUps().stream()
                                                .filter(f -> f.department().equals(d))
                                                .count())
                                        .toList())));
        List<Fulfilment> byDepartment = report.byDepartment();
        List<String> labels = byDepartment.stream().map(f -> f.label(locale)).toList();
        charts.put(
                "rates",
                chart(
                        labels,
                        series(
                                label("supervision.rateByCount", locale),
                                of(byDepartment, f -> percent(f.rateByCount()))),
                        series(
                                label("supervision.rateByAmount", locale),
                                of(byDepartment, f -> percent(f.rateByAmount())))));
        charts.put(
                "cash",
                chart(
                        labels,
                        series(label("supervision.days.median", locale), of(byDepartment, Fulfilment::medianDays)),
                        series(label("supervision.days.p90", locale), of(byDepartment, Fulfilment::p90Days)),
                        series(label("supervision.days.mean", locale), of(byDepartment, Fulfilment::meanDays))));
        List<String> rated = report.ratings().stream().map(r -> r.department()).toList();
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            int index = level - 1;
            levels.add(series(
                    label("supervision.rating." + level, locale),
                    report.ratings().stream().map(r -> r.counts().get(index)).toList()));
        }
        charts.put("ratings", chart(rated, levels.toArray(Map[]::new)));
        return charts;
    }

    private static List<@Nullable Object> of(List<Fulfilment> lines, Function<Fulfilment, @Nullable Object> value) {
        List<@Nullable Object> values = new ArrayList<>();
        lines.forEach(f -> values.add(value.apply(f)));
        return values;
    }

    private static @Nullable BigDecimal percent(@Nullable BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2);
    }

    private static Map<String, Object> series(String name, List<?> data) {
        return Map.of("name", name, "data", data);
    }

    @SafeVarargs
    private static String chart(List<String> labels, Map<String, Object>... series) {
        try {
            return JSON.writeValueAsString(Map.of("labels", labels, "series", List.of(series)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
