package org.mingyuan.ledger.compact;

/**
 * A complete subtree of the Merkle tree: at {@code level} L it covers leaves {@code [index·2^L, (index+1)·2^L)}.
 *
 * <p>Level 0 nodes are leaf hashes. Only complete (perfect) subtrees have a node id; the hashes of ragged right
 * edges are folded from several node ids.
 */
public record NodeId(int level, long index) {

    /** Checks that the level is in [0, 63] and the index is not negative. */
    public NodeId {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("level " + level + " out of range [0, 63]");
        }
        if (index < 0 || (level > 0 && index > (Long.MAX_VALUE >>> level))) {
            throw new IllegalArgumentException("index " + index + " out of range at level " + level);
        }
    }

    /** Returns the first leaf index the node covers. */
    public long begin() {
        return index << level;
    }

    /** Returns the leaf index just past the node, so the node covers [begin, end). */
    public long end() {
        return (index + 1) << level;
    }

    /** Returns the node's parent, one level up. */
    public NodeId parent() {
        return new NodeId(level + 1, index >>> 1);
    }

    /** Returns the node's sibling on the same level. */
    public NodeId sibling() {
        return new NodeId(level, index ^ 1);
    }
}
