package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one proposal stands in the panel's scoring.
 *
 * @param scorers the panelists who scored it on every criterion
 * @param complete true when every panelist who may score it has
 * @param averages per criterion, in order, the mean of the panel's scores; null where nobody scored yet
 * @param total the weighted total on a 0–100 scale: Σ weight × mean ÷ max over Σ weight, × 100; null before any score
 * @param rank 1 for the highest total; proposals without a total come last
 */
public record Standing(
        Proposal proposal,
        int scorers,
        boolean complete,
        List<@Nullable BigDecimal> averages,
        @Nullable BigDecimal total,
        int rank) {}
