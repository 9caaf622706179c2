package org.mingyuan.ledger.proof;

import java.util.List;
import org.mingyuan.ledger.compact.NodeId;

/**
 * Where proof builders read the hashes of complete subtrees: the application implements it over the tiles in its
 * database, {@link MemoryNodeSource} keeps them in memory.
 */
public interface NodeSource {

    /**
     * Returns the hashes of the given complete subtrees, in the same order; one call per proof so an implementation
     * can fetch in one batch.
     *
     * @throws IllegalArgumentException if a node is not (yet) in the tree
     */
    List<byte[]> hashes(List<NodeId> ids);
}
