package org.mingyuan.platform;

import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the pages act on a form: run an action, then go back with a notice, or with why it was refused. */
public final class PageActions {

    private PageActions() {}

    /**
     * Runs {@code action} and redirects to {@code path} with the message key {@code notice}, or with the refusal's
     * messages per field ({@code errors}) when it was refused as invalid or as a conflict; nothing changed then.
     */
    public static String run(
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
