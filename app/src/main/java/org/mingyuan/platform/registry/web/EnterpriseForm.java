package org.mingyuan.platform.registry.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseDraft;

/**
 * The profile edit form as typed, kept to show it again with its problems.
 *
 * @param parkId the park's id; only officials' forms show it, others keep the current park
 */
record EnterpriseForm(
        @Nullable String name,
        @Nullable String address,
        @Nullable String industryCode,
        @Nullable String registeredCapital,
        @Nullable String chainSegment,
        @Nullable String parkId) {

    /** The form filled with the enterprise's current profile. */
    static EnterpriseForm of(Enterprise e) {
        return new EnterpriseForm(
                e.name(),
                e.address(),
                e.industryCode(),
                e.registeredCapital() == null ? null : e.registeredCapital().toPlainString(),
                e.chainSegment(),
                e.parkId() == null ? null : e.parkId().toString());
    }

    /**
     * The draft replacing {@code current}'s profile: founding date and division stay; the park stays
     * unless {@code mayMovePark}. Values that cannot be read are noted in {@code problems}.
     */
    EnterpriseDraft draft(Enterprise current, boolean mayMovePark, List<FieldProblem> problems) {
        Long park = current.parkId();
        if (mayMovePark) {
            var id = FormValues.number("parkId", parkId, problems);
            park = id == null ? null : id.longValue();
        }
        String industry = FormValues.text(industryCode);
        return new EnterpriseDraft(
                current.creditCode().value(),
                FormValues.text(name),
                FormValues.text(address),
                current.divisionCode(),
                industry == null ? null : industry.toUpperCase(Locale.ROOT),
                current.foundedOn(),
                FormValues.number("registeredCapital", registeredCapital, problems),
                park,
                FormValues.text(chainSegment));
    }
}
