package org.mingyuan.platform.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.mingyuan.ledger.tiles.EntryBundleId;
import org.mingyuan.ledger.tiles.TileId;
import org.mingyuan.ledger.tiles.TileLayout;
import org.mingyuan.ledger.tiles.TilePaths;
import org.mingyuan.ledger.tiles.TileRef;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.mingyuan.platform.ledger.internal.LedgerTiles;
import org.mingyuan.platform.ledger.internal.PublishedLog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The log in the C2SP tlog-tiles layout under {@code /ledger}: the (cosigned) checkpoint, hash tiles and entry
 * bundles, and the verifier key. Tiles are immutable and cached for a year (partial ones for an hour); the
 * checkpoint for two seconds.
 */
@Controller
@ResponseBody
class LogEndpoints {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl PARTIAL =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final PublishedLog log;
    private final LedgerTiles tiles;
    private final LedgerKeys keys;

    LogEndpoints(PublishedLog log, LedgerTiles tiles, LedgerKeys keys) {
        this.log = log;
        this.tiles = tiles;
        this.keys = keys;
    }

    @GetMapping("/ledger/checkpoint")
    ResponseEntity<String> checkpoint() {
        return log.head()
                .map(head -> ResponseEntity.ok()
                        .contentType(TEXT)
                        .cacheControl(CacheControl.maxAge(Duration.ofSeconds(2)).cachePublic())
                        .body(head.note()))
                .orElseGet(() -> notFound("the log has no checkpoint yet"));
    }

    @GetMapping("/ledger/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok()
                .contentType(TEXT)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(keys.verifierKey() + "\n");
    }

    @GetMapping("/ledger/tile/{*rest}")
    ResponseEntity<?> tile(@PathVariable String rest) {
        TileRef ref;
        try {
            ref = TilePaths.parse("tile" + rest);
        } catch (IllegalArgumentException e) {
            return notFound(e.getMessage());
        }
        long size = log.head().map(PublishedLog.Head::size).orElse(0L);
        Optional<byte[]> bytes = tiles.read(ref, size);
        if (bytes.isEmpty()) {
            return notFound("no " + ref.path() + " in the log of size " + size);
        }
        boolean full = ref instanceof TileId tile ? tile.full() : ((EntryBundleId) ref).width() == TileLayout.WIDTH;
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(full ? IMMUTABLE : PARTIAL)
                .body(bytes.get());
    }

    private static ResponseEntity<String> notFound(String why) {
        return ResponseEntity.status(404)
                .contentType(TEXT)
                .cacheControl(CacheControl.noStore())
                .body(why + "\n");
    }
}
