package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A firm's proposal (揭榜方案) for a scenario.
 *
 * @param quote the price asked, CNY, at most the scenario's budget
 * @param materials ids of materials from the enterprise's library
 */
public record Proposal(
        long id,
        ScenarioId scenario,
        long enterpriseId,
        String creditCode,
        String enterprise,
        String summary,
        BigDecimal quote,
        List<Long> materials,
        String submittedBy,
        Instant submittedAt) {

    /** Copies the list. */
    public Proposal {
        materials = List.copyOf(materials);
    }
}
