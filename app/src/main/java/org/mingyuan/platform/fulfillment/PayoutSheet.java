package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.fulfillment.PayoutBatches.BatchRow;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The treasury's file of a payout batch: the columns written ({@code 中文 (English)} headers), and the reading of a
 * filled file's header and rows. A column is found by its full header, its Chinese or its English label, in any
 * order; the case, voucher and day columns are required, the amount column is optional. Each problem of a row names
 * it as {@code rows[<row>].<field>} and says its row and column.
 */
final class PayoutSheet {

    /** The columns of the file, in order. */
    enum Column {
        BATCH("批次", "Batch", "batch"),
        CASE("办件编号", "Case", "caseId"),
        ENTERPRISE("企业名称", "Enterprise", "enterprise"),
        CREDIT_CODE("统一社会信用代码", "Credit code", "creditCode"),
        CLAUSE("条款", "Clause", "clause"),
        TITLE("条款名称", "Clause title", "clauseTitle"),
        APPROVED("核准金额（元）", "Approved (CNY)", "approvedAmount"),
        AMOUNT("拨付金额（元，少于核准时填写）", "Amount paid (CNY, if less)", "amount"),
        VOUCHER("凭证号", "Voucher no.", "voucherNo"),
        PAID_ON("拨付日期", "Date paid", "paidOn");

        final String zh;
        final String en;
        final String field;

        Column(String zh, String en, String field) {
            this.zh = zh;
            this.en = en;
            this.field = field;
        }

        String header() {
            return zh + " (" + en + ")";
        }

        boolean heads(String text) {
            String t = text.strip();
            return t.equalsIgnoreCase(header()) || t.equals(zh) || t.equalsIgnoreCase(en);
        }
    }

    private static final List<Column> REQUIRED = List.of(Column.CASE, Column.VOUCHER, Column.PAID_ON);

    private PayoutSheet() {}

    /** The columns written for the treasury; amount, voucher and day are left empty. */
    static List<XlsxExport.Column<BatchRow>> columns() {
        return Arrays.stream(Column.values())
                .map(c -> new XlsxExport.Column<BatchRow>(c.zh, c.en, row -> value(c, row)))
                .toList();
    }

    private static @Nullable Object value(Column column, BatchRow row) {
        return switch (column) {
            case BATCH -> row.batchId();
            case CASE -> row.caseId();
            case ENTERPRISE -> row.enterpriseName();
            case CREDIT_CODE -> row.creditCode();
            case CLAUSE -> row.clauseId();
            case TITLE -> row.clauseTitle();
            case APPROVED -> row.approvedAmount();
            case AMOUNT, VOUCHER, PAID_ON -> null;
        };
    }

