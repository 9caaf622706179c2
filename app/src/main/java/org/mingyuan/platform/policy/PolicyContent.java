package org.mingyuan.platform.policy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A policy document as an officer enters it or a policy file holds it, without its clauses.
 *
 * @param code the policy's stable key, upper case with digits and dashes, e.g. {@code HUANGPU-2017-BLOCKCHAIN-10}
 * @param documentNumber the 文号, e.g. {@code 穗埔府规〔2017〕6号}, or null
 * @param sourceUrl where the official text is published, or null
 * @param sourceText the official text or an excerpt, or null
 * @param interpretation the 政策解读, or null
 * @param parks the codes of the parks the policy applies to; empty for a whole area
 * @param note a remark shown with the policy, e.g. which figures are illustrative
 * @param demo true for the demo policies shipped with the platform
 */
public record PolicyContent(
        String code,
        String titleZh,
        String titleEn,
        String departmentZh,
        String departmentEn,
        @Nullable String documentNumber,
        @Nullable LocalDate issuedOn,
        PolicyLevel level,
        @Nullable String sourceUrl,
        @Nullable String sourceText,
        @Nullable String interpretation,
        List<String> tags,
        List<String> parks,
        @Nullable String note,
        boolean demo) {

    /** Copies the lists; absent lists become empty. */
    public PolicyContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        parks = parks == null ? List.of() : List.copyOf(parks);
    }
}
