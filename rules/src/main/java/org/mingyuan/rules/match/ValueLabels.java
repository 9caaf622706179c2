package org.mingyuan.rules.match;

/**
 * Names for the codes of enumeration and set facts, so that explanations and near misses say 上海区块链产业基地 where
 * the table holds {@code shanghai-blockchain-base}. The engine holds no list of names; the application supplies them.
 */
@FunctionalInterface
public interface ValueLabels {

    /** Shows every code as it is. */
    ValueLabels NONE = (fact, code) -> null;

    /**
     * Returns the names of {@code code} of {@code fact}, or null to show the code as it is.
     *
     * @param fact the fact's name, e.g. {@code park}
     * @param code the value as the table holds it
     */
    Label label(String fact, String code);

    /** A code's name in Simplified Chinese and English. */
    record Label(String zh, String en) {}
}
