package org.mingyuan.platform.registry.sizing;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the SME classification standard, with all its industry groups in the standard's order.
 *
 * @param code stable code such as {@code MIIT-2011-300}
 * @param effectiveFrom first day the standard applies; it applies until a later one takes effect
 */
public record SmeStandard(
        String code,
        String nameZh,
        String nameEn,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        List<IndustryGroup> groups) {

    /** A standard; the list is copied. */
    public SmeStandard {
        groups = List.copyOf(groups);
    }
}
