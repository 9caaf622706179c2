package org.mingyuan.rules.match;

import java.util.OptionalDouble;

/**
 * A clause an enterprise is eligible for, with the amount it would receive.
 *
 * @param clauseId the clause
 * @param amount the amount in CNY after the cap; empty when a fact the amount needs is missing
 */
public record Entitlement(String clauseId, OptionalDouble amount) {}
