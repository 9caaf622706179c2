package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.internal.Clawbacks;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claw-backs of paid awards: when a firm broke a commitment (left the park within the committed years, was found
 * ineligible later), finance or a reviewer of the department records what it owes back, no more than was paid less
 * what earlier claw-backs of the case claim, and then each recovery (amount, day received, voucher) until everything
 * owed came back. Each is a step of the case: in its timeline, the ledger, the enterprise's inbox and e-mail.
 */
@Service
public class ClawbackDesk {

    private final Clawbacks clawbacks;
    private final PayoutDesk payouts;
    private final StepRecorder recorder;
    private final MessageSource messages;
    private final Clock clock;

    ClawbackDesk(Clawbacks clawbacks, PayoutDesk payouts, StepRecorder recorder, MessageSource messages, Clock clock) {
        this.clawbacks = clawbacks;
        this.payouts = payouts;
        this.recorder = recorder;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A claw-back to record.
     *
     * @param amount what the firm owes back, CNY
     */
    public record ClawbackOrder(
            @Nullable ClawbackReason reason,
            @Nullable String note,
            @Nullable BigDecimal amount) {}

    /**
     * A recovery to record.
     *
     * @param amount what came back, CNY; no more than is still owed
     * @param receivedOn the day it was received: not in the future, not before the claw-back
     * @param voucherNo the treasury's voucher number of the receipt
     */
    public record RecoveryOrder(
            @Nullable BigDecimal amount,
            @Nullable LocalDate receivedOn,
            @Nullable String voucherNo) {}

    /** The claw-backs of the case, in the order recorded; for whoever may see the case. */
    @Transactional(readOnly = true)
    public List<Clawback> ofCase(Caller caller, long caseId) {
        payouts.readable(caller, caseId);
        return clawbacks.ofCase(caseId);
    }

    /** True when the caller records claw-backs of the case: it is paid and the caller is of its department. */
    public boolean mayClawBack(Caller caller, ReviewCase c) {
        return c.state() == CaseState.PAID && CaseAccess.clawsBack(caller, c);
    }

    /**
     * Records a claw-back of the paid case {@code caseId}.
     *
     * @throws Conflict naming {@code case} when the case is not paid or changed meanwhile
     * @throws InvalidRequest naming {@code reason}, {@code note} or {@code amount}
     */
    @Transactional
    public Clawback record(Caller caller, long caseId, ClawbackOrder order) {
        ReviewCase c = actionable(caller, caseId);
        if (c.state() != CaseState.PAID || c.paidAmount() == null) {
            throw new Conflict("case", "payout.clawback.notPaid", caseId);
        }
        String note = order.note() == null ? "" : order.note().strip();
        BigDecimal most = c.paidAmount().subtract(clawbacks.dueOf(caseId));
        List<FieldProblem> problems = new ArrayList<>();
        if (order.reason() == null) {
            problems.add(new FieldProblem("reason", "payout.clawback.reason.required", List.of()));
        }
        PayoutRules.note("note", note).ifPresent(problems::add);
        if (most.signum() <= 0) {
            problems.add(
                    new FieldProblem("amount", "payout.clawback.nothingLeft", List.of(Yuan.format(c.paidAmount()))));
        } else {
            PayoutRules.amount("amount", order.amount(), most, "payout.clawback.overPaid")
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return open(caller, c, order.reason(), note, PayoutRules.fen(order.amount()));
    }

    /**
     * Opens a claw-back of everything paid on the case and not claimed back yet, because something its clause required
     * ended outside fulfilment (a recognition revoked); for policy officers and administrators, whatever the case's
     * department. Empty when the case is not paid or nothing is left to claim.
     *
     * @throws Conflict naming {@code case} when the case changed meanwhile
     */
    @Transactional
    public Optional<Clawback> clawBackAll(Caller caller, long caseId, ClawbackReason reason, String note) {
        if (!caller.has(Role.POLICY_OFFICER) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("only policy officers claw back on a condition ended elsewhere");
        }
        ReviewCase c = payouts.readable(caller, caseId);
        if (c.state() != CaseState.PAID || c.paidAmount() == null) {
            return Optional.empty();
        }
        BigDecimal most = c.paidAmount().subtract(clawbacks.dueOf(caseId));
        if (most.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(open(caller, c, reason, note, most));
    }

    private Clawback open(Caller caller, ReviewCase c, ClawbackReason reason, String note, BigDecimal due) {
        long caseId = c.id();
        Instant now = clock.instant();
        if (!clawbacks.claimPaid(caseId, c.revision(), now)) {
            throw new Conflict("case", "fulfillment.case.changed");
        }
        long id = clawbacks.insert(caseId, reason, note, due, caller.username(), now);
        String key = "payout.clawback.reason." + reason.name();
        recorder.record(
                c,
                payouts.step(
                        c,
                        StepKind.CLAWBACK,
                        caller,
                        now,
                        c.closedAt() == null ? now : c.closedAt(),
                        due,
                        messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage(key, null, Locale.ENGLISH),
                        note),
                null,
                null);
        return clawbacks.byId(id).orElseThrow();
    }

    /**
     * Records a recovery of claw-back {@code clawbackId}.
     *
     * @throws Conflict naming {@code clawback} when everything owed came back already, {@code amount} when another
     *     recovery recorded meanwhile left less owed than this one
     * @throws InvalidRequest naming {@code amount}, {@code receivedOn} or {@code voucherNo}
     */
    @Transactional
    public Clawback recover(Caller caller, long clawbackId, RecoveryOrder order) {
        Clawback clawback = clawbacks.byId(clawbackId).orElseThrow(() -> new NotFound("clawback", clawbackId));
        ReviewCase c = actionable(caller, clawback.caseId());
        if (clawback.settled()) {
            throw new Conflict("clawback", "payout.clawback.settled", clawbackId);
        }
        String voucher = PayoutRules.strip(order.voucherNo());
        LocalDate today = RegistryTime.today(clock);
        List<FieldProblem> problems = new ArrayList<>();
        PayoutRules.amount("amount", order.amount(), clawback.outstanding(), "payout.recovery.beyondDue")
                .ifPresent(problems::add);
        PayoutRules.day("receivedOn", order.receivedOn(), RegistryTime.dayOf(clawback.recordedAt()), today)
                .ifPresent(problems::add);
        PayoutRules.voucher("voucherNo", voucher).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        BigDecimal amount = PayoutRules.fen(order.amount());
        if (!clawbacks.recover(clawbackId, amount, order.receivedOn(), voucher, caller.username(), now)) {
            throw new Conflict("clawback", "payout.recovery.changed", clawbackId);
        }
        recorder.record(
                c,
                payouts.step(
                        c,
                        StepKind.RECOVERED,
                        caller,
                        now,
                        clawback.recordedAt(),
                        amount,
                        null,
                        null,
                        "到账日期 " + order.receivedOn() + " · 凭证号 " + voucher),
                null,
                null);
        return clawbacks.byId(clawbackId).orElseThrow();
    }

    private ReviewCase actionable(Caller caller, long caseId) {
        ReviewCase c = payouts.readable(caller, caseId);
        if (!CaseAccess.clawsBack(caller, c)) {
            throw new AccessDeniedException("only finance or reviewers of the department claw back case " + caseId);
        }
        return c;
    }
}
