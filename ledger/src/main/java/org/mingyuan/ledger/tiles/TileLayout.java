package org.mingyuan.ledger.tiles;

import java.util.ArrayList;
import java.util.List;

/** Which tiles and entry bundles a tree of a given size has, with tile height 8 (256 hashes per full tile). */
public final class TileLayout {

    /** Tree levels per tile level. */
    public static final int HEIGHT = 8;

    /** Hashes in a full tile, entries in a full bundle. */
    public static final int WIDTH = 1 << HEIGHT;

    private TileLayout() {}

    /** Returns how many complete subtree hashes the tree of {@code size} has on tile level {@code level}. */
    public static long hashesAt(int level, long size) {
        return level * HEIGHT >= 63 ? 0 : size >>> (level * HEIGHT);
    }

    /**
     * Returns the tile of a tree of {@code size} that holds tile {@code index} of {@code level}, at the width the
     * tree gives it.
     *
     * @throws IllegalArgumentException if the tree has no such tile
     */
    public static TileId tile(int level, long index, long size) {
        long count = hashesAt(level, size) - index * WIDTH;
        if (count <= 0) {
            throw new IllegalArgumentException(
                    "a tree of size " + size + " has no tile " + index + " at level " + level);
        }
        return new TileId(level, index, (int) Math.min(WIDTH, count));
    }

    /** Returns every hash tile of a tree of {@code size}, level by level, left to right. */
    public static List<TileId> hashTiles(long size) {
        List<TileId> out = new ArrayList<>();
        for (int level = 0; hashesAt(level, size) > 0; level++) {
            long count = hashesAt(level, size);
            for (long index = 0; index * WIDTH < count; index++) {
                out.add(tile(level, index, size));
            }
        }
        return out;
    }

    /** Returns every entry bundle of a log of {@code size} entries, left to right. */
    public static List<EntryBundleId> entryBundles(long size) {
        List<EntryBundleId> out = new ArrayList<>();
        for (long index = 0; index * WIDTH < size; index++) {
            out.add(new EntryBundleId(index, (int) Math.min(WIDTH, size - index * WIDTH)));
        }
        return out;
    }
}
