package org.mingyuan.platform.fulfillment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.ContentTooLarge;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.InvalidRows;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.fulfillment.PayoutSheet.Filled;
import org.mingyuan.platform.fulfillment.internal.Batches;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Payouts;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.imports.UploadedSheet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout batches: finance puts payable cases of one department in a batch, downloads it as XLSX for the treasury
 * system, and uploads the filled file back with each row's voucher number and day paid (and an amount, when less than
 * approved was paid). The import is all or nothing: every row is checked first, and any bad row refuses the file
 * naming its row and column, with nothing written.
 */
@Service
public class PayoutBatches {

    /** Most cases one batch holds. */
    public static final int MAX_CASES = 1000;

    /** Most bytes a filled file may have. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Batches batches;
    private final Cases cases;
    private final Payouts payouts;
    private final PayoutDesk desk;
    private final EnterpriseRegistry registry;
    private final UploadedSheet sheets;

    PayoutBatches(
            Batches batches,
            Cases cases,
            Payouts payouts,
            PayoutDesk desk,
            EnterpriseRegistry registry,
            UploadedSheet sheets) {
        this.batches = batches;
        this.cases = cases;
        this.payouts = payouts;
        this.desk = desk;
        this.registry = registry;
        this.sheets = sheets;
    }

    /**
     * A batch to create.
     *
     * @param department the department whose cases it holds; may be left out by finance of one department
     * @param cases the cases, each payable and of the department; left out, every payable case of the department that
     *     waits in no batch not yet imported (at most {@link #MAX_CASES})
     */
    public record BatchOrder(
            @Nullable String department, @Nullable List<Long> cases) {}

    /** One case of a batch as the treasury's file lists it. */
    public record BatchRow(
            long batchId,
            long caseId,
            String enterpriseName,
            String creditCode,
            String clauseId,
            String clauseTitle,
            BigDecimal approvedAmount) {}

    /** Creates a batch of payable cases of one of the caller's departments; finance only. */
    @Transactional
    public PayoutBatch create(Caller caller, BatchOrder order) {
        PayoutDesk.requireFinance(caller);
        String department = department(caller, order.department());
        LocalDate today = desk.today();
        List<Long> ids;
        if (order.cases() == null) {
            ids = payouts.unbatched(department, today, MAX_CASES);
        } else {
            ids = chosen(department, order.cases(), today);
        }
        if (ids.isEmpty()) {
            throw new InvalidRequest("cases", "payout.batch.empty", department);
        }
        long id = batches.insert(department, caller.username(), desk.now(), ids);
        return batches.byId(id).orElseThrow();
    }

    /** The batches of the caller's departments, newest first, at most 100; finance only. */
    @Transactional(readOnly = true)
    public List<PayoutBatch> list(Caller caller) {
        PayoutDesk.requireFinance(caller);
        return batches.of(caller.departments(), 100);
    }

    /** One batch of the caller's departments; finance only. */
    @Transactional(readOnly = true)
    public PayoutBatch get(Caller caller, long id) {
        PayoutDesk.requireFinance(caller);
        PayoutBatch batch = batches.byId(id).orElseThrow(() -> new NotFound("payoutBatch", id));
        if (!caller.belongsTo(batch.department())) {
            throw new AccessDeniedException("batch " + id + " is of another department");
        }
        return batch;
    }

    /** The rows of a batch, as its file lists them. */
    @Transactional(readOnly = true)
    public List<BatchRow> rows(Caller caller, long id) {
        PayoutBatch batch = get(caller, id);
        List<BatchRow> rows = new ArrayList<>();
        for (long caseId : batch.caseIds()) {
            ReviewCase c = cases.byId(caseId).orElseThrow();
            String name = registry.find(caller, new EnterpriseId(c.enterpriseId()))
                    .map(e -> e.name())
                    .orElse(c.creditCode());
            rows.add(new BatchRow(
                    id,
                    caseId,
                    name,
                    c.creditCode(),
                    c.clauseId(),
                    c.titleZh(),
                    c.approvedAmount() == null ? BigDecimal.ZERO : c.approvedAmount()));
        }
        return rows;
    }

    /** Writes the batch as XLSX for the treasury: a row per case, the voucher, day and amount columns empty. */
    public void write(List<BatchRow> rows, OutputStream out) throws IOException {
        new XlsxExport<>("拨付批次", PayoutSheet.columns()).write(rows, out);
    }

