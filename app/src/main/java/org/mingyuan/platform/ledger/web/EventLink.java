package org.mingyuan.platform.ledger.web;

import java.util.Optional;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stable link to the ledger entry of a business event, by the event's key: other modules' pages link an event (a
 * clause's publication) without knowing where in the log it landed. Leads to the entry with its proof once it is in the
 * log, and says it is waiting until then.
 */
@Controller
class EventLink {

    private final LedgerEntries entries;

    EventLink(LedgerEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/ledger/event")
    String event(@RequestParam String key, Model model) {
        if (key.length() > 200) {
            throw new NotFound("ledgerEvent", key.substring(0, 200));
        }
        Optional<Long> index = entries.indexOfEvent(key).orElseThrow(() -> new NotFound("ledgerEvent", key));
        if (index.isPresent()) {
            return "redirect:/ledger?index=" + index.get();
        }
        model.addAttribute("key", key);
        return "ledger/pending";
    }
}
