package org.mingyuan.rules.match;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Why an enterprise is or is not eligible for a clause.
 *
 * @param enterpriseKey the enterprise
 * @param clauseId the clause
 * @param eligible whether it is eligible
 * @param amount the amount in CNY when eligible and computable
 * @param checks the conditions, in the order written, nested groups indented by depth
 */
public record Explanation(
        String enterpriseKey, String clauseId, boolean eligible, OptionalDouble amount, List<Check> checks) {}
