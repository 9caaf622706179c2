package org.mingyuan.platform.ledger.web;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.ledger.internal.EntryLookup;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.mingyuan.platform.ledger.internal.PublishedLog;
import org.mingyuan.platform.ledger.internal.ReceiptDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger API: entries with inclusion proofs and consistency proofs for anyone; receipts for the entitled, and a
 * public entry's receipt for anyone ({@link ReceiptDesk}).
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApi {

    private final EntryLookup lookup;
    private final PublishedLog log;
    private final ReceiptDesk receipts;

    LedgerApi(EntryLookup lookup, PublishedLog log, ReceiptDesk receipts) {
        this.lookup = lookup;
        this.log = log;
        this.receipts = receipts;
    }

    /** A consistency proof between two sizes of the log, base64 hashes. */
    record ConsistencyProof(long size1, long size2, List<String> proof) {}

    @GetMapping("/entries/{index}")
    EntryLookup.ProvenEntry entry(@PathVariable long index) {
        return lookup.at(index);
    }

    @GetMapping("/consistency")
    ConsistencyProof consistency(@RequestParam long size1, @RequestParam long size2) {
        long size = log.head().map(PublishedLog.Head::size).orElse(0L);
        if (size2 > size) {
            throw new InvalidRequest("size2", "ledger.sizeBeyondLog", size2, size);
        }
        if (size1 < 0 || size1 > size2) {
            throw new InvalidRequest("size1", "ledger.sizeOrder", size1, size2);
        }
        List<String> proof = log.consistency(size1, size2).stream()
                .map(Base64.getEncoder()::encodeToString)
                .toList();
        return new ConsistencyProof(size1, size2, proof);
    }

    @GetMapping("/receipts")
    List<LedgerEntries.Concerning> receiptsOf(@RequestParam String enterprise, Authentication caller) {
        return receipts.concerning(enterprise.strip().toUpperCase(Locale.ROOT), caller);
    }

    @GetMapping("/receipts/{index}")
    ResponseEntity<String> receipt(@PathVariable long index, @Nullable Authentication caller) {
        return ReceiptDownload.of(index, receipts.issue(index, caller));
    }
}
