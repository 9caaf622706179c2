package org.mingyuan.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.cosignature.CosignatureSigner;
import org.mingyuan.ledger.cosignature.CosignatureVerifier;
import org.mingyuan.ledger.note.NoteSignature;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.note.OpenedNote;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.tiles.MemoryTileLog;

class WitnessTests {

    private static final String ORIGIN = "mingyuan.example/ledger";
    private static final long NOW = 1_700_000_000L;

    private final SignerKey logKey = SignerKey.generate(ORIGIN);
    private final CosignatureSigner cosigner =
            new CosignatureSigner("witness.example/w1", new byte[32], InstantSource.fixed(Instant.ofEpochSecond(NOW)));
    private final MemoryTileLog log = new MemoryTileLog();
    private MemoryWitnessState state;
    private Witness witness;

    @BeforeEach
    void setUp() {
        for (int i = 0; i < 20; i++) {
            log.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        state = new MemoryWitnessState()
                .trust(ORIGIN, List.of(logKey.verifierKey().noteVerifier()));
        witness = new Witness(state, List.of(cosigner));
    }

    private String signed(long size) {
        return SignedCheckpoints.sign(
                Checkpoint.of(ORIGIN, size, new ProofBuilder(log.nodeSource(size)).root(size)), logKey);
    }

    private AddCheckpointRequest request(long oldSize, long size) {
        List<byte[]> proof = new ProofBuilder(log.nodeSource(size)).consistency(oldSize, size);
        return new AddCheckpointRequest(oldSize, proof, signed(size));
    }

    @Test
    void firstCheckpointFromOldZeroIsCosignedWithAVerifiableTimestampedCosignature() throws Exception {
        WitnessOutcome outcome = witness.addCheckpoint(request(0, 10).format());
        assertThat(outcome).isInstanceOf(WitnessOutcome.Cosigned.class);
        assertThat(outcome.status()).isEqualTo(200);
        String cosigned = Witness.merge(signed(10), outcome.body());
        OpenedNote opened = Notes.open(cosigned, List.of(new CosignatureVerifier(cosigner.verifierKey())));
        NoteSignature cosignature = opened.verified().get(0);
        assertThat(CosignatureVerifier.timestamp(cosignature)).isEqualTo(NOW);
        assertThat(cosigner.verifierKey().type()).isEqualTo((byte) 4);
        assertThat(state.latest(ORIGIN).orElseThrow().size()).isEqualTo(10);
    }

    @Test
    void consistentGrowthIsCosignedAndAStaleOldSizeGets409WithTheLatestSize() {
        assertThat(witness.addCheckpoint(request(0, 10))).isInstanceOf(WitnessOutcome.Cosigned.class);
        assertThat(witness.addCheckpoint(request(10, 20))).isInstanceOf(WitnessOutcome.Cosigned.class);
        WitnessOutcome stale = witness.addCheckpoint(request(10, 20));
        assertThat(stale).isEqualTo(new WitnessOutcome.Conflict(20));
        assertThat(stale.body()).isEqualTo("20\n");
    }

    @Test
    void badProofGets422() {
        witness.addCheckpoint(request(0, 10));
        AddCheckpointRequest good = request(10, 20);
        List<byte[]> proof = new ArrayList<>(good.proof());
        byte[] flipped = proof.get(0).clone();
        flipped[0] ^= 1;
        proof.set(0, flipped);
        WitnessOutcome outcome = witness.addCheckpoint(new AddCheckpointRequest(10, proof, good.signedCheckpoint()));
        assertThat(outcome.status()).isEqualTo(422);
        assertThat(state.latest(ORIGIN).orElseThrow().size()).isEqualTo(10);
    }

    @Test
    void unknownKeyGets403AndUnknownOriginGets404() {
        String foreign = SignedCheckpoints.sign(Checkpoint.of(ORIGIN, 0, new byte[32]), SignerKey.generate(ORIGIN));
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(0, List.of(), foreign))
                        .status())
                .isEqualTo(403);
        SignerKey other = SignerKey.generate("other.example/log");
        String otherLog = SignedCheckpoints.sign(Checkpoint.of("other.example/log", 0, new byte[32]), other);
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(0, List.of(), otherLog)))
                .isEqualTo(new WitnessOutcome.UnknownOrigin("other.example/log"));
    }

    @Test
    void oldSizeAboveTheCheckpointGets400AndSameSizeWithAnotherRootGets409() {
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(11, List.of(), signed(10)))
                        .status())
                .isEqualTo(400);
        witness.addCheckpoint(request(0, 10));
        String forked = SignedCheckpoints.sign(Checkpoint.of(ORIGIN, 10, new byte[32]), logKey);
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(10, List.of(), forked)))
                .isEqualTo(new WitnessOutcome.Conflict(10));
    }

    @Test
    void malformedBodiesGet400() {
        for (String body : List.of("old 01\n\n" + signed(1), "old 1\n!!\n\n" + signed(1), "old 1\n" + signed(1))) {
            assertThat(witness.addCheckpoint(body).status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void requestBodiesRoundTrip() throws Exception {
        AddCheckpointRequest request = request(3, 20);
        AddCheckpointRequest parsed = AddCheckpointRequest.parse(request.format());
        assertThat(parsed.oldSize()).isEqualTo(3);
        assertThat(parsed.proof()).containsExactlyElementsOf(request.proof());
        assertThat(parsed.signedCheckpoint()).isEqualTo(request.signedCheckpoint());
        assertThat(request.format()).startsWith("old 3\n").contains("\n\n" + ORIGIN + "\n20\n");
    }
}
