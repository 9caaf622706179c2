package org.mingyuan.ledger.tiles;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mingyuan.ledger.hash.TreeHasher;

/**
 * An in-memory tiled log: entries in bundles and hashes in tiles, as a server would publish them.
 *
 * <p>For tests, the benchmark and small logs; the application keeps the same tiles in its database. Not
 * thread-safe while appending; reads may run concurrently once appending has stopped.
 */
public final class MemoryTileLog implements TileStore {

    private static final int H = TreeHasher.HASH_SIZE;
    private static final int TILE_BYTES = TileLayout.WIDTH * H;

    private final TileAppender appender = new TileAppender();
    private final List<List<byte[]>> levels = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();
    private final List<byte[]> bundles = new ArrayList<>();
    private ByteArrayOutputStream openBundle = new ByteArrayOutputStream();

    /** Appends an entry (at most 65535 bytes) and returns its index. */
    public long append(byte[] entry) {
        long index = appender.size();
        EntryBundle.append(openBundle, entry);
        appendLeafHash(TreeHasher.leaf(entry));
        if (appender.size() % TileLayout.WIDTH == 0) {
            bundles.add(openBundle.toByteArray());
            openBundle = new ByteArrayOutputStream();
        }
        return index;
    }

    /** Appends a leaf hash without keeping an entry; for hash-only logs such as the benchmark's. */
    public void appendLeafHash(byte[] leafHash) {
        appender.append(leafHash, this::store);
    }

    private void store(int level, long n, byte[] hash) {
        if (levels.size() == level) {
            levels.add(new ArrayList<>());
            counts.add(new long[1]);
        }
        List<byte[]> tiles = levels.get(level);
        int tile = (int) (n / TileLayout.WIDTH);
        if (tiles.size() == tile) {
            tiles.add(new byte[TILE_BYTES]);
        }
        System.arraycopy(hash, 0, tiles.get(tile), (int) (n % TileLayout.WIDTH) * H, H);
        counts.get(level)[0] = n + 1;
    }

    /** Returns the number of leaves. */
    public long size() {
        return appender.size();
    }

    /** Returns the root of the whole log. */
    public byte[] root() {
        return appender.root();
    }

    @Override
    public byte[] hashTile(TileId id) {
        long end = id.index() * TileLayout.WIDTH + id.width();
        if (id.level() >= levels.size() || end > counts.get(id.level())[0]) {
            throw new IllegalArgumentException("no tile " + id.path() + " in a log of size " + size());
        }
        return Arrays.copyOf(levels.get(id.level()).get((int) id.index()), id.width() * H);
    }

    /** Returns an entry bundle's bytes; throws IllegalArgumentException if the log does not hold those entries. */
    public byte[] entryBundle(EntryBundleId id) {
        if (id.firstEntry() + id.width() > size()) {
            throw new IllegalArgumentException("no bundle " + id.path() + " in a log of size " + size());
        }
        byte[] bundle = id.index() < bundles.size() ? bundles.get((int) id.index()) : openBundle.toByteArray();
        if (id.width() == TileLayout.WIDTH) {
            return bundle.clone();
        }
        return EntryBundle.encode(EntryBundle.decode(bundle).subList(0, id.width()));
    }

    /** Returns the bytes at a tile path ({@code tile/...}); throws IllegalArgumentException if there are none. */
    public byte[] read(String path) {
        TileRef ref = TilePaths.parse(path);
        return ref instanceof TileId tile ? hashTile(tile) : entryBundle((EntryBundleId) ref);
    }

    /** Returns a node source over the tree of the given size (at most the current size). */
    public TileNodeSource nodeSource(long treeSize) {
        return new TileNodeSource(this, treeSize);
    }
}
