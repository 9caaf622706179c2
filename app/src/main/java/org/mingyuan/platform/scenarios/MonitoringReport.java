package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A periodic monitoring report of a sandbox pilot (监测报告): one value per risk indicator, each flagged when breached.
 *
 * @param period the period reported on, e.g. {@code 2026-Q1} or {@code 2026-03}
 */
public record MonitoringReport(
        long id, String period, String note, List<Reading> readings, String reportedBy, Instant reportedAt) {

    /** Copies the list. */
    public MonitoringReport {
        readings = List.copyOf(readings);
    }

    /** One indicator's value; {@code position} is the indicator's, from 0. */
    public record Reading(int position, BigDecimal value, boolean breached) {}

    /** True when any reading breaches its indicator. */
    public boolean breached() {
        return readings.stream().anyMatch(Reading::breached);
    }
}
