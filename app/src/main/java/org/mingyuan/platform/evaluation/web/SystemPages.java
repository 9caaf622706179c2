package org.mingyuan.platform.evaluation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.Principal;
import java.util.Locale;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemDraft;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of indicator systems: the list of versions, one version's tree with its rubrics, and for officials copy
 * into a draft, editing a draft's tree (as the JSON the API takes) and publishing it.
 */
@Controller
class SystemPages {

    private final IndicatorSystems systems;
    private final Callers callers;
    private final MessageSource messages;
    private final ObjectMapper json;

    SystemPages(IndicatorSystems systems, Callers callers, MessageSource messages, ObjectMapper json) {
        this.systems = systems;
        this.callers = callers;
        this.messages = messages;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping("/evaluation/systems")
    String list(Principal principal, Model model) {
        model.addAttribute("versions", systems.versions(callers.of(principal)));
        return "evaluation/systems";
    }

    @GetMapping("/evaluation/systems/{id}")
    String version(Principal principal, @PathVariable long id, Model model) throws JsonProcessingException {
        SystemVersion version = systems.version(callers.of(principal), id);
        model.addAttribute("version", version);
        if (version.state() == SystemVersion.VersionState.DRAFT && !model.containsAttribute("draft")) {
            model.addAttribute("draft", json.writeValueAsString(SystemDraft.of(version)));
        }
        return "evaluation/system";
    }

    @PostMapping("/evaluation/systems/{id}/copy")
    String copy(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        long[] draft = {id};
        String back = PageActions.run(
                "/evaluation/systems/" + id,
                "eval.notice.copied",
                locale,
                redirect,
                messages,
                () -> draft[0] = systems.copy(callers.of(principal), id).id());
        return draft[0] == id ? back : "redirect:/evaluation/systems/" + draft[0];
    }

    @PostMapping("/evaluation/systems/{id}/edit")
    String edit(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String draft,
            Locale locale,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("draft", draft);
        return PageActions.run("/evaluation/systems/" + id, "eval.notice.saved", locale, redirect, messages, () -> {
            SystemDraft parsed;
            try {
                parsed = json.readValue(draft, SystemDraft.class);
            } catch (JsonProcessingException unreadable) {
                throw new InvalidRequest("draft", "eval.draft.unreadable", unreadable.getOriginalMessage());
            }
            systems.edit(callers.of(principal), id, parsed);
        });
    }

    @PostMapping("/evaluation/systems/{id}/publish")
    String publish(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return PageActions.run(
                "/evaluation/systems/" + id,
                "eval.notice.published",
                locale,
                redirect,
                messages,
                () -> systems.publish(callers.of(principal), id));
    }
}
