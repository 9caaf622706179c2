package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The totals of the clause texts simulated lately, each kept with the state of the registry's copy it was computed on:
 * a text asked again while the copy is the same and has followed no change since gets the same figures. At most
 * {@link #SIZE} texts, the least recently asked dropped first.
 */
final class RecentFigures {

    /** How many texts are kept. */
    static final int SIZE = 256;

    /** What a text's totals depend on: its expressions and cap (not its budget, title or examples). */
    record Text(String eligibility, String amount, @Nullable BigDecimal cap) {}

    /** A copy of the registry ({@link RegistryCopy#serial()}) at a change sequence position. */
    record State(long copy, long seq) {}

    private record Entry(State state, SimulationReport.Figures figures) {}

    private final Map<Text, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Text, Entry> eldest) {
            return size() > SIZE;
        }
    };

    /** The figures of {@code text} computed in {@code state}, or null. */
    synchronized SimulationReport.@Nullable Figures get(Text text, State state) {
        Entry entry = entries.get(text);
        return entry != null && entry.state().equals(state) ? entry.figures() : null;
    }

    synchronized void put(Text text, State state, SimulationReport.Figures figures) {
        entries.put(text, new Entry(state, figures));
    }
}
