package org.mingyuan.platform.fulfillment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.XlsxExport.Column;
import org.mingyuan.platform.XlsxExport.Sheet;
import org.mingyuan.platform.fulfillment.SupervisionReport;
import org.mingyuan.platform.fulfillment.SupervisionReport.BudgetLine;
import org.mingyuan.platform.fulfillment.SupervisionReport.Fulfilment;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueCase;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueFollowUp;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueGroup;
import org.mingyuan.platform.fulfillment.SupervisionReport.RatingLine;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every table of the supervision dashboard as one XLSX workbook, one sheet per table, headers in Chinese and English;
 * rates are ratios (0.75 for 75 %), amounts CNY, durations calendar days.
 */
final class SupervisionSheets {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final XlsxExport<OverdueCase> OVERDUE = new XlsxExport<>(
            "overdue",
            List.of(
                    new Column<>("办件", "Case", OverdueCase::caseId),
                    new Column<>("统一社会信用代码", "Credit code", OverdueCase::creditCode),
                    new Column<>("条款", "Clause", OverdueCase::titleZh),
                    new Column<>("部门", "Department", OverdueCase::department),
                    new Column<>("环节", "Stage", OverdueCase::stageZh),
                    new Column<>("办理方", "Acting", OverdueCase::stageRole),
                    new Column<>("期限", "Due", OverdueCase::due),
                    new Column<>("超期工作日", "Working days overdue", OverdueCase::workingDaysOverdue)));

    private static final XlsxExport<OverdueGroup> OVERDUE_GROUPS = new XlsxExport<>(
            "overdue-by-department",
            List.of(
                    new Column<>("部门", "Department", OverdueGroup::department),
                    new Column<>("环节", "Stage", OverdueGroup::stageZh),
                    new Column<>("办理方", "Acting", OverdueGroup::stageRole),
                    new Column<>("超期件数", "Cases overdue", OverdueGroup::cases),
                    new Column<>("最长超期工作日", "Most working days overdue", OverdueGroup::mostWorkingDaysOverdue)));

    private static final XlsxExport<OverdueFollowUp> FOLLOW_UPS = new XlsxExport<>(
            "overdue-follow-ups",
            List.of(
                    new Column<>("办件", "Case", OverdueFollowUp::caseId),
                    new Column<>("统一社会信用代码", "Credit code", OverdueFollowUp::creditCode),
                    new Column<>("条款", "Clause", OverdueFollowUp::titleZh),
                    new Column<>("部门", "Department", OverdueFollowUp::department),
                    new Column<>("评价等级", "Rating", OverdueFollowUp::level),
                    new Column<>("回访期限", "Follow-up due", OverdueFollowUp::due),
                    new Column<>("超期工作日", "Working days overdue", OverdueFollowUp::workingDaysOverdue)));

    private static final XlsxExport<BudgetLine> BUDGETS = new XlsxExport<>(
            "budgets",
            List.of(
                    new Column<>("条款编号", "Clause id", BudgetLine::clauseId),
                    new Column<>("条款", "Clause", BudgetLine::titleZh),
                    new Column<>("预算（元）", "Budget (CNY)", BudgetLine::total),
                    new Column<>("已核准（元）", "Reserved (CNY)", BudgetLine::reserved),
                    new Column<>("已拨付（元）", "Paid (CNY)", BudgetLine::paid),
                    new Column<>("剩余（元）", "Left (CNY)", BudgetLine::left)));

    private static final XlsxExport<RatingLine> RATINGS = new XlsxExport<>(
            "ratings",
            List.of(
                    new Column<>("部门", "Department", RatingLine::department),
                    new Column<>("非常不满意", "Level 1", r -> r.counts().get(0)),
                    new Column<>("不满意", "Level 2", r -> r.counts().get(1)),
                    new Column<>("基本满意", "Level 3", r -> r.counts().get(2)),
                    new Column<>("满意", "Level 4", r -> r.counts().get(3)),
                    new Column<>("非常满意", "Level 5", r -> r.counts().get(4)),
                    new Column<>("合计", "Total", RatingLine::total)));

    private SupervisionSheets() {}

    /** The report's tables as a download named {@code supervision.xlsx}. */
    static ResponseEntity<StreamingResponseBody> download(SupervisionReport report) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("supervision-" + report.today() + ".xlsx")
                                .build()
                                .toString())
                .body(out -> write(report, out));
    }

    /** Writes the report's tables to {@code out}; does not close it. */
    static void write(SupervisionReport report, OutputStream out) throws IOException {
        XlsxExport.write(
                List.of(
                        new Sheet<>(OVERDUE, report.overdue()),
                        new Sheet<>(OVERDUE_GROUPS, report.overdueGroups()),
                        new Sheet<>(FOLLOW_UPS, report.followUps()),
                        new Sheet<>(fulfilment("fulfilment-by-policy", "政策", "Policy"), report.byPolicy()),
                        new Sheet<>(fulfilment("fulfilment-by-park", "园区", "Park"), report.byPark()),
                        new Sheet<>(fulfilment("fulfilment-by-department", "部门", "Department"), report.byDepartment()),
                        new Sheet<>(fulfilment("fulfilment-total", "范围", "Scope"), List.of(report.total())),
                        new Sheet<>(BUDGETS, report.budgets()),
                        new Sheet<>(RATINGS, report.ratings())),
                out);
    }

    private static XlsxExport<Fulfilment> fulfilment(String sheet, String zh, String en) {
        return new XlsxExport<>(
                sheet,
                List.of(
                        new Column<>(zh, en, Fulfilment::labelZh),
                        new Column<>("核准件数", "Approved cases", Fulfilment::approvedCount),
                        new Column<>("核准金额（元）", "Approved (CNY)", Fulfilment::approvedAmount),
                        new Column<>("拨付件数", "Paid cases", Fulfilment::paidCount),
                        new Column<>("拨付金额（元）", "Paid (CNY)", Fulfilment::paidAmount),
                        new Column<>("按金额兑现率", "Rate by amount", Fulfilment::rateByAmount),
                        new Column<>("按件数兑现率", "Rate by count", Fulfilment::rateByCount),
                        new Column<>("申请至到账中位天数", "Median days to cash", Fulfilment::medianDays),
                        new Column<>("申请至到账 P90 天数", "P90 days to cash", Fulfilment::p90Days),
                        new Column<>("申请至到账平均天数", "Mean days to cash", Fulfilment::meanDays)));
    }
}
