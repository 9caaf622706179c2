package org.mingyuan.platform.evaluation.web;

import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the evaluation pages act: run an action, then go back with a notice, or with why it was refused. */
final class PageActions {

    private PageActions() {}

    /** Runs {@code action}; redirects to {@code path} with {@code notice}, or with the refusal's messages per field. */
    static String run(
            String path,
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
        return "redirect:" + path;
    }
}
