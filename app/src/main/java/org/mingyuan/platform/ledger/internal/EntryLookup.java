package org.mingyuan.platform.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.mingyuan.ledger.json.JsonParser;
import org.mingyuan.platform.NotFound;
import org.springframework.stereotype.Component;

/** Looks up appended entries with their public fields and the inclusion proof against the served checkpoint. */
@Component
public class EntryLookup {

    /**
     * An entry with its proof.
     *
     * @param index the entry's index
     * @param type the entry type
     * @param entry the entry's JSON object as logged (committed fields show only their commitments)
     * @param entryText the canonical JSON text
     * @param leafHash the leaf hash, base64
     * @param treeSize the size of the checkpoint the proof leads to
     * @param proof the inclusion proof, base64 hashes, leaf side first
     * @param checkpoint the served signed checkpoint
     */
    public record ProvenEntry(
            long index,
            String type,
            Object entry,
            String entryText,
            String leafHash,
            long treeSize,
            List<String> proof,
            String checkpoint) {}

    /** An entry in a list: index, type and its public JSON text. */
    public record Listed(long index, String type, String entryText) {}

    private final LedgerEntries entries;
    private final PublishedLog log;

    EntryLookup(LedgerEntries entries, PublishedLog log) {
        this.entries = entries;
        this.log = log;
    }

    /**
     * Returns the entry at {@code index} with its inclusion proof.
     *
     * @throws NotFound if the served checkpoint does not cover it yet
     */
    public ProvenEntry at(long index) {
        PublishedLog.Head head =
                log.head().filter(h -> index >= 0 && index < h.size()).orElseThrow(() -> notFound(index));
        LedgerEntries.Appended entry = entries.at(index).orElseThrow(() -> notFound(index));
        String text = new String(entry.entry(), StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getEncoder();
        return new ProvenEntry(
                index,
                entry.type(),
                JsonParser.parse(text),
                text,
                b64.encodeToString(entry.leafHash()),
                head.size(),
                log.inclusion(index, head.size()).stream()
                        .map(b64::encodeToString)
                        .toList(),
                head.note());
    }

    /** Returns up to {@code limit} of the newest entries the served checkpoint covers, newest first. */
    public List<Listed> recent(int limit) {
        long size = log.head().map(PublishedLog.Head::size).orElse(0L);
        return entries.recent(size, limit).stream()
                .map(e -> new Listed(e.index(), e.type(), new String(e.entry(), StandardCharsets.UTF_8)))
                .toList();
    }

    private static NotFound notFound(long index) {
        return new NotFound("ledgerEntry", index);
    }
}
