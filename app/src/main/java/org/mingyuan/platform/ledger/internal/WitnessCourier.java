package org.mingyuan.platform.ledger.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.cosignature.CosignatureVerifier;
import org.mingyuan.ledger.note.NoteSignature;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.witness.AddCheckpointRequest;
import org.mingyuan.ledger.witness.Witness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the log's newest checkpoint to the configured witnesses (C2SP tlog-witness add-checkpoint) and stores the
 * cosignatures they return, which {@code /ledger/checkpoint} then serves with the checkpoint.
 *
 * <p>It remembers in memory the size each witness last cosigned; after a restart it starts from 0, and a witness's
 * 409 answer tells it the right old size for the next try.
 */
@Component
public class WitnessCourier {

    private static final Logger log = LoggerFactory.getLogger(WitnessCourier.class);

    private record Target(URI addCheckpoint, VerifierKey key) {}

    private final Checkpoints checkpoints;
    private final PublishedLog published;
    private final List<Target> targets;
    private final Map<URI, Long> cosignedSizes = new ConcurrentHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WitnessCourier(Checkpoints checkpoints, PublishedLog published, LedgerProperties properties) {
        this.checkpoints = checkpoints;
        this.published = published;
        this.targets = properties.witnesses().stream()
                .map(w -> new Target(
                        URI.create(w.url().replaceAll("/+$", "") + "/add-checkpoint"), VerifierKey.parse(w.key())))
                .toList();
    }

    /** Sends the newest checkpoint to every witness that has not cosigned it yet. */
    public void deliver() {
        checkpoints.latest().ifPresent(latest -> {
            for (Target target : targets) {
                try {
                    Long cosigned = cosignedSizes.get(target.addCheckpoint());
                    if (cosigned == null || cosigned != latest.size()) {
                        deliver(target, latest, cosigned == null ? 0 : cosigned, true);
                    }
                } catch (IOException | VerificationException | RuntimeException e) {
                    log.warn(
                            "Witness {} did not cosign size {}: {}",
                            target.addCheckpoint(),
                            latest.size(),
                            e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private void deliver(Target target, Checkpoints.Stored checkpoint, long old, boolean retryOnConflict)
            throws IOException, InterruptedException, VerificationException {
        String body = new AddCheckpointRequest(
                        old, published.consistency(old, checkpoint.size()), checkpoint.signedNote())
                .format();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(target.addCheckpoint())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            store(target, checkpoint, response.body());
        } else if (response.statusCode() == 409 && retryOnConflict) {
            long latest = Long.parseLong(response.body().strip());
            if (latest <= checkpoint.size()) {
                deliver(target, checkpoint, latest, false);
            }
        } else {
            log.warn(
                    "Witness {} answered {}: {}",
                    target.addCheckpoint(),
                    response.statusCode(),
                    response.body().strip());
        }
    }

    private void store(Target target, Checkpoints.Stored checkpoint, String cosignatureLines)
            throws VerificationException {
        String merged = Witness.merge(checkpoint.signedNote(), cosignatureLines);
        List<NoteSignature> verified = Notes.open(merged, List.of(new CosignatureVerifier(target.key())))
                .verified();
        checkpoints.addCosignature(
                checkpoint.size(), target.key().name(), verified.get(0).line());
        cosignedSizes.put(target.addCheckpoint(), checkpoint.size());
    }
}
