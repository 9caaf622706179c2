package org.mingyuan.platform.ledger.internal;

import java.util.List;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.witness.Witness;
import org.mingyuan.ledger.witness.WitnessOutcome;
import org.springframework.stereotype.Component;

/** This platform as a C2SP tlog-witness: decides add-checkpoint requests for the logs it is configured to trust. */
@Component
public class WitnessDesk {

    private final Witness witness;
    private final LedgerKeys keys;

    WitnessDesk(StoredWitnessState state, LedgerKeys keys) {
        this.witness = new Witness(state, List.of(keys.cosigner()));
        this.keys = keys;
    }

    /** Decides a raw add-checkpoint request body; never null. */
    public WitnessOutcome addCheckpoint(String body) {
        return witness.addCheckpoint(body);
    }

    /** Returns the witness's cosignature verifier key. */
    public VerifierKey verifierKey() {
        return keys.cosigner().verifierKey();
    }
}
