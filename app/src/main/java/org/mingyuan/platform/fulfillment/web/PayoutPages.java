package org.mingyuan.platform.fulfillment.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.ClawbackDesk;
import org.mingyuan.platform.fulfillment.ClawbackDesk.ClawbackOrder;
import org.mingyuan.platform.fulfillment.ClawbackDesk.RecoveryOrder;
import org.mingyuan.platform.fulfillment.ClawbackReason;
import org.mingyuan.platform.fulfillment.PayoutBatches;
import org.mingyuan.platform.fulfillment.PayoutBatches.BatchOrder;
import org.mingyuan.platform.fulfillment.PayoutDesk;
import org.mingyuan.platform.fulfillment.PayoutDesk.PayoutOrder;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's payout desk (拨付工作台): the payable cases of its departments, batches made of them, each batch's file for
 * the treasury and the upload of the filled file; and the payout, claw-back and recovery forms of a case's page. Every
 * action goes back to its page with a notice, or with the reason it was refused.
 */
@Controller
class PayoutPages {

    private final PayoutDesk desk;
    private final PayoutBatches batches;
    private final ClawbackDesk clawbacks;
    private final Callers callers;
    private final MessageSource messages;

    PayoutPages(
            PayoutDesk desk, PayoutBatches batches, ClawbackDesk clawbacks, Callers callers, MessageSource messages) {
        this.desk = desk;
        this.batches = batches;
        this.clawbacks = clawbacks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/payouts")
    @PreAuthorize("hasRole('FINANCE')")
    String desk(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("cases", desk.payable(caller, 0, PayoutDesk.MAX_PAGE));
        model.addAttribute("batches", batches.list(caller));
        model.addAttribute("departments", caller.departments().stream().sorted().toList());
        return "payouts/desk";
    }

    @PostMapping("/payouts/batches")
    @PreAuthorize("hasRole('FINANCE')")
    String createBatch(
            Principal principal,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(required = false) @Nullable List<Long> caseId,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run(
                "/payouts",
                "payout.notice.batch",
                locale,
                redirect,
                messages,
                () -> batches.create(
                        callers.of(principal),
                        new BatchOrder(
                                department.isBlank() ? null : department,
                                caseId == null || caseId.isEmpty() ? null : caseId)));
    }

    @GetMapping("/payouts/batches/{id}.xlsx")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<StreamingResponseBody> download(Principal principal, @PathVariable long id) {
        return PayoutApi.xlsx(batches, callers.of(principal), id);
    }

    @PostMapping("/payouts/batches/{id}/import")
    @PreAuthorize("hasRole('FINANCE')")
    String importBatch(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run("/payouts", "payout.notice.imported", locale, redirect, messages, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequest("file", "upload.empty");
            }
            try (InputStream content = file.getInputStream()) {
                batches.importFile(callers.of(principal), id, content);
            } catch (IOException broken) {
                throw new InvalidRequest("file", "imports.unreadableXlsx");
            }
        });
    }

    @PostMapping("/cases/{id}/payout")
    @PreAuthorize("hasRole('FINANCE')")
    String pay(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String paidOn,
            @RequestParam(defaultValue = "") String voucherNo,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run(
                "/cases/" + id,
                "payout.notice.paid",
                locale,
                redirect,
                messages,
                () -> desk.pay(
                        callers.of(principal), id, new PayoutOrder(amount(amount), day("paidOn", paidOn), voucherNo)));
    }

    @PostMapping("/cases/{id}/clawbacks")
    @PreAuthorize("hasAnyRole('FINANCE', 'REVIEWER')")
    String clawBack(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String amount,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run(
                "/cases/" + id,
                "payout.notice.clawback",
                locale,
                redirect,
                messages,
                () -> clawbacks.record(
                        callers.of(principal), id, new ClawbackOrder(reason(reason), note, amount(amount))));
    }

    @PostMapping("/cases/{id}/clawbacks/{clawback}/recoveries")
    @PreAuthorize("hasAnyRole('FINANCE', 'REVIEWER')")
    String recover(
            Principal principal,
            @PathVariable long id,
            @PathVariable long clawback,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String receivedOn,
            @RequestParam(defaultValue = "") String voucherNo,
            Locale locale,
            RedirectAttributes redirect) {
        return PageActions.run(
                "/cases/" + id,
                "payout.notice.recovered",
                locale,
                redirect,
                messages,
                () -> clawbacks.recover(
                        callers.of(principal),
                        clawback,
                        new RecoveryOrder(amount(amount), day("receivedOn", receivedOn), voucherNo)));
    }

    private static @Nullable BigDecimal amount(String typed) {
        String text = typed.strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequest("amount", "payout.amount.positive");
        }
    }

    private static @Nullable LocalDate day(String field, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            throw new InvalidRequest(field, "payout.import.day", text.length() > 40 ? text.substring(0, 40) : text);
        }
    }

    private static @Nullable ClawbackReason reason(String typed) {
        try {
            return typed.isBlank() ? null : ClawbackReason.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
