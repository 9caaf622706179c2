package org.mingyuan.ledger.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.tiles.MemoryTileLog;
import org.mingyuan.ledger.verifier.HttpFetcher;

/** An in-memory tiled log with a signing key, served through a fetcher whose resources tests can overwrite. */
public final class LogFixture {

    /** The log origin and key name. */
    public static final String ORIGIN = "mingyuan.example/ledger";

    public final SignerKey key = SignerKey.generate(ORIGIN);
    public final MemoryTileLog log = new MemoryTileLog();
    public final Map<String, byte[]> overrides = new HashMap<>();

    /** Creates a log of {@code size} small JSON entries. */
    public LogFixture(int size) {
        for (int i = 0; i < size; i++) {
            log.append(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Returns the log's signed checkpoint at its current size. */
    public String signedCheckpoint() {
        return SignedCheckpoints.sign(Checkpoint.of(ORIGIN, log.size(), log.root()), key);
    }

    /** Returns the bytes served at a path, overrides first. */
    public byte[] serve(String path) throws IOException {
        if (overrides.containsKey(path)) {
            return overrides.get(path);
        }
        if (path.equals("checkpoint")) {
            return signedCheckpoint().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return log.read(path);
        } catch (IllegalArgumentException e) {
            throw new IOException("404 " + path, e);
        }
    }

    /** Returns a fetcher serving the log from memory. */
    public HttpFetcher fetcher() {
        return this::serve;
    }
}
