package org.mingyuan.ledger.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.tiles.EntryBundle;
import org.mingyuan.ledger.tiles.EntryBundleId;
import org.mingyuan.ledger.tiles.TileAppender;
import org.mingyuan.ledger.tiles.TileId;
import org.mingyuan.ledger.tiles.TileLayout;

/**
 * Audits a whole tiled log: fetches the checkpoint, every entry bundle and every hash tile, recomputes each leaf
 * hash from its entry and each tile and the root from the leaves, and names the first index where anything
 * disagrees.
 *
 * <p>Leaf-level disagreements are exact. A wrong hash in a higher tile is reported at the first leaf it covers,
 * the earliest index it can speak for.
 */
public final class LogAuditor {

    private static final int H = TreeHasher.HASH_SIZE;

    private final HttpFetcher fetcher;

    /** Creates an auditor reading through the fetcher. */
    public LogAuditor(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Audits the log against its key.
     *
     * @throws VerificationException if the checkpoint cannot be fetched, is malformed or is not signed by the key
     */
    public AuditResult audit(NoteVerifier logKey) throws VerificationException {
        String signed;
        try {
            signed = new String(fetcher.get("checkpoint"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VerificationException("cannot fetch the checkpoint: " + e.getMessage(), e);
        }
        Checkpoint checkpoint = SignedCheckpoints.open(signed, List.of(logKey)).checkpoint();
        Run run = new Run(checkpoint.size());
        for (EntryBundleId bundle : TileLayout.entryBundles(checkpoint.size())) {
            AuditResult.Disagreement leafLevel = run.checkBundle(bundle);
            if (leafLevel != null) {
                return earlier(run.firstUpper, leafLevel);
            }
        }
        run.checkPartialUpperTiles();
        if (run.firstUpper != null) {
            return run.firstUpper;
        }
        byte[] root = run.appender.root();
        if (!Arrays.equals(root, checkpoint.root())) {
            return new AuditResult.CheckpointDisagrees("checkpoint root " + Hex.encode(checkpoint.root()) + ", want "
                    + Hex.encode(root) + " computed from the " + checkpoint.size() + " entries");
        }
        return new AuditResult.Consistent(checkpoint.origin(), checkpoint.size());
    }

    private static AuditResult.Disagreement earlier(AuditResult.Disagreement a, AuditResult.Disagreement b) {
        return a != null && a.index() <= b.index() ? a : b;
    }

    /** The state of one audit: the recomputed tree and the upper tile hashes waiting for their tile. */
    private final class Run {
        final long size;
        final TileAppender appender = new TileAppender();
        final List<byte[]> pending = new ArrayList<>();
        AuditResult.Disagreement firstUpper;

        Run(long size) {
            this.size = size;
            for (int level = 0; level < 8; level++) {
                pending.add(new byte[TileLayout.WIDTH * H]);
            }
        }

        AuditResult.Disagreement checkBundle(EntryBundleId bundle) {
            long first = bundle.firstEntry();
            List<byte[]> entries;
            byte[] tile;
            TileId tileId = TileLayout.tile(0, bundle.index(), size);
            try {
                entries = EntryBundle.decode(fetcher.get(bundle.path()));
            } catch (IOException | IllegalArgumentException e) {
                return new AuditResult.Disagreement(first, "entry bundle " + bundle.path() + ": " + e.getMessage());
            }
            try {
                tile = fetcher.get(tileId.path());
            } catch (IOException e) {
                return new AuditResult.Disagreement(first, "hash tile " + tileId.path() + ": " + e.getMessage());
            }
            for (int i = 0; i < bundle.width(); i++) {
                if (i >= entries.size()) {
                    return new AuditResult.Disagreement(
                            first + i,
                            "entry bundle " + bundle.path() + " has " + entries.size() + " entries, want "
                                    + bundle.width());
                }
                byte[] leaf = TreeHasher.leaf(entries.get(i));
                if (tile.length < (i + 1) * H || !Arrays.equals(tile, i * H, (i + 1) * H, leaf, 0, H)) {
                    return new AuditResult.Disagreement(
                            first + i,
                            "leaf hash of entry " + (first + i) + " is not the hash in tile " + tileId.path()
                                    + " at position " + i);
                }
                appender.append(leaf, this::collect);
            }
            if (entries.size() != bundle.width() || tile.length != bundle.width() * H) {
                return new AuditResult.Disagreement(
                        first + bundle.width() - 1,
                        "bundle or tile for " + bundle.path() + " is longer than the checkpoint allows");
            }
            return null;
        }

        private void collect(int level, long n, byte[] hash) {
            if (level == 0) {
                return;
            }
            int position = (int) (n % TileLayout.WIDTH);
            System.arraycopy(hash, 0, pending.get(level), position * H, H);
            if (position == TileLayout.WIDTH - 1) {
                compare(new TileId(level, n / TileLayout.WIDTH, TileLayout.WIDTH));
            }
        }

        void checkPartialUpperTiles() {
            for (int level = 1; TileLayout.hashesAt(level, size) > 0; level++) {
                long count = TileLayout.hashesAt(level, size);
                if (count % TileLayout.WIDTH != 0) {
                    compare(TileLayout.tile(level, count / TileLayout.WIDTH, size));
                }
            }
        }

        private void compare(TileId id) {
            if (firstUpper != null) {
                return;
            }
            long firstLeaf = (id.index() * TileLayout.WIDTH) << (TileLayout.HEIGHT * id.level());
            byte[] tile;
            try {
                tile = fetcher.get(id.path());
            } catch (IOException e) {
                firstUpper = new AuditResult.Disagreement(firstLeaf, "hash tile " + id.path() + ": " + e.getMessage());
                return;
            }
            byte[] want = pending.get(id.level());
            for (int i = 0; i < id.width(); i++) {
                if (tile.length < (i + 1) * H || !Arrays.equals(tile, i * H, (i + 1) * H, want, i * H, (i + 1) * H)) {
                    long index = firstLeaf + ((long) i << (TileLayout.HEIGHT * id.level()));
                    firstUpper = new AuditResult.Disagreement(
                            index, "hash " + i + " of tile " + id.path() + " is not the hash of the entries below it");
                    return;
                }
            }
            if (tile.length != id.width() * H) {
                firstUpper = new AuditResult.Disagreement(
                        firstLeaf, "tile " + id.path() + " has " + tile.length + " bytes, want " + id.width() * H);
            }
        }
    }
}
