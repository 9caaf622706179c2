package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as the firm writes it.
 *
 * @param creditCode the proposing enterprise; the caller must act for it
 * @param quote the price asked, CNY, more than 0 and at most the scenario's budget
 * @param materials ids of materials in the enterprise's library, at most 20
 */
public record ProposalDraft(
        @Nullable String creditCode,
        @Nullable String summary,
        @Nullable BigDecimal quote,
        List<Long> materials) {

    /** Copies the list; absent means none. */
    public ProposalDraft {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
