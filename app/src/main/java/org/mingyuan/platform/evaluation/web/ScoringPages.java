package org.mingyuan.platform.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.Score;
import org.mingyuan.platform.evaluation.scoring.ExpertScoring;
import org.mingyuan.platform.evaluation.scoring.IndicatorImport;
import org.mingyuan.platform.evaluation.scoring.ScoreEntry;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An expert's scoring sheet (评分表): a row per park, a column per expert indicator, each cell a choice of the
 * rubric's levels, saved all or none; and the officials' upload of imported indicator values.
 */
@Controller
class ScoringPages {

    private final EvaluationDesk desk;
    private final ExpertScoring scoring;
    private final IndicatorImport imports;
    private final IndicatorSystems systems;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    ScoringPages(
            EvaluationDesk desk,
            ExpertScoring scoring,
            IndicatorImport imports,
            IndicatorSystems systems,
            ParkCatalog parks,
            Callers callers,
            MessageSource messages) {
        this.desk = desk;
        this.scoring = scoring;
        this.imports = imports;
        this.systems = systems;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/evaluation/{id}/scoring")
    String sheet(Principal principal, @PathVariable long id, Model model) {
        Caller caller = callers.of(principal);
        List<Score> mine = scoring.mine(caller, new EvaluationId(id));
        Evaluation evaluation = desk.get(caller, new EvaluationId(id));
        SystemVersion version = systems.version(caller, evaluation.versionId());
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("indicators", version.expertIndicators().toList());
        model.addAttribute("parks", evaluation.parks().stream().map(parks::get).toList());
        model.addAttribute(
                "chosen", mine.stream().collect(Collectors.toMap(s -> s.parkId() + "/" + s.indicator(), Score::level)));
        return "evaluation/scoring";
    }

    @PostMapping("/evaluation/{id}/scoring")
    String score(
            Principal principal,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run(
                "/evaluation/" + id + "/scoring", "eval.notice.scored", locale, redirect, messages, () -> {
                    Caller caller = callers.of(principal);
                    Evaluation evaluation = desk.get(caller, new EvaluationId(id));
                    List<Indicator> indicators = systems.version(caller, evaluation.versionId())
                            .expertIndicators()
                            .toList();
                    List<ScoreEntry> entries = new ArrayList<>();
                    for (var park : evaluation.parks()) {
                        for (Indicator indicator : indicators) {
                            String level = form.getOrDefault("s." + park.value() + "." + indicator.code(), "");
                            entries.add(new ScoreEntry(
                                    park.value(), indicator.code(), level.isBlank() ? null : parseLevel(level)));
                        }
                    }
                    scoring.score(caller, evaluation.id(), entries);
                });
    }

    @PostMapping("/evaluation/{id}/imported")
    String upload(
            Principal principal,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run("/evaluation/" + id, "eval.notice.imported", locale, redirect, messages, () -> {
            try (InputStream content = file.getInputStream()) {
                imports.importSheet(callers.of(principal), new EvaluationId(id), content);
            } catch (IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
        });
    }

    private static Integer parseLevel(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
