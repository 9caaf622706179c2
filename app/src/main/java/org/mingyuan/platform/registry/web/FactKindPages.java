package org.mingyuan.platform.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactKindDraft;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.FactValueType;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of fact kinds: every kind with its clause name, and a form to add one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FactKindPages {

    private final FactKinds kinds;
    private final Callers callers;
    private final MessageSource messages;

    FactKindPages(FactKinds kinds, Callers callers, MessageSource messages) {
        this.kinds = kinds;
        this.callers = callers;
        this.messages = messages;
    }

    /** The add form as typed, shown again with its problems. */
    record KindForm(
            @Nullable String key,
            @Nullable String labelZh,
            @Nullable String labelEn,
            @Nullable String type,
            @Nullable String unitZh,
            @Nullable String unitEn,
            @Nullable String departmentsOnly) {

        static KindForm blank() {
            return new KindForm(null, null, null, FactValueType.NUMBER.name(), null, null, null);
        }

        FactKindDraft draft() {
            FactValueType valueType = null;
            for (FactValueType t : FactValueType.values()) {
                if (t.name().equals(type)) {
                    valueType = t;
                }
            }
            return new FactKindDraft(
                    FormValues.text(key),
                    FormValues.text(labelZh),
                    FormValues.text(labelEn),
                    valueType,
                    FormValues.text(unitZh),
                    FormValues.text(unitEn),
                    departmentsOnly != null);
        }
    }

    @GetMapping("/fact-kinds")
    String list(Model model) {
        return page(KindForm.blank(), model);
    }

    @PostMapping("/fact-kinds")
    String add(
            Principal principal,
            @ModelAttribute KindForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            FactKind added = kinds.add(callers.of(principal), form.draft());
            redirect.addFlashAttribute("added", added.key());
            return "redirect:/fact-kinds";
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(invalid.problems(), messages, locale));
            return page(form, model);
        }
    }

    private String page(KindForm form, Model model) {
        model.addAttribute("kinds", kinds.all());
        model.addAttribute("types", FactValueType.values());
        model.addAttribute("form", form);
        return "factkinds/list";
    }
}