    /**
     * The columns of a filled file, found in its header row.
     *
     * @throws InvalidRequest naming {@code file} when a required column is missing
     */
    static Header header(List<@Nullable String> cells) {
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text == null) {
                continue;
            }
            for (Column c : Column.values()) {
                if (c.heads(text)) {
                    at.putIfAbsent(c, i);
                }
            }
        }
        List<String> missing = REQUIRED.stream()
                .filter(c -> !at.containsKey(c))
                .map(Column::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequest("file", "payout.import.header", String.join("、", missing));
        }
        return new Header(at);
    }

    /** Where each column of a filled file is. */
    static final class Header {

        private final Map<Column, Integer> at;

        private Header(Map<Column, Integer> at) {
            this.at = at;
        }

        /** Reads data row {@code row} (1-based, as the spreadsheet numbers it). */
        Filled row(int row, List<@Nullable String> cells) {
            return new Filled(
                    row,
                    text(cells, Column.CASE),
                    text(cells, Column.VOUCHER),
                    text(cells, Column.PAID_ON),
                    at.containsKey(Column.AMOUNT) ? text(cells, Column.AMOUNT) : null);
        }

        private @Nullable String text(List<@Nullable String> cells, Column column) {
            int i = at.get(column);
            String text = i < cells.size() ? cells.get(i) : null;
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /**
     * One data row of a filled file, read: its case, voucher, day and amount, with the problems of reading them. The
     * checks that need the case come later ({@link #checkAgainst}). Compared by identity.
     */
    static final class Filled {

        private final int row;
        private final @Nullable Long caseId;
        private final @Nullable String voucher;
        private final @Nullable LocalDate paidOn;
        private final @Nullable BigDecimal amount;
        private final List<FieldProblem> problems = new ArrayList<>();

        Filled(
                int row,
                @Nullable String caseText,
                @Nullable String voucher,
                @Nullable String day,
                @Nullable String amount) {
            this.row = row;
            this.caseId = caseText == null ? required(Column.CASE) : caseId(caseText);
            this.voucher = voucher;
            PayoutRules.voucher("", voucher).ifPresent(p -> problems.add(wrap(Column.VOUCHER, p)));
            this.paidOn = day == null ? required(Column.PAID_ON) : day(day);
            this.amount = amount == null ? null : amount(amount);
        }

        int row() {
            return row;
        }

        @Nullable
        Long caseId() {
            return caseId;
        }

        @Nullable
        String voucher() {
            return voucher;
        }

        /** The day paid; only once the row has no problems. */
        LocalDate paidOn() {
            if (paidOn == null) {
                throw new IllegalStateException("row " + row + " has no day paid");
            }
            return paidOn;
        }

        /** The problems found reading the row. */
        List<FieldProblem> problems() {
            return problems;
        }

        /** The amount paid: the amount column, or else what was approved. */
        BigDecimal amountOr(@Nullable BigDecimal approved) {
            BigDecimal paid = amount != null ? amount : approved;
            if (paid == null) {
                throw new IllegalStateException("row " + row + " has no amount");
            }
            return PayoutRules.fen(paid);
        }

        /** The problems of the row's amount and day against its case's approval, and today. */
        List<FieldProblem> checkAgainst(@Nullable BigDecimal approved, LocalDate approvedOn, LocalDate today) {
            List<FieldProblem> found = new ArrayList<>();
            if (amount != null && approved != null) {
                PayoutRules.amount("", amount, approved, "payout.amount.overApproved")
                        .ifPresent(p -> found.add(wrap(Column.AMOUNT, p)));
            }
            if (paidOn != null) {
                PayoutRules.day("", paidOn, approvedOn, today).ifPresent(p -> found.add(wrap(Column.PAID_ON, p)));
            }
            return found;
        }

        /** A problem of this row's {@code column}. */
        FieldProblem problem(Column column, String code, Object... args) {
            return wrap(column, new FieldProblem("", code, List.of(args)));
        }

        private FieldProblem wrap(Column column, FieldProblem problem) {
            return new FieldProblem(
                    "rows[" + row + "]." + column.field,
                    "payout.import.cell",
                    List.of(
                            row,
                            column.header(),
                            new DefaultMessageSourceResolvable(
                                    new String[] {problem.code()},
                                    problem.args().toArray())));
        }

        private <T> @Nullable T required(Column column) {
            problems.add(problem(column, "payout.import.required"));
            return null;
        }

        private @Nullable Long caseId(String text) {
            try {
                return new BigDecimal(text).longValueExact();
            } catch (ArithmeticException | NumberFormatException notACase) {
                problems.add(problem(Column.CASE, "payout.import.caseId", shortened(text)));
                return null;
            }
        }

        private @Nullable LocalDate day(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                problems.add(problem(Column.PAID_ON, "payout.import.day", shortened(text)));
                return null;
            }
        }

        private @Nullable BigDecimal amount(String text) {
            try {
                return new BigDecimal(text.replace(",", ""));
            } catch (NumberFormatException notANumber) {
                problems.add(problem(Column.AMOUNT, "payout.import.amount", shortened(text)));
                return null;
            }
        }

        private static String shortened(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
