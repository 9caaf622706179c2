package org.mingyuan.platform.registry;

/**
 * The size class of an enterprise under the SME classification standard in force.
 *
 * <p>Labels are the message keys {@code sizeClass.LARGE} and so on.
 */
public enum SizeClass {
    /** 大型: not under any SME ceiling. */
    LARGE,
    /** 中型: an SME at or above both medium minima. */
    MEDIUM,
    /** 小型: an SME at or above both small minima. */
    SMALL,
    /** 微型: an SME below either small minimum. */
    MICRO
}
