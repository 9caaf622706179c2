package org.mingyuan.platform.evaluation.web;

import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.registry.ParkId;

/** The park a chain-map request narrows to, as the {@code park} parameter gives it. */
final class ChainMapFilter {

    /** The longest id text accepted: a long has at most 19 digits. */
    private static final int MOST_DIGITS = 19;

    private ChainMapFilter() {}

    /**
     * The park of {@code text}; null when blank (every park).
     *
     * @throws InvalidRequest naming {@code park} when the text is not a positive whole number
     */
    static @Nullable ParkId park(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String id = text.strip();
        if (id.length() <= MOST_DIGITS && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                long value = Long.parseLong(id);
                if (value > 0) {
                    return new ParkId(value);
                }
            } catch (NumberFormatException tooLarge) {
                // answered below like any other text that is not an id
            }
        }
        throw new InvalidRequest("park", "chainmap.park.invalid", id.length() > 40 ? id.substring(0, 40) + "…" : id);
    }
}
