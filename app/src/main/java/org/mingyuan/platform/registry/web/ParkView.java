package org.mingyuan.platform.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkTarget;
import org.mingyuan.platform.registry.Sourced;

/** A park as the API shows it; every figure carries its provenance (SOURCED or ILLUSTRATIVE). */
record ParkView(
        long id,
        String code,
        String name,
        String nameEn,
        String province,
        String city,
        String cityEn,
        @Nullable String district,
        @Nullable Sourced<String> operator,
        @Nullable String operatorEn,
        @Nullable Sourced<BigDecimal> floorAreaM2,
        @Nullable Sourced<Boolean> governmentLed,
        @Nullable LocalDate launchedOn,
        @Nullable String summary,
        @Nullable String summaryEn,
        @Nullable String source,
        List<TargetView> targets) {

    /** A planned figure against the actual one. */
    record TargetView(
            String metric,
            Sourced<BigDecimal> planned,
            @Nullable LocalDate plannedBy,
            @Nullable Sourced<BigDecimal> actual,
            @Nullable LocalDate actualAsOf,
            @Nullable BigDecimal attainmentPercent,
            @Nullable String source) {

        static TargetView of(ParkTarget target) {
            return new TargetView(
                    target.metric().name(),
                    target.planned(),
                    target.plannedBy(),
                    target.actual(),
                    target.actualAsOf(),
                    target.attainmentPercent(),
                    target.source());
        }
    }

    static ParkView of(Park park) {
        return new ParkView(
                park.id().value(),
                park.code(),
                park.nameZh(),
                park.nameEn(),
                park.provinceZh(),
                park.cityZh(),
                park.cityEn(),
                park.districtZh(),
                park.operatorZh(),
                park.operatorEn(),
                park.floorAreaM2(),
                park.governmentLed(),
                park.launchedOn(),
                park.summaryZh(),
                park.summaryEn(),
                park.source(),
                park.targets().stream().map(TargetView::of).toList());
    }
}
