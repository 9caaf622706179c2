package org.mingyuan.platform.ledger.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ledger.internal.ReceiptDesk;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's ledger receipts for a signed-in reader entitled to them (officials, or an account
 * acting for the enterprise): the entries concerning it and a download of each receipt. The download also gives
 * anyone the receipt of a public entry, such as a policy clause's publication ({@link ReceiptDesk}).
 */
@Controller
class ReceiptsPage {

    private final ReceiptDesk receipts;
    private final MessageSource messages;

    ReceiptsPage(ReceiptDesk receipts, MessageSource messages) {
        this.receipts = receipts;
        this.messages = messages;
    }

    @GetMapping("/ledger/receipts")
    String list(@RequestParam String enterprise, Authentication caller, Locale locale, Model model) {
        String code = enterprise.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("enterprise", code);
        model.addAttribute("entries", receipts.concerning(code, caller));
        model.addAttribute("types", new TypeLabels(messages, locale));
        return "ledger/receipts";
    }

    @GetMapping("/ledger/receipts/{index}")
    ResponseEntity<String> download(@PathVariable long index, @Nullable Authentication caller) {
        return ReceiptDownload.of(index, receipts.issue(index, caller));
    }

    /** Entry type labels for the template. */
    public record TypeLabels(MessageSource messages, Locale locale) {
        public String of(String type) {
            return messages.getMessage("ledger.type." + type, null, type, locale);
        }
    }
}
