package org.mingyuan.ledger.proof;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.ledger.compact.LeafRange;
import org.mingyuan.ledger.compact.NodeId;
import org.mingyuan.ledger.compact.RangeNodes;

/** Builds RFC 9162 inclusion and consistency proofs from the complete subtree hashes of a node source. */
public final class ProofBuilder {

    private final NodeSource source;

    /** Creates a builder reading from the given source. */
    public ProofBuilder(NodeSource source) {
        this.source = source;
    }

    /** Returns the inclusion proof of leaf {@code index} in the tree of {@code size}, leaf side first. */
    public List<byte[]> inclusion(long index, long size) {
        return hashesOf(ProofRanges.inclusion(index, size));
    }

    /** Returns the consistency proof from {@code size1} to {@code size2}. */
    public List<byte[]> consistency(long size1, long size2) {
        return hashesOf(ProofRanges.consistency(size1, size2));
    }

    /** Returns the root of the tree of {@code size} leaves, read from the source. */
    public byte[] root(long size) {
        return hashesOf(List.of(new LeafRange(0, size))).get(0);
    }

    private List<byte[]> hashesOf(List<LeafRange> ranges) {
        List<List<NodeId>> perRange = new ArrayList<>(ranges.size());
        List<NodeId> all = new ArrayList<>();
        for (LeafRange range : ranges) {
            List<NodeId> nodes = range.nodes();
            perRange.add(nodes);
            all.addAll(nodes);
        }
        List<byte[]> hashes = source.hashes(all);
        if (hashes.size() != all.size()) {
            throw new IllegalStateException("node source returned " + hashes.size() + " hashes, want " + all.size());
        }
        List<byte[]> proof = new ArrayList<>(ranges.size());
        int next = 0;
        for (List<NodeId> nodes : perRange) {
            proof.add(RangeNodes.fold(hashes.subList(next, next + nodes.size())));
            next += nodes.size();
        }
        return proof;
    }
}
