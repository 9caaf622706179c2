package org.mingyuan.platform.fulfillment.material.web;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialType;

/**
 * A material as the API and the pages show it.
 *
 * @param type the type's code, with its labels beside it
 * @param validUntil last day it is valid on, inclusive
 * @param usableToday not superseded and valid today (China Standard Time): what an application would reuse
 */
record MaterialView(
        long id,
        String type,
        String typeLabelZh,
        String typeLabelEn,
        String fileName,
        String contentType,
        long size,
        String sha256,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant supersededAt,
        @Nullable String supersededBy,
        boolean usableToday) {

    static MaterialView of(Material material, MaterialType type, LocalDate today) {
        return new MaterialView(
                material.id(),
                material.typeCode(),
                type.labelZh(),
                type.labelEn(),
                material.fileName(),
                material.contentType(),
                material.size(),
                material.sha256(),
                material.validFrom(),
                material.validUntil(),
                material.uploadedAt(),
                material.uploadedBy(),
                material.supersededAt(),
                material.supersededBy(),
                material.usableOn(today));
    }
}
