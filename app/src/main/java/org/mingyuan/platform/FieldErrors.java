package org.mingyuan.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.MessageSource;

/** Turns a form's field problems into messages per field in the reader's language. */
public final class FieldErrors {

    private FieldErrors() {}

    /** The resolved messages of {@code problems}, per field name, in the order found; never null. */
    public static Map<String, List<String>> of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
            errors.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(text);
        }
        return errors;
    }
}
