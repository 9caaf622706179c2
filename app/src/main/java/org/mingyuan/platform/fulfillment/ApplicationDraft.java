package org.mingyuan.platform.fulfillment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise files in one application (一次办): the clauses it applies for and only what the platform does not
 * hold. Everything else (its facts, the clause versions, the amounts) the platform reads itself.
 *
 * @param clauses the ids of the clauses applied for, one case each, in order
 * @param note a remark to the reviewers, or null
 * @param contactName the person reviewers call
 * @param contactPhone that person's telephone number
 * @param materials per required material, the material handed in (an id of the enterprise's material library)
 */
public record ApplicationDraft(
        @Nullable List<String> clauses,
        @Nullable String note,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable List<MaterialChoice> materials) {

    /**
     * One required material and what was handed in for it.
     *
     * @param name the material as the clause names it, e.g. {@code 营业执照}
     * @param materialId the material's id in the enterprise's material library, or null when none is given yet
     */
    public record MaterialChoice(
            @Nullable String name, @Nullable Long materialId) {}
}
