package org.mingyuan.platform.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * A refused form's messages in the reader's language, placed beside the form field that holds the problem: an item's
 * problem ({@code examples[2]}, {@code reviewStages[0].nameZh}, {@code tags[1]}) goes beside its list field, led by
 * the item's number; a problem of no field of the form is listed above it.
 *
 * @param byField messages per form field, in the order found
 * @param others messages of problems that name no field of the form
 */
record FieldMessages(Map<String, List<String>> byField, List<String> others) {

    /** No problem at all. */
    static final FieldMessages NONE = new FieldMessages(Map.of(), List.of());

    private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?.*");

    /** The messages of {@code problems} for a form with {@code fields}. */
    static FieldMessages of(List<FieldProblem> problems, Set<String> fields, MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        FieldErrors.of(problems, messages, locale).forEach((field, texts) -> {
            Matcher item = ITEM.matcher(field);
            String base = item.matches() ? item.group(1) : field;
            if (!fields.contains(base)) {
                texts.forEach(text -> others.add(field.isEmpty() ? text : field + "：" + text));
                return;
            }
            for (String text : texts) {
                String shown = item.group(2) == null
                        ? text
                        : messages.getMessage(
                                "desk.item", new Object[] {Integer.parseInt(item.group(2)) + 1, text}, locale);
                byField.computeIfAbsent(base, key -> new ArrayList<>()).add(shown);
            }
        });
        return new FieldMessages(byField, others);
    }

    /** The messages beside {@code field}; empty when it has none. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Whether {@code field} has a message. */
    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Whether there is any message. */
    public boolean any() {
        return !byField.isEmpty() || !others.isEmpty();
    }
}
