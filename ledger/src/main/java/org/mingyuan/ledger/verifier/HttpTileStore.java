package org.mingyuan.ledger.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mingyuan.ledger.tiles.TileId;
import org.mingyuan.ledger.tiles.TileStore;

/** A tile store that fetches hash tiles through an {@link HttpFetcher}. */
final class HttpTileStore implements TileStore {

    private final HttpFetcher fetcher;

    HttpTileStore(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public byte[] hashTile(TileId id) {
        try {
            return fetcher.get(id.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
