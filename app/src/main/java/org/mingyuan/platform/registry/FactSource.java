package org.mingyuan.platform.registry;

/** Who stands behind a fact; shown next to every value, and used by clauses that need verified data. */
public enum FactSource {
    /** Declared by the enterprise itself (or for it by its park operator). */
    DECLARED,
    /** Taken from an imported file. */
    IMPORTED,
    /** Verified by a government department. */
    VERIFIED;

    /** How much this source outweighs another for the same period: verified over imported over declared. */
    int weight() {
        return ordinal();
    }
}
