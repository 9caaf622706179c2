package org.mingyuan.platform.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.LeaseDraft;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A park's space for its operator and officials: buildings, units with the area let today, running
 * leases, and forms to add a building, add a unit and record a lease. A refused form comes back with
 * the values as typed and the reason next to each field.
 */
@Controller
class ParkSpacePage {

    private final ParkSpace space;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    ParkSpacePage(ParkSpace space, ParkCatalog parks, Callers callers, MessageSource messages) {
        this.space = space;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/parks/{id}/space")
    String show(Principal principal, @PathVariable long id, Model model) {
        return page(callers.of(principal), id, model);
    }

    @PostMapping("/parks/{id}/space/buildings")
    String addBuilding(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String floors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        List<FieldProblem> problems = new ArrayList<>();
        Integer count = whole("floors", floors, problems);
        return submit(
                "building",
                problems,
                () -> space.addBuilding(caller, id, name, count),
                caller,
                id,
                model,
                locale,
                response,
                redirect,
                "space.building.added");
    }

    @PostMapping("/parks/{id}/space/units")
    String addUnit(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String buildingId,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String floor,
            @RequestParam(required = false) @Nullable String areaM2,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        List<FieldProblem> problems = new ArrayList<>();
        Integer building = whole("buildingId", buildingId, problems);
        Integer storey = whole("floor", floor, problems);
        var area = FormValues.number("areaM2", areaM2, problems);
        if (building == null && problems.stream().noneMatch(p -> p.field().equals("buildingId"))) {
            problems.add(new FieldProblem("buildingId", "registry.required", List.of()));
        }
        return submit(
                "unit",
                problems,
                () -> space.addUnit(caller, building, name, storey, area),
                caller,
                id,
                model,
                locale,
                response,
                redirect,
                "space.unit.added");
    }

    @PostMapping("/parks/{id}/space/leases")
    String lease(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String creditCode,
            @RequestParam(required = false) @Nullable String unitId,
            @RequestParam(required = false) @Nullable String areaM2,
            @RequestParam(required = false) @Nullable String startOn,
            @RequestParam(required = false) @Nullable String endOn,
            @RequestParam(required = false) @Nullable String monthlyRent,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        List<FieldProblem> problems = new ArrayList<>();
        Integer unit = whole("unitId", unitId, problems);
        var draft = new LeaseDraft(
                FormValues.text(creditCode),
                unit == null ? null : unit.longValue(),
                FormValues.number("areaM2", areaM2, problems),
                FormValues.date("startOn", startOn, problems),
                FormValues.date("endOn", endOn, problems),
                FormValues.number("monthlyRent", monthlyRent, problems));
        return submit(
                "lease",
                problems,
                () -> space.lease(caller, draft),
                caller,
                id,
                model,
                locale,
                response,
                redirect,
                "space.lease.added");
    }

    private String submit(
            String form,
            List<FieldProblem> problems,
            Runnable action,
            Caller caller,
            long id,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done) {
        if (problems.isEmpty()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", done);
                return "redirect:/parks/" + id + "/space";
            } catch (InvalidRequest invalid) {
                problems.addAll(invalid.problems());
            }
        }
        Map<String, List<String>> errors = FieldErrors.of(problems, messages, locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(caller, id, model);
    }

    /** The whole number typed into {@code field}, or null (with a problem unless it was left empty). */
    private static @Nullable Integer whole(String field, @Nullable String text, List<FieldProblem> problems) {
        BigDecimal number = FormValues.number(field, text, problems);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            problems.add(new FieldProblem(field, "registry.wholeNumber", List.of(number.toPlainString())));
            return null;
        }
    }

    private String page(Caller caller, long id, Model model) {
        model.addAttribute("park", parks.get(new ParkId(id)));
        model.addAttribute("layout", space.layout(caller, id));
        return "parks/space";
    }
}
