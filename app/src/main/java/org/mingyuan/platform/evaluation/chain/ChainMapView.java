package org.mingyuan.platform.evaluation.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.ChainSegment;

/**
 * The industry-chain map (产业链图谱): enterprises per park and chain segment, each park's gaps with the parks strong in
 * each gap as candidates for cross-park cooperation, and the totals across all parks.
 *
 * @param segments every segment of the taxonomy, upstream first; the columns of the map
 * @param parks every park, or only the park asked for, in the park catalogue's order
 * @param totals per segment code, the enterprises of all parks together (every park, also when one was asked for)
 * @param missingEverywhere the codes of the segments no park has an enterprise in
 * @param members for the park asked for, when the caller may see its enterprises: their names per segment code (at
 *     most {@value ChainMaps#MOST_NAMES} each, by name); null otherwise
 */
public record ChainMapView(
        List<ChainSegment> segments,
        List<ParkChain> parks,
        Map<String, Integer> totals,
        List<String> missingEverywhere,
        @Nullable Map<String, List<String>> members) {

    /**
     * One park's row of the map.
     *
     * @param counts per segment code, in the segments' order, the park's enterprises in it (zero where none)
     * @param enterprises the park's enterprises with a segment
     * @param covered the segments with at least one of them
     * @param gaps the segments with none, upstream first
     */
    public record ParkChain(
            long parkId,
            String code,
            String nameZh,
            String nameEn,
            Map<String, Integer> counts,
            int enterprises,
            int covered,
            List<Gap> gaps) {

        /** The park's name in {@code locale}'s language. */
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /**
     * A segment a park lacks and the parks with the most enterprises in it.
     *
     * @param candidates at most {@value ChainMaps#MOST_CANDIDATES} parks, the most enterprises first; empty when no
     *     park has any
     */
    public record Gap(String segment, List<Candidate> candidates) {}

    /** A park strong in a segment, with its enterprises in it. */
    public record Candidate(long parkId, String nameZh, String nameEn, int enterprises) {

        /** The park's name in {@code locale}'s language. */
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }
}
