package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.matching.Explained;

/**
 * What an enterprise may apply for today, and what the one form asks: the clauses it qualifies for that take
 * applications (申报) with their window open and no case of it under way, each with the facts it reads as the registry
 * holds them (read-only), and the materials the clauses need.
 *
 * @param day the day the clauses were evaluated on
 * @param materials every material the offered clauses name, in first-named order without repeats, each with the
 *     material of the library that would be handed in for it
 */
public record ApplicationOffer(
        String creditCode, String enterpriseName, LocalDate day, List<Offered> clauses, List<Needed> materials) {

    /**
     * A material the offered clauses name.
     *
     * @param current the library's material usable today for it, handed in unless another is named; null for none
     */
    public record Needed(String name, @Nullable Material current) {}

    /**
     * A clause the enterprise may apply for.
     *
     * @param estimatedAmount what it computes for the enterprise, CNY after the cap; null when a fact is missing
     * @param applyUntil the last day applications are taken, or null for no end
     * @param conditions the clause's conditions with the enterprise's values, as the rules engine explains them
     */
    public record Offered(
            String clauseId,
            int version,
            String titleZh,
            String titleEn,
            @Nullable BigDecimal estimatedAmount,
            @Nullable LocalDate applyUntil,
            List<String> materials,
            List<ReviewStage> stages,
            List<Explained.Condition> conditions) {

        /** The title in the reader's language. */
        public String title(java.util.Locale locale) {
            return locale.getLanguage().equals("en") ? titleEn : titleZh;
        }
    }
}
