package org.mingyuan.ledger.verifier;

/** The outcome of a full log audit. */
public sealed interface AuditResult {

    /** Every entry, tile and the root agree with the signed checkpoint of {@code size} entries. */
    record Consistent(String origin, long size) implements AuditResult {}

    /** The first entry index where the published log disagrees with itself, and what disagrees there. */
    record Disagreement(long index, String what) implements AuditResult {}

    /** Every entry and tile agree, but the checkpoint's root is not the root they give. */
    record CheckpointDisagrees(String what) implements AuditResult {}
}
