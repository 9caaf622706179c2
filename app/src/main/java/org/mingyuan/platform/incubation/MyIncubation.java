package org.mingyuan.platform.incubation;

import java.util.List;

/** What an enterprise sees of its own incubation: its stays with the incubators' names, and its financing rounds. */
public record MyIncubation(List<Stay> stays, List<FinancingRound> rounds) {

    /** One stay with the incubator's name. */
    public record Stay(Incubatee incubatee, String incubatorName) {}
}
