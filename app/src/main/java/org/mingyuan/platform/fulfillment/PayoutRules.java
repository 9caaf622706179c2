package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;

/**
 * The rules of what finance types for a payout, a claw-back or a recovery: amounts in CNY above zero with at most two
 * decimals, days neither in the future nor before what they follow, and the treasury's voucher numbers. Each check
 * answers the problem with the value under the field name it is given (a JSON property, or a row and column of an
 * imported file), so one call site collects them all.
 */
final class PayoutRules {

    /** Most characters of a voucher number. */
    static final int VOUCHER_LENGTH = 60;

    /** Most characters of a claw-back's note. */
    static final int NOTE_LENGTH = 2000;

    private PayoutRules() {}

    /**
     * The problem with {@code amount}, if any: missing, not above zero, more than two decimals or 14 digits before the
     * point, or above {@code most} (then {@code overCode}, with the amount and {@code most}).
     */
    static Optional<FieldProblem> amount(String field, @Nullable BigDecimal amount, BigDecimal most, String overCode) {
        if (amount == null) {
            return problem(field, "payout.amount.required");
        }
        if (amount.signum() <= 0) {
            return problem(field, "payout.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 14) {
            return problem(field, "payout.amount.scale");
        }
        if (amount.compareTo(most) > 0) {
            return problem(field, overCode, Yuan.format(amount), Yuan.format(most));
        }
        return Optional.empty();
    }

    /** The amount as stored, with two decimals; it must have passed {@link #amount}. */
    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The problem with {@code day}, if any: missing, after {@code today}, or before {@code earliest}. */
    static Optional<FieldProblem> day(String field, @Nullable LocalDate day, LocalDate earliest, LocalDate today) {
        if (day == null) {
            return problem(field, "payout.day.required");
        }
        if (day.isAfter(today)) {
            return problem(field, "payout.day.future", day, today);
        }
        if (day.isBefore(earliest)) {
            return problem(field, "payout.day.tooEarly", day, earliest);
        }
        return Optional.empty();
    }

    /**
     * The problem with a voucher number, already stripped, if any: missing, longer than {@link #VOUCHER_LENGTH}, or
     * holding a line break or a character that is not printable.
     */
    static Optional<FieldProblem> voucher(String field, @Nullable String voucher) {
        if (voucher == null || voucher.isEmpty()) {
            return problem(field, "payout.voucher.required");
        }
        if (voucher.length() > VOUCHER_LENGTH) {
            return problem(field, "payout.voucher.length", VOUCHER_LENGTH);
        }
        return PlainText.problem(field, voucher, Lines.ONE);
    }

    /** The note stripped, or the problem with it: missing, too long, or holding a character that is not printable. */
    static Optional<FieldProblem> note(String field, String note) {
        if (note.isEmpty()) {
            return problem(field, "payout.note.required");
        }
        if (note.length() > NOTE_LENGTH) {
            return problem(field, "payout.note.length", NOTE_LENGTH);
        }
        return PlainText.problem(field, note, Lines.MANY);
    }

    /** A voucher number as typed, stripped; null for none. */
    static @Nullable String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static Optional<FieldProblem> problem(String field, String code, Object... args) {
        return Optional.of(new FieldProblem(field, code, List.of(args)));
    }
}
