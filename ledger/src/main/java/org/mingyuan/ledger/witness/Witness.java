package org.mingyuan.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.Note;
import org.mingyuan.ledger.note.NoteSignature;
import org.mingyuan.ledger.note.NoteSigner;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.verify.ConsistencyVerifier;

/** Decides C2SP tlog-witness add-checkpoint requests and cosigns the consistent ones. */
public final class Witness {

    private final WitnessState state;
    private final List<NoteSigner> cosigners;

    /** Creates a witness over a state store, cosigning with the given keys (usually one CosignatureSigner). */
    public Witness(WitnessState state, List<? extends NoteSigner> cosigners) {
        if (cosigners.isEmpty()) {
            throw new IllegalArgumentException("a witness needs at least one cosigning key");
        }
        this.state = state;
        this.cosigners = List.copyOf(cosigners);
    }

    /** Decides a raw request body. */
    public WitnessOutcome addCheckpoint(String requestBody) {
        try {
            return addCheckpoint(AddCheckpointRequest.parse(requestBody));
        } catch (VerificationException e) {
            return new WitnessOutcome.BadRequest(e.getMessage());
        }
    }

    /** Decides a parsed request, following the checks of the spec in order; never null. */
    public WitnessOutcome addCheckpoint(AddCheckpointRequest request) {
        Checkpoint checkpoint;
        try {
            checkpoint =
                    Checkpoint.parse(Notes.parse(request.signedCheckpoint()).text());
        } catch (VerificationException e) {
            return new WitnessOutcome.BadRequest(e.getMessage());
        }
        Optional<List<NoteVerifier>> keys = state.logKeys(checkpoint.origin());
        if (keys.isEmpty()) {
            return new WitnessOutcome.UnknownOrigin(checkpoint.origin());
        }
        try {
            Notes.open(request.signedCheckpoint(), keys.get());
        } catch (VerificationException e) {
            return new WitnessOutcome.NotSigned(e.getMessage());
        }
        if (request.oldSize() > checkpoint.size()) {
            return new WitnessOutcome.BadRequest(
                    "old size " + request.oldSize() + " is above the checkpoint size " + checkpoint.size());
        }
        Optional<TreeHead> latest = state.latest(checkpoint.origin());
        long latestSize = latest.map(TreeHead::size).orElse(0L);
        if (request.oldSize() != latestSize) {
            return new WitnessOutcome.Conflict(latestSize);
        }
        byte[] oldRoot = latest.map(TreeHead::root).orElse(TreeHasher.emptyRoot());
        if (request.oldSize() == checkpoint.size() && !Arrays.equals(oldRoot, checkpoint.root())) {
            return new WitnessOutcome.Conflict(latestSize);
        }
        try {
            ConsistencyVerifier.verify(
                    request.oldSize(), checkpoint.size(), request.proof(), oldRoot, checkpoint.root());
        } catch (VerificationException e) {
            return new WitnessOutcome.ProofRejected(e.getMessage());
        }
        if (!state.advance(checkpoint.origin(), latest, new TreeHead(checkpoint.size(), checkpoint.root()))) {
            return new WitnessOutcome.Conflict(
                    state.latest(checkpoint.origin()).map(TreeHead::size).orElse(0L));
        }
        return new WitnessOutcome.Cosigned(cosign(checkpoint));
    }

    private String cosign(Checkpoint checkpoint) {
        byte[] body = checkpoint.format().getBytes(StandardCharsets.UTF_8);
        StringBuilder lines = new StringBuilder();
        for (NoteSigner cosigner : cosigners) {
            lines.append(new NoteSignature(cosigner.name(), cosigner.keyId(), cosigner.sign(body)).line());
        }
        return lines.toString();
    }

    /** Returns the note with the cosignature lines appended, as a client merges a 200 response. */
    public static String merge(String signedCheckpoint, String cosignatureLines) throws VerificationException {
        Note note = Notes.parse(signedCheckpoint + cosignatureLines);
        return note.format();
    }
}
