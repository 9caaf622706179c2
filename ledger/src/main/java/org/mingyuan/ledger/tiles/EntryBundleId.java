package org.mingyuan.ledger.tiles;

/** An entry bundle: the entries with indexes [256·index, 256·index + width). */
public record EntryBundleId(long index, int width) implements TileRef {

    /** Checks the index and width. */
    public EntryBundleId {
        if (index < 0) {
            throw new IllegalArgumentException("bundle index " + index + " is negative");
        }
        if (width < 1 || width > TileLayout.WIDTH) {
            throw new IllegalArgumentException("bundle width " + width + " out of range [1, 256]");
        }
    }

    /** Returns the index of the first entry in the bundle. */
    public long firstEntry() {
        return index * TileLayout.WIDTH;
    }

    @Override
    public String path() {
        return "tile/entries/" + TilePaths.index(index) + (width == TileLayout.WIDTH ? "" : ".p/" + width);
    }
}
