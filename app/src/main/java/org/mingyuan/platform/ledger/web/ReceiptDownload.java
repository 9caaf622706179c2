package org.mingyuan.platform.ledger.web;

import org.mingyuan.ledger.entry.Receipt;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A receipt as a JSON download named {@code receipt-<index>.json}, for the API and the pages alike. */
final class ReceiptDownload {

    private ReceiptDownload() {}

    static ResponseEntity<String> of(long index, Receipt receipt) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("receipt-" + index + ".json")
                                .build()
                                .toString())
                .body(receipt.toJson());
    }
}
