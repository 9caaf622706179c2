package org.mingyuan.rules.match;

import java.util.Map;
import java.util.Optional;

/**
 * What a draft clause would do to the registry.
 *
 * @param clauseId the clause simulated
 * @param totals how many enterprises qualify and the total amount
 * @param breakdown per requested enumeration fact, totals per value ("" for missing)
 * @param againstCurrent the change against the published version with the same id, if any
 */
public record SimulationResult(
        String clauseId,
        Totals totals,
        Map<String, Map<String, Totals>> breakdown,
        Optional<Difference> againstCurrent) {

    /**
     * The change of a draft against the published version.
     *
     * @param current the published version's totals
     * @param gained enterprises eligible only under the draft
     * @param lost enterprises eligible only under the published version
     * @param amountChange the draft's total amount minus the published one's
     */
    public record Difference(Totals current, long gained, long lost, double amountChange) {}
}
