package org.mingyuan.platform.ledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * A ledger entry as a reader sees it: its type and fields named in the reader's language, amounts in
 * 元, committed (sensitive) fields marked as such, and the canonical JSON itself one click away.
 *
 * <p>Amounts are stored in fen (分) in fields named {@code amount} or ending in {@code Amount}.
 *
 * @param type the entry type's label, e.g. 企业资质认定
 * @param fields the entry's fields but its type, in the entry's order
 * @param json the entry's canonical JSON text, as hashed into the log
 */
public record EntryView(String type, List<Field> fields, String json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMITMENT = "sha256:";

    /** One field: its name, label, value as shown, and whether the value is a commitment to a hidden value. */
    public record Field(String name, String label, String value, boolean committed) {}

    /** The view of {@code entryText} (an entry of type {@code type}) in {@code locale}. */
    static EntryView of(String type, String entryText, MessageSource messages, Locale locale) {
        List<Field> fields = new ArrayList<>();
        try {
            JsonNode entry = JSON.readTree(entryText);
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("type")) {
                    fields.add(field(field.getKey(), field.getValue(), messages, locale));
                }
            }
        } catch (JsonProcessingException unreadable) {
            fields.add(new Field("json", label("json", messages, locale), entryText, false));
        }
        return new EntryView(messages.getMessage("ledger.type." + type, null, type, locale), fields, entryText);
    }

    /** The public fields but the event key, as one line for lists. */
    public String summary() {
        return String.join(
                "；",
                fields.stream()
                        .filter(f -> !f.committed() && !f.name().equals("event"))
                        .map(f -> f.label() + "：" + f.value())
                        .toList());
    }

    private static Field field(String name, JsonNode value, MessageSource messages, Locale locale) {
        String label = label(name, messages, locale);
        if (value.isTextual() && value.asText().startsWith(COMMITMENT)) {
            return new Field(name, label, messages.getMessage("ledger.committed", null, locale), true);
        }
        if (value.isNumber() && (name.equals("amount") || name.endsWith("Amount"))) {
            NumberFormat yuan = NumberFormat.getNumberInstance(locale);
            yuan.setMinimumFractionDigits(2);
            yuan.setMaximumFractionDigits(2);
            String shown = yuan.format(value.decimalValue().movePointLeft(2));
            return new Field(name, label, messages.getMessage("ledger.yuan", new Object[] {shown}, locale), false);
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return new Field(
                name, label, messages.getMessage("ledger.value." + name + "." + text, null, text, locale), false);
    }

    private static String label(String name, MessageSource messages, Locale locale) {
        return messages.getMessage("ledger.field." + name, null, name, locale);
    }
}
