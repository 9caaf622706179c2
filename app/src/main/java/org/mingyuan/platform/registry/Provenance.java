package org.mingyuan.platform.registry;

/** Where a figure comes from, shown next to it everywhere. */
public enum Provenance {
    /** Taken from a cited public source. */
    SOURCED,
    /** Made up for the demo; not an official figure. */
    ILLUSTRATIVE
}
