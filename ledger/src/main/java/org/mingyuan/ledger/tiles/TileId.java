package org.mingyuan.ledger.tiles;

/**
 * A hash tile: at tile {@code level} L it holds up to 256 hashes of complete subtrees of height 8·L, the ones with
 * indexes [256·index, 256·index + width) on tree level 8·L. Width 256 is a full tile, less a partial one.
 */
public record TileId(int level, long index, int width) implements TileRef {

    /** Checks the level (0..63, tile levels are at most 8 tree levels apart), index and width. */
    public TileId {
        if (level < 0 || level > 7) {
            throw new IllegalArgumentException("tile level " + level + " out of range [0, 7]");
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index " + index + " is negative");
        }
        if (width < 1 || width > TileLayout.WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " out of range [1, 256]");
        }
    }

    /** Returns whether the tile holds all 256 hashes. */
    public boolean full() {
        return width == TileLayout.WIDTH;
    }

    @Override
    public String path() {
        return "tile/" + level + "/" + TilePaths.index(index) + (full() ? "" : ".p/" + width);
    }
}
