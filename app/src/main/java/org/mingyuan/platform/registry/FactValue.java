package org.mingyuan.platform.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The value of one fact statement, typed as its kind says: a number (number and integer kinds), yes or no, a day, or
 * a short text. In JSON it is the plain value: {@code 1200}, {@code true}, {@code "2025-06-30"}, {@code "..."}.
 */
public sealed interface FactValue {

    /** The plain value: a {@link BigDecimal}, {@link Boolean}, {@link LocalDate} or {@link String}. */
    Object plain();

    /** The value as a number, or null when it is not one. */
    default @Nullable BigDecimal number() {
        return this instanceof Decimal d ? d.value() : null;
    }

    /** The value for people: a number as written, 是/否 or yes/no, a day as ISO, a text as it is. */
    String text(Locale locale);

    /** A number; equal to another of the same numeric value whatever its scale ({@code 12.50} equals {@code 12.5}). */
    record Decimal(BigDecimal value) implements FactValue {

        @Override
        @JsonValue
        public Object plain() {
            return value;
        }

        @Override
        public String text(Locale locale) {
            return value.stripTrailingZeros().toPlainString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decimal d && d.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    /** Yes or no. */
    record YesNo(boolean value) implements FactValue {

        @Override
        @JsonValue
        public Object plain() {
            return value;
        }

        @Override
        public String text(Locale locale) {
            boolean english = "en".equals(locale.getLanguage());
            return value ? (english ? "yes" : "是") : (english ? "no" : "否");
        }
    }

    /** A day. */
    record Day(LocalDate value) implements FactValue {

        @Override
        @JsonValue
        public Object plain() {
            return value;
        }

        @Override
        public String text(Locale locale) {
            return value.toString();
        }
    }

    /** A short single-line text. */
    record Text(String value) implements FactValue {

        @Override
        @JsonValue
        public Object plain() {
            return value;
        }

        @Override
        public String text(Locale locale) {
            return value;
        }
    }
}
