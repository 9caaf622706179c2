package org.mingyuan.platform.registry.sizing;

import java.math.BigDecimal;

/**
 * The three limits of one measure in one industry group, in persons or 万元.
 *
 * @param smeCeiling an enterprise below this (in any of its group's measures) is small or medium
 * @param mediumMinimum at or above this (in every measure) a small-or-medium enterprise is medium
 * @param smallMinimum at or above this (in every measure) a small-or-medium enterprise is small
 */
public record Threshold(Measure measure, BigDecimal smeCeiling, BigDecimal mediumMinimum, BigDecimal smallMinimum) {}
