package org.mingyuan.platform.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fact a caller states about an enterprise; checked against its kind before it is appended.
 *
 * @param name the key of a {@link FactKind}
 * @param value a number, {@code true}/{@code false}, a day or a text as the kind's type says; a text is read as the
 *     type says too ({@code "1200"}, {@code "是"}, {@code "2025-06-30"}), so forms and files state any kind
 * @param periodStart first day described; defaults to {@code periodEnd} (a point-in-time figure)
 * @param source defaults to {@link FactSource#DECLARED}; only departments may state VERIFIED
 */
public record FactStatement(
        @Nullable String name,

        @Schema(
                description = "number, yes/no, day or text, as the fact kind's type says",
                oneOf = {java.math.BigDecimal.class, Boolean.class, String.class})
        @JsonDeserialize(using = FactStatement.PlainValue.class)
        @Nullable
        Object value,

        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        @Nullable FactSource source,
        @Nullable String sourceNote) {

    /** Reads a statement's value as it was sent: a number as a {@code BigDecimal}, true/false, or a text. */
    public static final class PlainValue extends JsonDeserializer<Object> {

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_STRING -> parser.getText();
                default -> context.handleUnexpectedToken(Object.class, parser);
            };
        }
    }
}
