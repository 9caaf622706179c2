package org.mingyuan.platform.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The most area of a unit let at any one moment of a period: leases that never run at the same time
 * share the same square metres, so their areas do not add up.
 */
public final class LetPeak {

    private LetPeak() {}

    /** An area let for the half-open period [{@code start}, {@code end}). */
    public interface Let {
        BigDecimal areaM2();

        LocalDate start();

        LocalDate end();
    }

    /** A let area and period, nothing else. */
    public record Span(BigDecimal areaM2, LocalDate start, LocalDate end) implements Let {}

    /**
     * The largest sum of the areas of {@code lets} running on any one day of the half-open period
     * [{@code start}, {@code end}); zero when none runs in it. A lease ending on a day and one starting
     * on it never count together.
     */
    public static BigDecimal of(Collection<? extends Let> lets, LocalDate start, LocalDate end) {
        TreeMap<LocalDate, BigDecimal> changes = new TreeMap<>();
        for (Let let : lets) {
            if (let.start().isBefore(end) && let.end().isAfter(start)) {
                changes.merge(later(let.start(), start), let.areaM2(), BigDecimal::add);
                changes.merge(earlier(let.end(), end), let.areaM2().negate(), BigDecimal::add);
            }
        }
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        for (BigDecimal change : changes.values()) {
            running = running.add(change);
            peak = peak.max(running);
        }
        return peak;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
