package org.mingyuan.rules.match;

import java.util.List;

/**
 * The enterprises that meet every top-level condition of a clause but one.
 *
 * @param conditionZh the condition they fail, in Simplified Chinese
 * @param conditionEn the condition they fail, in English
 * @param count how many enterprises fail only this condition
 * @param enterprises their keys, in row order
 */
public record NearMiss(String conditionZh, String conditionEn, long count, List<String> enterprises) {}
