package org.mingyuan.platform.ledger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.mingyuan.platform.ledger.internal.ReceiptCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page where anyone uploads or pastes a receipt and sees whether it verifies against this log's key
 * (or another log's key given as a vkey), and what it proves in plain words.
 */
@Controller
class ReceiptCheckPage {

    private final LedgerKeys keys;

    ReceiptCheckPage(LedgerKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/ledger/verify")
    String form(Model model) {
        model.addAttribute("logKey", keys.verifierKey().toString());
        return "ledger/verify";
    }

    @PostMapping("/ledger/verify")
    String check(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String receipt,
            @RequestParam(required = false) @Nullable String vkey,
            Model model)
            throws IOException {
        String text = file != null && !file.isEmpty()
                ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : receipt == null ? "" : receipt;
        String keyText = vkey == null || vkey.isBlank() ? keys.verifierKey().toString() : vkey.strip();
        ReceiptCheck outcome;
        try {
            NoteVerifier key = VerifierKey.parse(keyText).noteVerifier();
            outcome = ReceiptCheck.of(text, key);
        } catch (IllegalArgumentException e) {
            outcome = new ReceiptCheck.Refused(e.getMessage());
        }
        model.addAttribute("logKey", keyText);
        model.addAttribute("receipt", file != null && !file.isEmpty() ? "" : text);
        model.addAttribute("outcome", outcome);
        return "ledger/verify";
    }
}
