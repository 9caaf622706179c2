package org.mingyuan.platform.incubation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a caller sends to record an enterprise's entry into an incubator: a registry enterprise and the day. */
public record IncubateeDraft(
        @Nullable String creditCode, @Nullable LocalDate enteredOn) {}
