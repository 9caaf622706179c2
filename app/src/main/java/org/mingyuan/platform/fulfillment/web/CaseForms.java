package org.mingyuan.platform.fulfillment.web;

import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on a case's page: each action goes back to the case with a notice, or with why it was refused. */
final class CaseForms {

    private CaseForms() {}

    /** Runs {@code action} and goes back to case {@code id} with {@code notice}, or with why it was refused. */
    static String act(
            long id,
            String notice,
            Locale locale,
            RedirectAttributes redirect,
            MessageSource messages,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        } catch (Conflict conflict) {
            redirect.addFlashAttribute(
                    "errors",
                    FieldErrors.of(
                            List.of(new FieldProblem(conflict.field(), conflict.code(), conflict.args())),
                            messages,
                            locale));
        }
        return "redirect:/cases/" + id;
    }
}
