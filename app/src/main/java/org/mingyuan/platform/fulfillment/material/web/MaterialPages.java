package org.mingyuan.platform.fulfillment.material.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ContentTooLarge;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.MultipartUploads;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.fulfillment.material.MaterialTypes;
import org.mingyuan.platform.fulfillment.material.MaterialUpload;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's material library page (材料库): its materials with type, validity and state, downloads, and for
 * its own users the upload form, whose problems are shown beside their fields, and marking a material superseded.
 */
@Controller
class MaterialPages {

    private final MaterialLibrary library;
    private final MaterialTypes types;
    private final MaterialViews views;
    private final EnterpriseRegistry registry;
    private final Callers callers;
    private final MessageSource messages;

    MaterialPages(
            MaterialLibrary library,
            MaterialTypes types,
            MaterialViews views,
            EnterpriseRegistry registry,
            Callers callers,
            MessageSource messages) {
        this.library = library;
        this.types = types;
        this.views = views;
        this.registry = registry;
        this.callers = callers;
        this.messages = messages;
    }

    /** What the upload form shows again after a refusal: the fields as typed (never the file). */
    record Typed(String type, String validFrom, String validUntil) {

        static final Typed EMPTY = new Typed("", "", "");

        /** The fields of a multipart request whose body was parsed, or tried to be; blank when unreadable. */
        static Typed of(HttpServletRequest request) {
            return new Typed(
                    text(request.getParameter("type")),
                    text(request.getParameter("validFrom")),
                    text(request.getParameter("validUntil")));
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value.strip();
        }
    }

    @GetMapping("/enterprises/{creditCode}/materials")
    String library(Principal principal, @PathVariable String creditCode, Model model) {
        return page(callers.of(principal), creditCode, Typed.EMPTY, model);
    }

    @GetMapping("/my/materials")
    String mine(Principal principal) {
        Caller caller = callers.of(principal);
        Long own = caller.has(Role.ENTERPRISE) ? caller.enterpriseId() : null;
        Enterprise enterprise = Optional.ofNullable(own)
                .flatMap(id -> registry.find(caller, new EnterpriseId(id)))
                .orElseThrow(() -> new NotFound("enterprise", caller.username()));
        return "redirect:/enterprises/" + enterprise.creditCode().value() + "/materials";
    }

    @PostMapping("/enterprises/{creditCode}/materials")
    String upload(
            Principal principal,
            @PathVariable String creditCode,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = registry.find(caller, creditCode);
        try {
            MultipartFile file = MultipartUploads.required(request, "file");
            Typed typed = Typed.of(request);
            library.upload(
                    caller,
                    creditCode,
                    new MaterialUpload(
                            typed.type(), typed.validFrom(), typed.validUntil(), file.getOriginalFilename(), file));
        } catch (InvalidRequest refused) {
            response.setStatus(
                    refused instanceof ContentTooLarge
                            ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                            : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
            return page(caller, creditCode, Typed.of(request), model);
        }
        redirect.addFlashAttribute("notice", "material.notice.uploaded");
        return "redirect:/enterprises/" + enterprise.creditCode().value() + "/materials";
    }

    @PostMapping("/enterprises/{creditCode}/materials/{id}/supersede")
    String supersede(
            Principal principal, @PathVariable String creditCode, @PathVariable long id, RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = registry.find(caller, creditCode);
        library.supersede(caller, creditCode, id);
        redirect.addFlashAttribute("notice", "material.notice.superseded");
        return "redirect:/enterprises/" + enterprise.creditCode().value() + "/materials#material-" + id;
    }

    @GetMapping("/enterprises/{creditCode}/materials/{id}/content")
    ResponseEntity<StreamingResponseBody> content(
            Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        return MaterialViews.download(library.download(callers.of(principal), creditCode, id));
    }

    private String page(Caller caller, String creditCode, Typed typed, Model model) {
        Enterprise enterprise = registry.find(caller, creditCode);
        model.addAttribute("e", enterprise);
        model.addAttribute("materials", views.of(library.list(caller, creditCode)));
        model.addAttribute("types", types.all());
        model.addAttribute("mayManage", MaterialLibrary.mayManage(caller, enterprise));
        model.addAttribute("maxMegabytes", Math.max(1, library.maxSize() / (1024 * 1024)));
        model.addAttribute("form", typed);
        return "materials/library";
    }
}
