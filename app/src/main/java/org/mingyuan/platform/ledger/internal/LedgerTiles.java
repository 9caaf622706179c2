package org.mingyuan.platform.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.mingyuan.ledger.tiles.EntryBundle;
import org.mingyuan.ledger.tiles.EntryBundleId;
import org.mingyuan.ledger.tiles.TileId;
import org.mingyuan.ledger.tiles.TileLayout;
import org.mingyuan.ledger.tiles.TileRef;
import org.mingyuan.ledger.tiles.TileStore;
import org.springframework.stereotype.Component;

/**
 * Cuts the tlog-tiles resources of the log at a given size from the stored hashes and entries: level 0 tiles
 * from the leaf hashes, higher tiles from the stored tile hashes, entry bundles from the entries.
 *
 * <p>A tile or bundle of width w exists once the tree has at least w hashes (or entries) in it, so a partial
 * resource stays servable, with the same bytes, after it has grown.
 */
@Component
public class LedgerTiles {

    private final LedgerEntries entries;
    private final TileHashes tileHashes;

    /** Creates the tiles over the stored entries and tile hashes. */
    public LedgerTiles(LedgerEntries entries, TileHashes tileHashes) {
        this.entries = entries;
        this.tileHashes = tileHashes;
    }

    /** Returns the bytes of a tile or bundle of the log of {@code size}, or empty if that log does not have it. */
    public Optional<byte[]> read(TileRef ref, long size) {
        if (ref instanceof TileId tile) {
            return available(tile.level(), tile.index(), size) >= tile.width()
                    ? Optional.of(hashTile(tile))
                    : Optional.empty();
        }
        EntryBundleId bundle = (EntryBundleId) ref;
        long first = bundle.firstEntry();
        return size - first >= bundle.width()
                ? Optional.of(EntryBundle.encode(entries.entries(first, first + bundle.width())))
                : Optional.empty();
    }

    /** Returns a tile store over the log of {@code size}, for building proofs. */
    public TileStore at(long size) {
        return tile -> {
            if (available(tile.level(), tile.index(), size) < tile.width()) {
                throw new IllegalArgumentException("no tile " + tile.path() + " in a log of size " + size);
            }
            return hashTile(tile);
        };
    }

    private static long available(int level, long index, long size) {
        return TileLayout.hashesAt(level, size) - index * TileLayout.WIDTH;
    }

    private byte[] hashTile(TileId tile) {
        long begin = tile.index() * TileLayout.WIDTH;
        long end = begin + tile.width();
        List<byte[]> hashes =
                tile.level() == 0 ? entries.leafHashes(begin, end) : tileHashes.range(tile.level(), begin, end);
        if (hashes.size() != tile.width()) {
            throw new IllegalStateException(
                    "tile " + tile.path() + " has " + hashes.size() + " stored hashes, want " + tile.width());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(tile.width() * 32);
        hashes.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
