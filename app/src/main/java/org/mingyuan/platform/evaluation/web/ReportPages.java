package org.mingyuan.platform.evaluation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.evaluation.report.Scorecard;
import org.mingyuan.platform.evaluation.report.Scorecards;
import org.mingyuan.platform.evaluation.report.ShownResults;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report pages of an evaluation's result: a park's scorecard with its radar chart (data in {@code data-*}
 * attributes, drawn by {@code reports.js}) and the park's live figures today beside the result's snapshot, and two
 * parks side by side, with the downloads.
 */
@Controller
class ReportPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShownResults results;
    private final Callers callers;
    private final MessageSource messages;
    private final ParkFigures figures;

    ReportPages(ShownResults results, Callers callers, MessageSource messages, ParkFigures figures) {
        this.results = results;
        this.callers = callers;
        this.messages = messages;
        this.figures = figures;
    }

    @GetMapping("/evaluation/{evaluation}/parks/{park}")
    @PreAuthorize("isAuthenticated()")
    String scorecard(
            Principal principal, @PathVariable long evaluation, @PathVariable long park, Locale locale, Model model) {
        EvaluationResult result = results.of(callers.of(principal), evaluation);
        Scorecard card = Scorecards.of(result, park, "park");
        model.addAttribute("r", result);
        model.addAttribute("card", card);
        model.addAttribute("radar", card.compared() ? radar(card, locale) : null);
        Map<LiveIndicator, Double> today = figures.of(new ParkId(park));
        model.addAttribute(
                "live",
                List.of(LiveIndicator.values()).stream()
                        .map(indicator -> new LiveFigure(indicator, today.get(indicator)))
                        .toList());
        return "reports/scorecard";
    }

    @GetMapping("/evaluation/{evaluation}/compare")
    @PreAuthorize("isAuthenticated()")
    String compare(
            Principal principal,
            @PathVariable long evaluation,
            @RequestParam(required = false) @Nullable Long a,
            @RequestParam(required = false) @Nullable Long b,
            Model model) {
        EvaluationResult result = results.of(callers.of(principal), evaluation);
        model.addAttribute("r", result);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("comparison", a != null && b != null ? Scorecards.compare(result, a, b) : null);
        return "reports/compare";
    }

    private String radar(Scorecard card, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "indicators",
                card.lines().stream()
                        .map(l -> en ? l.indicator().nameEn() : l.indicator().nameZh())
                        .toList());
        chart.put(
                "series",
                List.of(
                        series(en ? card.park().nameEn() : card.park().nameZh(), card, Scorecard.Line::normalised),
                        series(text("reports.panelMean", locale), card, Scorecard.Line::panelMean),
                        series(text("reports.bestPark", locale), card, Scorecard.Line::bestPark)));
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, Object> series(
            String name, Scorecard card, java.util.function.Function<Scorecard.Line, @Nullable Double> value) {
        return Map.of("name", name, "values", card.lines().stream().map(value).toList());
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
