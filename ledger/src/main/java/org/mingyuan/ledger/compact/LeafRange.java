package org.mingyuan.ledger.compact;

import java.util.List;

/** A half-open range of leaf indexes [begin, end). */
public record LeafRange(long begin, long end) {

    /** Checks that {@code 0 <= begin <= end}. */
    public LeafRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + ", " + end + ")");
        }
    }

    /** Returns the number of leaves in the range. */
    public long size() {
        return end - begin;
    }

    /** Returns the largest complete subtrees that tile the range, left to right. */
    public List<NodeId> nodes() {
        return RangeNodes.decompose(begin, end);
    }
}
