package org.mingyuan.platform.evaluation.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.LiveIndicator;

/** Reads the name of a {@link LiveIndicator} as systems store it. */
public final class LiveIndicators {

    private LiveIndicators() {}

    /** The live indicator named {@code name}; empty for null or an unknown name. */
    public static Optional<LiveIndicator> of(@Nullable String name) {
        return Arrays.stream(LiveIndicator.values())
                .filter(live -> live.name().equals(name))
                .findFirst();
    }

    /** True when {@code name} names a live indicator. */
    static boolean known(@Nullable String name) {
        return of(name).isPresent();
    }

    /** The names of all live indicators, comma separated, for messages. */
    static String names() {
        return Arrays.stream(LiveIndicator.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
