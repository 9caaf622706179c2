package org.mingyuan.ledger.proof;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.ledger.compact.LeafRange;

/**
 * Which subtree hashes the RFC 9162 inclusion and consistency proofs consist of, as leaf ranges in proof order.
 *
 * <p>Follows the recursive definitions PATH(m, D[n]) of section 2.1.3.1 and SUBPROOF(m, D[n], b) of section
 * 2.1.4.1, with the split at the largest power of two smaller than n.
 */
public final class ProofRanges {

    private ProofRanges() {}

    /**
     * Returns the ranges whose hashes form the inclusion proof of leaf {@code index} in a tree of {@code size}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < size}
     */
    public static List<LeafRange> inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " out of range for size " + size);
        }
        List<LeafRange> siblings = new ArrayList<>();
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long split = begin + largestPowerOfTwoBelow(end - begin);
            if (index < split) {
                siblings.add(new LeafRange(split, end));
                end = split;
            } else {
                siblings.add(new LeafRange(begin, split));
                begin = split;
            }
        }
        return reversed(siblings);
    }

    /**
     * Returns the ranges whose hashes form the consistency proof from {@code size1} to {@code size2}.
     *
     * <p>Empty when {@code size1 == size2} or {@code size1 == 0} (see {@code ConsistencyVerifier} for why a proof
     * from the empty tree is empty).
     *
     * @throws IllegalArgumentException unless {@code 0 <= size1 <= size2}
     */
    public static List<LeafRange> consistency(long size1, long size2) {
        if (size1 < 0 || size2 < size1) {
            throw new IllegalArgumentException("sizes " + size1 + " → " + size2 + " are not 0 <= size1 <= size2");
        }
        List<LeafRange> ranges = new ArrayList<>();
        if (size1 == 0 || size1 == size2) {
            return ranges;
        }
        long begin = 0;
        long end = size2;
        boolean startsAtOldRoot = true;
        while (size1 - begin != end - begin) {
            long split = begin + largestPowerOfTwoBelow(end - begin);
            if (size1 <= split) {
                ranges.add(new LeafRange(split, end));
                end = split;
            } else {
                ranges.add(new LeafRange(begin, split));
                begin = split;
                startsAtOldRoot = false;
            }
        }
        if (!startsAtOldRoot) {
            ranges.add(new LeafRange(begin, end));
        }
        return reversed(ranges);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static List<LeafRange> reversed(List<LeafRange> ranges) {
        List<LeafRange> out = new ArrayList<>(ranges.size());
        for (int i = ranges.size() - 1; i >= 0; i--) {
            out.add(ranges.get(i));
        }
        return out;
    }
}
