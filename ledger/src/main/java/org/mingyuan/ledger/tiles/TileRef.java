package org.mingyuan.ledger.tiles;

/** A tile resource of the C2SP tlog-tiles layout: a hash tile or an entry bundle, addressed by its path. */
public sealed interface TileRef permits TileId, EntryBundleId {

    /** Returns the path below the log prefix, e.g. {@code tile/0/x001/234.p/7}. */
    String path();
}
