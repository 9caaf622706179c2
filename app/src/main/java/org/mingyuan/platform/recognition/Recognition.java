package org.mingyuan.platform.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application for recognition under one scheme, with the figures the firm declared, the evidence it handed in, the
 * reviews and the outcome.
 *
 * @param revenue operating revenue of the last year, 万元
 * @param blockchainShare the share of revenue from blockchain business, percent
 * @param failedCriteria for an application refused on its criteria, each failed criterion with the figures (Chinese);
 *     empty otherwise
 * @param evidence slot to material id
 * @param stageDue the last day of the current review stage; null once decided
 * @param validUntil the last day the recognition is valid (exclusive of revocation); null unless recognised
 * @param opinions the expert panel's opinions, in the order given
 */
public record Recognition(
        long id,
        long schemeId,
        long enterpriseId,
        String creditCode,
        String enterpriseName,
        RecognitionState state,
        int ipItems,
        int grantedPatents,
        BigDecimal revenue,
        BigDecimal blockchainShare,
        boolean virtualCurrency,
        @Nullable String cacFilingNumber,
        boolean committed,
        List<String> failedCriteria,
        Map<String, Long> evidence,
        String submittedBy,
        Instant submittedAt,
        @Nullable LocalDate stageDue,
        @Nullable String districtBy,
        @Nullable String districtNote,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable LocalDate revokedOn,
        @Nullable String revokeReason,
        int revision,
        List<Opinion> opinions) {

    /** Copies the lists and map. */
    public Recognition {
        failedCriteria = List.copyOf(failedCriteria);
        evidence = Map.copyOf(evidence);
        opinions = List.copyOf(opinions);
    }

    /** The certificate number the registry holds for this recognition. */
    public String certificateNumber() {
        return certificateNumber(id);
    }

    /** The certificate number of application {@code id}: {@code 认定-<id>}. */
    public static String certificateNumber(long id) {
        return "认定-" + id;
    }

    /** The opinions that agree. */
    public long agreeing() {
        return opinions.stream().filter(Opinion::agrees).count();
    }

    /** An expert's opinion, given once. */
    public record Opinion(String expert, boolean agrees, String reason, Instant givenAt) {}
}
