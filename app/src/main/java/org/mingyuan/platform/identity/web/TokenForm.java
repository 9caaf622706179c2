package org.mingyuan.platform.identity.web;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The new-token form as typed; {@code days} stays text so that what was typed can be shown again. */
record TokenForm(String name, String days) {

    TokenForm(@Nullable String name, @Nullable String days) {
        this.name = name == null ? "" : name;
        this.days = days == null ? "" : days.strip();
    }

    static TokenForm blank() {
        return new TokenForm("", "90");
    }

    /** The days as a number; empty when they are not one. */
    OptionalInt dayCount() {
        try {
            return OptionalInt.of(Integer.parseInt(days));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
