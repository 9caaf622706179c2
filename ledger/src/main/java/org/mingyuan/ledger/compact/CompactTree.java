package org.mingyuan.ledger.compact;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.ledger.hash.TreeHasher;

/**
 * The compact range [0, size) of a growing tree: one hash per set bit of the size, enough to append and to compute
 * the root in O(log size).
 *
 * <p>Not thread-safe. Appending reports every complete subtree it finishes, which is how callers fill tiles.
 */
public final class CompactTree {

    /** Receives each complete subtree hash as soon as appending finishes it. */
    @FunctionalInterface
    public interface NodeSink {
        /** Accepts the hash of a complete subtree. */
        void accept(NodeId id, byte[] hash);
    }

    private final List<byte[]> hashes = new ArrayList<>();
    private long size;

    /** Returns the number of leaves appended so far. */
    public long size() {
        return size;
    }

    /** Appends one leaf hash. */
    public void append(byte[] leafHash) {
        append(leafHash, (id, hash) -> {});
    }

    /** Appends one leaf hash and reports the leaf and every subtree it completes to the sink, bottom up. */
    public void append(byte[] leafHash, NodeSink sink) {
        if (leafHash.length != TreeHasher.HASH_SIZE) {
            throw new IllegalArgumentException("leaf hash has " + leafHash.length + " bytes, want 32");
        }
        NodeId id = new NodeId(0, size);
        byte[] hash = leafHash;
        sink.accept(id, hash);
        while ((id.index() & 1) == 1) {
            hash = TreeHasher.node(hashes.remove(hashes.size() - 1), hash);
            id = id.parent();
            sink.accept(id, hash);
        }
        hashes.add(hash);
        size++;
    }

    /** Returns the Merkle tree hash of the leaves appended so far; the empty root when there are none. */
    public byte[] root() {
        return RangeNodes.fold(hashes);
    }

    /** Returns the hashes of the complete subtrees of [0, size), largest first; a copy. */
    public List<byte[]> hashes() {
        return List.copyOf(hashes);
    }
}
