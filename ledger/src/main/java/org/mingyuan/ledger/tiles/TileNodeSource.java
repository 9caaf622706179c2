package org.mingyuan.ledger.tiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mingyuan.ledger.compact.NodeId;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.proof.NodeSource;

/**
 * A node source that reads complete subtree hashes back from the hash tiles of a tree of a fixed size.
 *
 * <p>A node at tree level h lives on tile level h/8; when h is not a multiple of 8 it is rehashed from the
 * 2^(h mod 8) tile hashes below it. Each tile is read once per call.
 */
public final class TileNodeSource implements NodeSource {

    private static final int H = TreeHasher.HASH_SIZE;

    private final TileStore store;
    private final long size;

    /** Creates a source for the tree of {@code size} leaves stored in {@code store}. */
    public TileNodeSource(TileStore store, long size) {
        this.store = store;
        this.size = size;
    }

    @Override
    public List<byte[]> hashes(List<NodeId> ids) {
        Map<TileId, byte[]> tiles = new HashMap<>();
        List<byte[]> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            if (id.end() > size || id.end() <= 0) {
                throw new IllegalArgumentException("node " + id + " is not complete in a tree of size " + size);
            }
            int tileLevel = id.level() / TileLayout.HEIGHT;
            int below = id.level() % TileLayout.HEIGHT;
            long first = id.index() << below;
            TileId tile = TileLayout.tile(tileLevel, first / TileLayout.WIDTH, size);
            byte[] data = tiles.computeIfAbsent(tile, this::read);
            int offset = (int) (first % TileLayout.WIDTH);
            out.add(subtree(data, offset, 1 << below));
        }
        return out;
    }

    private byte[] read(TileId tile) {
        byte[] data = store.hashTile(tile);
        if (data.length != tile.width() * H) {
            throw new IllegalStateException(
                    "tile " + tile.path() + " has " + data.length + " bytes, want " + tile.width() * H);
        }
        return data;
    }

    /** Returns the hash of the perfect subtree over {@code count} (a power of two) hashes starting at offset. */
    static byte[] subtree(byte[] tile, int offset, int count) {
        byte[][] level = new byte[count][];
        for (int i = 0; i < count; i++) {
            level[i] = Arrays.copyOfRange(tile, (offset + i) * H, (offset + i + 1) * H);
        }
        for (int n = count; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                level[i] = TreeHasher.node(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }
}
