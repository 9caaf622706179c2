package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;

/**
 * A review criterion (评审标准): each panelist scores each proposal on it once, from 0 to {@code maxScore}.
 *
 * @param weight the criterion's weight, positive; the weights need not sum to anything
 * @param maxScore the highest score, 1..100
 */
public record Criterion(String name, BigDecimal weight, int maxScore) {}
