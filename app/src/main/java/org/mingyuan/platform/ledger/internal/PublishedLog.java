package org.mingyuan.platform.ledger.internal;

import java.util.List;
import java.util.Optional;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.tiles.TileNodeSource;
import org.mingyuan.ledger.witness.Witness;
import org.springframework.stereotype.Component;

/** The log as published: its newest checkpoint with the witnesses' cosignatures, and proofs against it. */
@Component
public class PublishedLog {

    /**
     * The served checkpoint.
     *
     * @param checkpoint the checkpoint body
     * @param note the signed note with the log's signature and every stored cosignature
     * @param cosignatures how many witnesses cosigned it
     */
    public record Head(Checkpoint checkpoint, String note, int cosignatures) {

        /** Returns the tree size. */
        public long size() {
            return checkpoint.size();
        }
    }

    private final Checkpoints checkpoints;
    private final LedgerTiles tiles;

    /** Creates the view over the stored checkpoints and tiles. */
    public PublishedLog(Checkpoints checkpoints, LedgerTiles tiles) {
        this.checkpoints = checkpoints;
        this.tiles = tiles;
    }

    /** Returns the newest checkpoint, or empty before the sequencer first ran. */
    public Optional<Head> head() {
        return checkpoints.latest().map(stored -> {
            List<String> cosignatures = checkpoints.cosignatures(stored.size());
            String note = stored.signedNote();
            if (!cosignatures.isEmpty()) {
                try {
                    note = Witness.merge(note, String.join("", cosignatures));
                } catch (VerificationException e) {
                    throw new IllegalStateException("stored cosignatures do not fit the checkpoint", e);
                }
            }
            return new Head(LedgerCheckpoint.parse(stored.signedNote()), note, cosignatures.size());
        });
    }

    /** Returns the inclusion proof of entry {@code index} in the log of {@code size}. */
    public List<byte[]> inclusion(long index, long size) {
        return builder(size).inclusion(index, size);
    }

    /** Returns the consistency proof from {@code size1} to {@code size2} (empty when size1 is 0 or equal). */
    public List<byte[]> consistency(long size1, long size2) {
        if (size1 == 0 || size1 == size2) {
            return List.of();
        }
        return builder(size2).consistency(size1, size2);
    }

    private ProofBuilder builder(long size) {
        return new ProofBuilder(new TileNodeSource(tiles.at(size), size));
    }
}
