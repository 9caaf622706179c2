package org.mingyuan.platform.evaluation.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.LiveIndicator;

/** A live indicator and the park's figure for it today, null when the platform holds no data for it. */
public record LiveFigure(LiveIndicator indicator, @Nullable Double value) {

    /** The figure as shown: whole numbers without decimals, others to one decimal; null when absent. */
    @Nullable
    public String shown() {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }
}
