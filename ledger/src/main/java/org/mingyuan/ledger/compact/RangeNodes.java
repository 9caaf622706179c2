package org.mingyuan.ledger.compact;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.ledger.hash.TreeHasher;

/** Splits a leaf range into complete subtrees and folds their hashes back into the range's Merkle tree hash. */
public final class RangeNodes {

    private RangeNodes() {}

    /**
     * Returns the largest complete subtrees that tile the half-open range [begin, end), left to right.
     *
     * @throws IllegalArgumentException if {@code begin < 0} or {@code end < begin}
     */
    public static List<NodeId> decompose(long begin, long end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + ", " + end + ")");
        }
        List<NodeId> left = new ArrayList<>();
        List<NodeId> right = new ArrayList<>();
        long lo = begin;
        long hi = end;
        int level = 0;
        while (lo < hi) {
            long loIndex = lo >>> level;
            long hiIndex = hi >>> level;
            if ((loIndex & 1) == 1 && loIndex < hiIndex) {
                left.add(new NodeId(level, loIndex));
                lo += 1L << level;
            }
            if ((hiIndex & 1) == 1 && lo < hi) {
                right.add(new NodeId(level, hiIndex - 1));
                hi -= 1L << level;
            }
            level++;
        }
        for (int i = right.size() - 1; i >= 0; i--) {
            left.add(right.get(i));
        }
        return left;
    }

    /**
     * Returns the Merkle tree hash of a range from the hashes of its decomposition, given left to right.
     *
     * <p>Correct when the subtrees shrink from left to right, as they do for every range proofs ask for: ranges
     * that start at a multiple of a power of two at least as large as their length, such as [0, size).
     */
    public static byte[] fold(List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return TreeHasher.emptyRoot();
        }
        byte[] acc = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            acc = TreeHasher.node(hashes.get(i), acc);
        }
        return acc;
    }
}
