package org.mingyuan.platform.ledger.web;

import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.verify.InclusionVerifier;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.ledger.internal.EntryLookup;
import org.mingyuan.platform.ledger.internal.PublishedLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public ledger explorer: the served checkpoint, the log size, the newest entries (public fields only) and a
 * lookup by index that shows the entry with its inclusion proof, checked on the spot.
 */
@Controller
class ExplorerPage {

    private static final int RECENT = 20;

    private final PublishedLog log;
    private final EntryLookup lookup;
    private final MessageSource messages;

    ExplorerPage(PublishedLog log, EntryLookup lookup, MessageSource messages) {
        this.log = log;
        this.lookup = lookup;
        this.messages = messages;
    }

    /** A listed entry with its view. */
    public record RecentEntry(long index, EntryView view) {}

    @GetMapping("/ledger")
    String explore(@RequestParam(required = false) @Nullable Long index, Locale locale, Model model) {
        model.addAttribute("head", log.head().orElse(null));
        model.addAttribute(
                "recent",
                lookup.recent(RECENT).stream()
                        .map(e -> new RecentEntry(e.index(), EntryView.of(e.type(), e.entryText(), messages, locale)))
                        .toList());
        model.addAttribute("index", index);
        if (index != null) {
            try {
                EntryLookup.ProvenEntry found = lookup.at(index);
                model.addAttribute("found", found);
                model.addAttribute("foundView", EntryView.of(found.type(), found.entryText(), messages, locale));
                model.addAttribute("proofChecks", proofChecks(found));
            } catch (NotFound missing) {
                model.addAttribute("missing", true);
            }
        }
        return "ledger/explorer";
    }

    private boolean proofChecks(EntryLookup.ProvenEntry found) {
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            byte[] root = log.head().orElseThrow().checkpoint().root();
            InclusionVerifier.verify(
                    found.index(),
                    found.treeSize(),
                    TreeHasher.leaf(found.entryText().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    found.proof().stream().map(b64::decode).toList(),
                    root);
            return true;
        } catch (VerificationException e) {
            return false;
        }
    }
}
