package org.mingyuan.ledger.proof;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.ledger.compact.CompactTree;
import org.mingyuan.ledger.compact.NodeId;

/** An in-memory node source holding every complete subtree hash of a growing tree; for tests and small logs. */
public final class MemoryNodeSource implements NodeSource {

    private final List<List<byte[]>> levels = new ArrayList<>();
    private final CompactTree tree = new CompactTree();

    /** Returns a source holding the tree of the given leaf hashes. */
    public static MemoryNodeSource of(List<byte[]> leafHashes) {
        MemoryNodeSource source = new MemoryNodeSource();
        leafHashes.forEach(source::append);
        return source;
    }

    /** Appends a leaf hash and stores every subtree it completes. */
    public void append(byte[] leafHash) {
        tree.append(leafHash, (id, hash) -> {
            if (levels.size() == id.level()) {
                levels.add(new ArrayList<>());
            }
            levels.get(id.level()).add(hash);
        });
    }

    /** Returns the number of leaves. */
    public long size() {
        return tree.size();
    }

    /** Returns the root of the whole tree. */
    public byte[] root() {
        return tree.root();
    }

    @Override
    public List<byte[]> hashes(List<NodeId> ids) {
        List<byte[]> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            if (id.level() >= levels.size()
                    || id.index() >= levels.get(id.level()).size()) {
                throw new IllegalArgumentException("node " + id + " is not in a tree of size " + size());
            }
            out.add(levels.get(id.level()).get((int) id.index()));
        }
        return out;
    }
}
