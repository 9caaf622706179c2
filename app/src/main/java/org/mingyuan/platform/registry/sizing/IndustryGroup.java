package org.mingyuan.platform.registry.sizing;

import java.util.List;

/**
 * An industry group of an SME standard with the GB/T 4754 code prefixes it covers and its limits.
 *
 * @param code stable code such as {@code SOFTWARE_IT}
 * @param prefixes section letters or letter-and-digit prefixes; empty for the fallback group
 * @param thresholds one or two, one per measure the group is judged by
 */
public record IndustryGroup(
        String code, String nameZh, String nameEn, List<String> prefixes, List<Threshold> thresholds) {

    /** A group; the lists are copied. */
    public IndustryGroup {
        prefixes = List.copyOf(prefixes);
        thresholds = List.copyOf(thresholds);
    }
}
