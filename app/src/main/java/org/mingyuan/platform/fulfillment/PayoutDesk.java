package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.internal.Budgets;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Payouts;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payouts of approved awards, one by one: the queue of cases finance may pay (approved, public notice over, every
 * objection answered) and the payout of one, with the amount (no more than approved), the day paid (not in the future,
 * not before the approval) and the treasury's voucher number (unique). The case becomes paid, its step is recorded
 * (ledger, inbox, e-mail), and what the payout did not pay of the approval is released from the clause's budget. Only
 * finance of the case's department pays; a payout recorded twice at once pays once.
 */
@Service
public class PayoutDesk {

    /** Most cases one page of the queue holds. */
    public static final int MAX_PAGE = 200;

    private final Cases cases;
    private final Payouts payouts;
    private final Budgets budgets;
    private final StepRecorder recorder;
    private final ReviewStages stages;
    private final Clock clock;

    PayoutDesk(Cases cases, Payouts payouts, Budgets budgets, StepRecorder recorder, ReviewStages stages, Clock clock) {
        this.cases = cases;
        this.payouts = payouts;
        this.budgets = budgets;
        this.recorder = recorder;
        this.stages = stages;
        this.clock = clock;
    }

    /**
     * A payout to record.
     *
     * @param amount CNY, above zero, at most two decimals, no more than the approved amount; null pays the approved
     *     amount
     * @param paidOn the day the treasury paid
     * @param voucherNo the treasury's voucher number: unique, printable, at most 60 characters
     */
    public record PayoutOrder(
            @Nullable BigDecimal amount,
            @Nullable LocalDate paidOn,
            @Nullable String voucherNo) {}

    /** The cases of the caller's departments that may be paid today, oldest first; finance only. */
    @Transactional(readOnly = true)
    public List<ReviewCase> payable(Caller caller, int page, int size) {
        requireFinance(caller);
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new InvalidRequest("size", "fulfillment.queue.size", MAX_PAGE);
        }
        return payouts.payable(caller.departments(), today(), size, Math.multiplyExact(page, size)).stream()
                .map(id -> cases.byId(id).orElseThrow())
                .toList();
    }

    /** The payout of the case, if it was paid; for whoever may see the case. */
    @Transactional(readOnly = true)
    public Optional<Payout> payout(Caller caller, long caseId) {
        readable(caller, caseId);
        return payouts.ofCase(caseId);
    }

    /** True when the caller may pay the case today: it is payable and the caller is finance of its department. */
    @Transactional(readOnly = true)
    public boolean mayPay(Caller caller, ReviewCase c) {
        return CaseAccess.pays(caller, c) && payouts.isPayable(c.id(), today());
    }

    /**
     * Records the payout of case {@code id}.
     *
     * @throws Conflict naming {@code case} when the case is not payable (not approved, on public notice, an objection
     *     unanswered, paid already) or changed meanwhile
     * @throws InvalidRequest naming {@code amount}, {@code paidOn} or {@code voucherNo}
     */
    @Transactional
    public ReviewCase pay(Caller caller, long id, PayoutOrder order) {
        ReviewCase c = readable(caller, id);
        if (!CaseAccess.pays(caller, c)) {
            throw new AccessDeniedException("only finance of the department pays case " + id);
        }
        LocalDate today = today();
        if (!payouts.isPayable(id, today)) {
            throw new Conflict("case", "payout.case.notPayable", id);
        }
        String voucher = PayoutRules.strip(order.voucherNo());
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = order.amount() == null ? approved(c) : order.amount();
        PayoutRules.amount("amount", amount, approved(c), "payout.amount.overApproved")
                .ifPresent(problems::add);
        PayoutRules.day("paidOn", order.paidOn(), approvedOn(c), today).ifPresent(problems::add);
        PayoutRules.voucher("voucherNo", voucher).ifPresent(problems::add);
        if (voucher != null && !payouts.vouchersTaken(List.of(voucher)).isEmpty()) {
            problems.add(new FieldProblem("voucherNo", "payout.voucher.taken", List.of(voucher)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        settle(caller, c, PayoutRules.fen(amount), order.paidOn(), voucher, null, today);
        return cases.byId(id).orElseThrow();
    }

    /**
     * Pays case {@code c}, whose payout was checked, in the caller's transaction: marks it paid if it is still at the
     * revision read and payable, stores the payout, records what it took of the budget, and records the step.
     *
     * @throws Conflict naming {@code case} when it changed meanwhile, {@code voucherNo} when another payout took the
     *     voucher meanwhile
     */
    void settle(
            Caller caller,
            ReviewCase c,
            BigDecimal amount,
            LocalDate paidOn,
            String voucher,
            @Nullable Long batchId,
            LocalDate today) {
        Instant now = clock.instant();
        if (!payouts.markPaid(c.id(), c.revision(), amount, paidOn, today, now)) {
            throw new Conflict("case", "fulfillment.case.changed");
        }
        try {
            payouts.insert(c.id(), amount, paidOn, voucher, batchId, caller.username(), now);
        } catch (DuplicateKeyException taken) {
            throw new Conflict("voucherNo", "payout.voucher.taken", voucher);
        }
        budgets.pay(c.clauseId(), amount, approved(c).subtract(amount), now);
        Instant approvedAt = payouts.approvedAt(c.id()).orElse(c.updatedAt());
        recorder.record(
                c,
                step(
                        c,
                        StepKind.PAID,
                        caller,
                        now,
                        approvedAt,
                        amount,
                        null,
                        null,
                        "拨付日期 " + paidOn + " · 凭证号 " + voucher),
                null,
                null);
    }

    /** The day the case's award was approved, in China; no payout may be dated before it. */
    LocalDate approvedOn(ReviewCase c) {
        return RegistryTime.dayOf(payouts.approvedAt(c.id()).orElse(c.updatedAt()));
    }

    /** Now, by the platform's clock. */
    Instant now() {
        return clock.instant();
    }

    /** Today in China, by the platform's clock, as {@code yyyy-MM-dd}: the day a form suggests. */
    public String todayText() {
        return today().toString();
    }

    /** Today in China, by the platform's clock. */
    LocalDate today() {
        return RegistryTime.today(clock);
    }

    /** The case, if the caller may see it; otherwise it is answered as missing. */
    ReviewCase readable(Caller caller, long id) {
        ReviewCase c = cases.byId(id).orElseThrow(() -> new NotFound("case", id));
        if (!CaseAccess.readable(caller, c)) {
            throw new NotFound("case", id);
        }
        return c;
    }

    /**
     * A step after the review, timed from {@code since} (the approval, the payout), with the working days since then.
     */
    CaseStep step(
            ReviewCase c,
            StepKind kind,
            Caller caller,
            Instant now,
            Instant since,
            BigDecimal amount,
            @Nullable String conditionZh,
            @Nullable String conditionEn,
            @Nullable String note) {
        return new CaseStep(
                0,
                c.id(),
                UUID.randomUUID().toString(),
                kind,
                null,
                null,
                null,
                null,
                since,
                null,
                caller.username(),
                now,
                stages.workingDaysBetween(since, now),
                amount,
                conditionZh,
                conditionEn,
                note);
    }

    static void requireFinance(Caller caller) {
        if (!caller.has(Role.FINANCE)) {
            throw new AccessDeniedException("payouts are for finance");
        }
    }

    private static BigDecimal approved(ReviewCase c) {
        if (c.approvedAmount() == null) {
            throw new IllegalStateException("payable case " + c.id() + " has no approved amount");
        }
        return c.approvedAmount();
    }
}
