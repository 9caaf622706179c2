package org.mingyuan.ledger.witness;

/** The size and root of the latest checkpoint a witness cosigned for a log. */
public record TreeHead(long size, byte[] root) {

    /** Copies the root. */
    public TreeHead {
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }
}
