package org.mingyuan.platform.incubation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * An incubator as of a day: its stays (current and graduated), the financing rounds of every enterprise that stayed
 * in it, and the national conditions measured on them.
 */
public record IncubatorReport(
        Incubator incubator,
        String parkName,
        LocalDate asOf,
        List<Incubatee> incubatees,
        List<FinancingRound> rounds,
        List<Condition> conditions) {

    /** Enterprises incubated on the day. */
    @JsonProperty("current")
    public long current() {
        return incubatees.stream().filter(i -> i.currentOn(asOf)).count();
    }

    /** Enterprises graduated by the day. */
    @JsonProperty("graduates")
    public long graduates() {
        return incubatees.stream().filter(i -> i.graduatedBy(asOf)).count();
    }

    /** True when every condition of {@code tier} is met. */
    public boolean meets(Condition.Tier tier) {
        return conditions.stream().filter(c -> c.tier() == tier).allMatch(Condition::met);
    }

    /** The conditions of {@code tier}, in order. */
    public List<Condition> conditions(Condition.Tier tier) {
        return conditions.stream().filter(c -> c.tier() == tier).toList();
    }
}
