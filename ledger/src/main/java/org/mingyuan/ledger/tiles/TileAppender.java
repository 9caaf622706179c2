package org.mingyuan.ledger.tiles;

import org.mingyuan.ledger.compact.CompactTree;
import org.mingyuan.ledger.compact.NodeId;

/**
 * Appends leaf hashes and reports every hash that belongs in a tile, which is how a log fills its tiles.
 *
 * <p>A tile hash is a complete subtree at a tree level that is a multiple of 8: hash number {@code n} of tile level
 * L goes to tile {@code n / 256} at position {@code n % 256}. Not thread-safe.
 */
public final class TileAppender {

    /** Receives the hashes that belong in tiles. */
    @FunctionalInterface
    public interface TileHashSink {
        /** Accepts hash number {@code n} of tile level {@code level}. */
        void accept(int level, long n, byte[] hash);
    }

    private final CompactTree tree;

    /** Creates an appender for an empty tree. */
    public TileAppender() {
        this(new CompactTree());
    }

    /** Creates an appender continuing a tree (for instance one restored from its compact range). */
    public TileAppender(CompactTree tree) {
        this.tree = tree;
    }

    /** Appends a leaf hash and reports the tile hashes it completes, bottom up. */
    public void append(byte[] leafHash, TileHashSink sink) {
        tree.append(leafHash, (NodeId id, byte[] hash) -> {
            if (id.level() % TileLayout.HEIGHT == 0) {
                sink.accept(id.level() / TileLayout.HEIGHT, id.index(), hash);
            }
        });
    }

    /** Returns the number of leaves. */
    public long size() {
        return tree.size();
    }

    /** Returns the current root. */
    public byte[] root() {
        return tree.root();
    }
}
