package org.mingyuan.ledger.tiles;

/** Reads hash tiles; the application implements it over its database, {@link MemoryTileLog} in memory. */
public interface TileStore {

    /**
     * Returns the tile's hashes, {@code 32 · width} bytes.
     *
     * @throws IllegalArgumentException if the store does not have that tile
     */
    byte[] hashTile(TileId id);
}