    /**
     * Imports the filled file of batch {@code id}: pays every row's case, or refuses the whole file.
     *
     * @throws ContentTooLarge naming {@code file} when it is larger than {@link #MAX_BYTES}
     * @throws InvalidRequest naming {@code file} when it is no readable XLSX workbook or lacks a column
     * @throws InvalidRows naming each bad row and column
     * @throws Conflict naming {@code batch} when the batch was imported already
     */
    @Transactional
    public PayoutBatch importFile(Caller caller, long id, InputStream content) {
        PayoutBatch batch = get(caller, id);
        if (batch.imported()) {
            throw new Conflict("batch", "payout.batch.imported", id);
        }
        List<Filled> filled = read(content, batch.caseIds().size());
        LocalDate today = desk.today();
        Set<Long> inBatch = new HashSet<>(batch.caseIds());
        Map<Long, Integer> caseRows = new HashMap<>();
        Map<String, Integer> voucherRows = new HashMap<>();
        Map<Filled, ReviewCase> paying = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Filled row : filled) {
            problems.addAll(row.problems());
            Long caseId = row.caseId();
            if (caseId != null) {
                Integer first = caseRows.putIfAbsent(caseId, row.row());
                ReviewCase c = cases.byId(caseId).orElse(null);
                if (first != null) {
                    problems.add(row.problem(PayoutSheet.Column.CASE, "payout.import.caseRepeated", first));
                } else if (!inBatch.contains(caseId) || c == null) {
                    problems.add(row.problem(PayoutSheet.Column.CASE, "payout.import.notInBatch", caseId, id));
                } else if (!payouts.isPayable(caseId, today)) {
                    problems.add(row.problem(PayoutSheet.Column.CASE, "payout.import.notPayable", caseId));
                } else {
                    paying.put(row, c);
                    problems.addAll(row.checkAgainst(c.approvedAmount(), desk.approvedOn(c), today));
                }
            }
            if (row.voucher() != null) {
                Integer first = voucherRows.putIfAbsent(row.voucher(), row.row());
                if (first != null) {
                    problems.add(row.problem(PayoutSheet.Column.VOUCHER, "payout.import.voucherRepeated", first));
                }
            }
        }
        for (String taken : payouts.vouchersTaken(voucherRows.keySet())) {
            Filled row = filled.stream()
                    .filter(f -> taken.equals(f.voucher()))
                    .findFirst()
                    .orElseThrow();
            problems.add(row.problem(PayoutSheet.Column.VOUCHER, "payout.voucher.taken", taken));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRows(problems);
        }
        if (!batches.markImported(id, caller.username(), desk.now())) {
            throw new Conflict("batch", "payout.batch.imported", id);
        }
        for (Filled row : filled) {
            ReviewCase c = paying.get(row);
            desk.settle(caller, c, row.amountOr(c.approvedAmount()), row.paidOn(), row.voucher(), id, today);
        }
        return batches.byId(id).orElseThrow();
    }

    private List<Filled> read(InputStream content, int caseCount) {
        List<Filled> rows = new ArrayList<>();
        PayoutSheet.Header[] columns = new PayoutSheet.Header[1];
        try {
            sheets.read(content, MAX_BYTES, caseCount + 1, (row, cells) -> {
                if (columns[0] == null) {
                    columns[0] = PayoutSheet.header(cells);
                } else {
                    rows.add(columns[0].row(row, cells));
                }
            });
        } catch (UploadedSheet.Refused refused) {
            if (refused.tooLarge()) {
                throw new ContentTooLarge("file", refused.code(), refused.args().toArray());
            }
            throw new InvalidRequest("file", refused.code(), refused.args().toArray());
        }
        if (rows.isEmpty()) {
            throw new InvalidRequest("file", "imports.noRows");
        }
        return rows;
    }

    private String department(Caller caller, @Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            if (caller.departments().size() != 1) {
                throw new InvalidRequest(
                        "department", "payout.batch.department", String.join("、", caller.departments()));
            }
            return caller.departments().iterator().next();
        }
        if (!caller.belongsTo(asked)) {
            throw new AccessDeniedException("finance acts only for its own departments");
        }
        return asked;
    }

    private List<Long> chosen(String department, List<Long> chosen, LocalDate today) {
        if (chosen.size() > MAX_CASES) {
            throw new InvalidRequest("cases", "payout.batch.tooMany", MAX_CASES);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            String field = "cases[" + i + "]";
            Long caseId = chosen.get(i);
            ReviewCase c = caseId == null ? null : cases.byId(caseId).orElse(null);
            if (c == null) {
                problems.add(new FieldProblem(field, "payout.batch.unknownCase", List.of(String.valueOf(caseId))));
            } else if (!seen.add(caseId)) {
                problems.add(new FieldProblem(field, "payout.batch.repeated", List.of(caseId)));
            } else if (!c.department().equals(department)) {
                problems.add(new FieldProblem(field, "payout.batch.otherDepartment", List.of(caseId, department)));
            } else if (!payouts.isPayable(caseId, today)) {
                problems.add(new FieldProblem(field, "payout.case.notPayable", List.of(caseId)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return List.copyOf(seen).stream().sorted().toList();
    }
}
