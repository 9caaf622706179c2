package org.mingyuan.platform.fulfillment.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Clawback;
import org.mingyuan.platform.fulfillment.ClawbackDesk;
import org.mingyuan.platform.fulfillment.ClawbackReason;
import org.mingyuan.platform.fulfillment.Payout;
import org.mingyuan.platform.fulfillment.PayoutDesk;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.identity.Caller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a case's page shows of its payout and claw-backs, and the forms of whoever acts on them: finance of the
 * department pays a payable case; its finance or reviewers record claw-backs of a paid one and their recoveries.
 */
@Component
class CasePayments {

    private final PayoutDesk payouts;
    private final ClawbackDesk clawbacks;

    CasePayments(PayoutDesk payouts, ClawbackDesk clawbacks) {
        this.payouts = payouts;
        this.clawbacks = clawbacks;
    }

    /**
     * The payment section of a case.
     *
     * @param payout the payout, once paid
     * @param mayPay whether the caller may pay the case now
     * @param mayClawBack whether the caller may record claw-backs and recoveries
     */
    record Section(
            @Nullable Payout payout,
            List<Clawback> clawbacks,
            boolean mayPay,
            boolean mayClawBack,
            List<ClawbackReason> reasons,
            String today) {}

    /** Adds the case's section as {@code payment}. */
    void addTo(Model model, Caller caller, ReviewCase c) {
        model.addAttribute(
                "payment",
                new Section(
                        payouts.payout(caller, c.id()).orElse(null),
                        clawbacks.ofCase(caller, c.id()),
                        payouts.mayPay(caller, c),
                        clawbacks.mayClawBack(caller, c),
                        List.of(ClawbackReason.values()),
                        payouts.todayText()));
    }
}
