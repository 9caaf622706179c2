package org.mingyuan.platform.ledger.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ledger, bound from {@code mingyuan.ledger.*} (environment: {@code MINGYUAN_LEDGER_*}).
 *
 * @param origin the log's checkpoint origin, e.g. {@code mingyuan.example/loudi}; also the signer key's name
 * @param signerKey the log's note signing key in {@code PRIVATE+KEY+...} form; when unset it is read from, or
 *     generated into, {@code MINGYUAN_HOME/ledger/signer.key}
 * @param witnessKey this platform's witness key in the same form; default {@code MINGYUAN_HOME/ledger/witness.key}
 * @param witnessName the witness key's name when it is generated; default the origin followed by {@code /witness}
 * @param sequenceInterval pause between sequencer runs; each run signs a checkpoint if it appended anything
 * @param batchSize most entries appended in one transaction
 * @param witnessInterval pause between rounds of sending the latest checkpoint to the configured witnesses
 * @param witnessedLogs other logs this platform witnesses
 * @param witnesses witnesses this log sends its checkpoints to
 */
@ConfigurationProperties("mingyuan.ledger")
public record LedgerProperties(
        @DefaultValue("mingyuan.example/default") String origin,
        @Nullable String signerKey,
        @Nullable String witnessKey,
        @Nullable String witnessName,
        @DefaultValue("500ms") Duration sequenceInterval,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("2s") Duration witnessInterval,
        @DefaultValue List<WitnessedLog> witnessedLogs,
        @DefaultValue List<CosigningWitness> witnesses) {

    /**
     * A log this platform cosigns as a witness.
     *
     * @param origin the log's checkpoint origin
     * @param key the log's verifier key (vkey)
     */
    public record WitnessedLog(String origin, String key) {}

    /**
     * A witness this log asks for cosignatures.
     *
     * @param url the witness's prefix, to which {@code /add-checkpoint} is appended
     * @param key the witness's cosignature verifier key (vkey, type 0x04)
     */
    public record CosigningWitness(String url, String key) {}

    /** Returns the name of a generated witness key. */
    public String effectiveWitnessName() {
        return witnessName != null ? witnessName : origin + "/witness";
    }

    /** Leaves the private keys out. */
    @Override
    public String toString() {
        return "LedgerProperties[origin=" + origin + ", witnesses=" + witnesses + ", witnessedLogs=" + witnessedLogs
                + "]";
    }
}
