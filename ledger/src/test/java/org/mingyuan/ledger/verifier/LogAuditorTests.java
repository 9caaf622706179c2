package org.mingyuan.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.testing.LogFixture;
import org.mingyuan.ledger.tiles.EntryBundle;

class LogAuditorTests {

    private static final int SIZE = 70_000;

    private final LogFixture fixture = new LogFixture(SIZE);
    private final NoteVerifier key = fixture.key.verifierKey().noteVerifier();

    private AuditResult audit() throws Exception {
        return new LogAuditor(fixture.fetcher()).audit(key);
    }

    @Test
    void untouchedLogIsConsistent() throws Exception {
        assertThat(audit()).isEqualTo(new AuditResult.Consistent(LogFixture.ORIGIN, SIZE));
    }

    @Test
    void alteredEntryIsNamedByItsIndex() throws Exception {
        String path = "tile/entries/100";
        List<byte[]> entries = new ArrayList<>(EntryBundle.decode(fixture.serve(path)));
        entries.set(17, "{\"n\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        fixture.overrides.put(path, EntryBundle.encode(entries));
        assertThat(audit())
                .isInstanceOfSatisfying(
                        AuditResult.Disagreement.class,
                        d -> assertThat(d.index()).isEqualTo(100 * 256 + 17));
    }

    @Test
    void alteredLeafHashInATileIsNamedByItsIndex() throws Exception {
        byte[] tile = fixture.serve("tile/0/005").clone();
        tile[40 * 32 + 3] ^= 1;
        fixture.overrides.put("tile/0/005", tile);
        assertThat(audit())
                .isInstanceOfSatisfying(
                        AuditResult.Disagreement.class,
                        d -> assertThat(d.index()).isEqualTo(5 * 256 + 40));
    }

    @Test
    void alteredUpperTileHashIsNamedByTheFirstLeafItCovers() throws Exception {
        byte[] tile = fixture.serve("tile/1/000").clone();
        tile[9 * 32] ^= 1;
        fixture.overrides.put("tile/1/000", tile);
        assertThat(audit())
                .isInstanceOfSatisfying(
                        AuditResult.Disagreement.class,
                        d -> assertThat(d.index()).isEqualTo(9 * 256));
    }

    @Test
    void checkpointWithAnotherRootDisagreesAndOneClaimingMoreEntriesNamesTheFirstUncheckedBundle() throws Exception {
        byte[] wrongRoot = fixture.log.root();
        wrongRoot[0] ^= 1;
        fixture.overrides.put("checkpoint", signed(Checkpoint.of(LogFixture.ORIGIN, SIZE, wrongRoot)));
        assertThat(audit()).isInstanceOf(AuditResult.CheckpointDisagrees.class);

        // a bundle that cannot be fetched is reported at its first entry, the first index left unchecked
        fixture.overrides.put("checkpoint", signed(Checkpoint.of(LogFixture.ORIGIN, SIZE + 5, wrongRoot)));
        assertThat(audit())
                .isInstanceOfSatisfying(
                        AuditResult.Disagreement.class,
                        d -> assertThat(d.index()).isEqualTo(SIZE / 256 * 256));
    }

    @Test
    void checkpointNotSignedByTheKeyIsRefused() {
        byte[] good = SignedCheckpoints.sign(Checkpoint.of(LogFixture.ORIGIN, SIZE, fixture.log.root()), fixture.key)
                .getBytes(StandardCharsets.UTF_8);
        good[30] ^= 1;
        fixture.overrides.put("checkpoint", good);
        assertThatThrownBy(this::audit).hasMessageContaining("signature");
    }

    private byte[] signed(Checkpoint checkpoint) {
        return SignedCheckpoints.sign(checkpoint, fixture.key).getBytes(StandardCharsets.UTF_8);
    }
}
