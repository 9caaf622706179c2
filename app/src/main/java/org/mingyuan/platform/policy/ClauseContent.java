package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of one version of a clause, as an officer writes it: everything a version holds but its number and state.
 *
 * @param eligibility the CEL condition over the facts of {@link FactSchemas}
 * @param amount the CEL amount in CNY
 * @param cap the largest amount one enterprise receives, CNY, or null for none
 * @param budget the clause's total budget, CNY, or null when not set
 * @param validFrom first day the version is in force, or null; {@code validUntil} the first day it no longer is
 * @param applyFrom first day applications are taken, or null; {@code applyUntil} the last day (inclusive), or null
 * @param illustrative which figures are illustrative rather than sourced (e.g. {@code budget}, {@code amount}), so
 *     nobody takes a demo figure for an official one
 */
public record ClauseContent(
        String titleZh,
        String titleEn,
        String summaryZh,
        String summaryEn,
        String eligibility,
        String amount,
        @Nullable BigDecimal cap,
        @Nullable BigDecimal budget,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable LocalDate applyFrom,
        @Nullable LocalDate applyUntil,
        ClauseMode mode,
        List<String> materials,
        List<ReviewStage> reviewStages,
        String legalBasis,
        String contact,
        List<String> illustrative,
        List<ExampleCase> examples) {

    /** Copies the lists; absent lists become empty. */
    public ClauseContent {
        materials = materials == null ? List.of() : List.copyOf(materials);
        reviewStages = reviewStages == null ? List.of() : List.copyOf(reviewStages);
        illustrative = illustrative == null ? List.of() : List.copyOf(illustrative);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * The first draft of a clause an officer starts from its title alone: the summaries repeat the title, nobody is
     * eligible ({@code false}) and the amount is nothing until the officer writes them, and with no example case it
     * cannot be published as it is.
     */
    public static ClauseContent started(String titleZh, String titleEn) {
        return sketch(titleZh, titleEn, titleZh, titleEn, "false", "0.0", null, null);
    }

    /**
     * A clause of these titles, summaries, expressions, cap and budget with nothing else said yet: no windows,
     * applied for, no materials, stages, legal basis, contact or example cases.
     */
    public static ClauseContent sketch(
            String titleZh,
            String titleEn,
            String summaryZh,
            String summaryEn,
            String eligibility,
            String amount,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget) {
        return new ClauseContent(
                titleZh,
                titleEn,
                summaryZh,
                summaryEn,
                eligibility,
                amount,
                cap,
                budget,
                null,
                null,
                null,
                null,
                ClauseMode.APPLY,
                List.of(),
                List.of(),
                "",
                "",
                List.of(),
                List.of());
    }
}
