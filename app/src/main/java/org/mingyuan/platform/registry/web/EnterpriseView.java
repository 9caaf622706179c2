package org.mingyuan.platform.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.SizeClass;

/** An enterprise as the API shows it in lists; money in 万元. */
record EnterpriseView(
        String creditCode,
        String name,
        @Nullable String address,
        String divisionCode,
        String industryCode,
        LocalDate foundedOn,
        @Nullable BigDecimal registeredCapital,
        @Nullable Long parkId,
        @Nullable String chainSegment,
        @Nullable SizeClass sizeClass,
        boolean synthetic) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(
                e.creditCode().value(),
                e.name(),
                e.address(),
                e.divisionCode(),
                e.industryCode(),
                e.foundedOn(),
                e.registeredCapital(),
                e.parkId(),
                e.chainSegment(),
                e.sizeClass(),
                e.synthetic());
    }
}
