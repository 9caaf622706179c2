package org.mingyuan.platform.registry.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Certification;
import org.mingyuan.platform.registry.EnterpriseProfile;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.SizeClass;

/**
 * An enterprise with its current facts (each with its source) and derived facts, as known at a moment.
 *
 * @param sizeClass derived: LARGE, MEDIUM, SMALL or MICRO under {@code sizeStandard}; null while staff,
 *     revenue or assets needed by its industry group are unknown
 */
record ProfileView(
        EnterpriseView enterprise,
        Instant knownAt,
        Map<String, Fact> facts,
        List<Certification> certifications,
        @Nullable SizeClass sizeClass,
        String sizeStandard,
        int ageYears,
        @Nullable BigDecimal rdIntensityPercent,
        LocalDate asOf) {

    static ProfileView of(EnterpriseProfile p) {
        return new ProfileView(
                EnterpriseView.of(p.enterprise()),
                p.knownAt(),
                p.facts(),
                p.certifications(),
                p.sizeClass(),
                p.sizeStandard(),
                p.ageYears(),
                p.rdIntensityPercent(),
                p.asOf());
    }
}
