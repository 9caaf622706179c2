package org.mingyuan.platform.registry;

import java.time.LocalDate;
import java.util.Map;

/**
 * An enterprise's facts as clauses read them, on one day: each {@link MatchingFact}'s key with its value (typed as
 * {@link MatchingFact.Type} says); a fact not known is absent from the map, never null or zero.
 */
public record EnterpriseFacts(
        EnterpriseId enterprise, String creditCode, String name, LocalDate asOf, Map<String, Object> values) {}
