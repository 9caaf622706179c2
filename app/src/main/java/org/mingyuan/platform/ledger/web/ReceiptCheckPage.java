package org.mingyuan.platform.ledger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.mingyuan.platform.ledger.internal.ReceiptCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page where anyone uploads or pastes a receipt and sees whether it verifies against this log's key
 * (or another log's key given as a vkey), and what it proves in plain words.
 *
 * <p>A request that cannot be checked (no receipt, too large, not a receipt, a malformed key) answers 400, or 413
 * when too large; a receipt that fails a check answers 200 with the reason.
 */
@Controller
class ReceiptCheckPage {

    private final LedgerKeys keys;
    private final MessageSource messages;

    ReceiptCheckPage(LedgerKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping("/ledger/verify")
    String form(Model model) {
        model.addAttribute("logKey", keys.verifierKey().toString());
        return "ledger/verify";
    }

    @PostMapping("/ledger/verify")
    ModelAndView check(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String receipt,
            @RequestParam(required = false) @Nullable String vkey)
            throws IOException {
        String keyText = vkey == null || vkey.isBlank() ? keys.verifierKey().toString() : vkey.strip();
        if (file != null && !file.isEmpty()) {
            ReceiptCheck outcome = file.getSize() > ReceiptCheck.MAX_KIB * 1024L
                    ? ReceiptCheck.tooLarge()
                    : ReceiptCheck.of(new String(file.getBytes(), StandardCharsets.UTF_8), keyText);
            return answer(outcome, keyText, "");
        }
        String text = receipt == null ? "" : receipt;
        ReceiptCheck outcome = ReceiptCheck.of(text, keyText);
        return answer(
                outcome,
                keyText,
                outcome instanceof ReceiptCheck.Refused r && r.reason() == ReceiptCheck.Reason.TOO_LARGE ? "" : text);
    }

    /** The page for an upload larger than the server takes at all. */
    ModelAndView tooLarge() {
        String keyText = keys.verifierKey().toString();
        return answer(ReceiptCheck.tooLarge(), keyText, "");
    }

    private ModelAndView answer(ReceiptCheck outcome, String keyText, String receiptText) {
        ModelAndView page = new ModelAndView("ledger/verify");
        page.addObject("logKey", keyText);
        page.addObject("receipt", receiptText);
        page.addObject("outcome", outcome);
        if (outcome instanceof ReceiptCheck.Refused refused) {
            page.addObject(
                    "refusal",
                    messages.getMessage(
                            refused.reason().messageCode(),
                            ReceiptCheck.Reason.arguments().toArray(),
                            LocaleContextHolder.getLocale()));
            if (refused.reason().badRequest()) {
                page.setStatus(
                        refused.reason() == ReceiptCheck.Reason.TOO_LARGE
                                ? HttpStatus.PAYLOAD_TOO_LARGE
                                : HttpStatus.BAD_REQUEST);
            }
        }
        return page;
    }
}
