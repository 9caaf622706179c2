package org.mingyuan.platform.registry.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.AccountScopes;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an enterprise's and a park's page that link an account to them, for administrators and
 * policy officers. An unknown account or one without the needed role comes back to the page with the
 * reason under the username.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
class AccountLinkPages {

    private final EnterpriseRegistry registry;
    private final ParkCatalog parks;
    private final AccountScopes scopes;
    private final Callers callers;
    private final MessageSource messages;

    AccountLinkPages(
            EnterpriseRegistry registry,
            ParkCatalog parks,
            AccountScopes scopes,
            Callers callers,
            MessageSource messages) {
        this.registry = registry;
        this.parks = parks;
        this.scopes = scopes;
        this.callers = callers;
        this.messages = messages;
    }

    @PostMapping("/enterprises/{creditCode}/accounts")
    String linkEnterpriseAccount(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam(defaultValue = "") String username,
            Locale locale,
            RedirectAttributes redirect) {
        var caller = callers.of(principal);
        var enterprise = registry.find(caller, creditCode);
        link(
                () -> scopes.actForEnterprise(
                        caller.username(), username.strip(), enterprise.id().value()),
                username,
                locale,
                redirect);
        return "redirect:/enterprises/" + enterprise.creditCode().value();
    }

    @PostMapping("/parks/{id}/operators")
    String linkParkOperator(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String username,
            Locale locale,
            RedirectAttributes redirect) {
        parks.get(new ParkId(id));
        link(() -> scopes.runPark(callers.of(principal).username(), username.strip(), id), username, locale, redirect);
        return "redirect:/parks/" + id;
    }

    /** Runs {@code link}, flashing a notice, or the reason and the username as typed when it is refused. */
    private void link(Runnable link, String username, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> problems;
        try {
            link.run();
            redirect.addFlashAttribute("notice", "link.notice.linked");
            return;
        } catch (InvalidRequest refused) {
            problems = refused.problems();
        } catch (NotFound unknown) {
            problems = List.of(new FieldProblem("username", "account.unknown", List.of(username)));
        }
        redirect.addFlashAttribute("errors", FieldErrors.of(problems, messages, locale));
        redirect.addFlashAttribute("linkUsername", username);
    }
}
