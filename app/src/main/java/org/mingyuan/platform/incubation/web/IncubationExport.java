package org.mingyuan.platform.incubation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.XlsxExport.Column;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.incubation.Condition;
import org.mingyuan.platform.incubation.FinancingDesk;
import org.mingyuan.platform.incubation.FinancingRound;
import org.mingyuan.platform.incubation.Incubatee;
import org.mingyuan.platform.incubation.IncubatorReport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One incubator as an XLSX workbook: its conditions with figures and thresholds, its incubatees, its rounds; built in
 * memory (an incubator has at most some hundreds of rows), so a failure is answered as an error, not a cut file.
 */
@Controller
class IncubationExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FinancingDesk financingDesk;
    private final Callers callers;
    private final MessageSource messages;

    IncubationExport(FinancingDesk financingDesk, Callers callers, MessageSource messages) {
        this.financingDesk = financingDesk;
        this.callers = callers;
        this.messages = messages;
    }

    /** One measure of a condition, a row of the conditions sheet. */
    private record Row(Condition condition, Condition.Measure measure) {}

    @GetMapping({"/incubation/{id}/export.xlsx", "/api/v1/incubators/{id}/export.xlsx"})
    @io.swagger.v3.oas.annotations.Operation(
            summary = "One incubator as an XLSX workbook: conditions with figures and thresholds, incubatees, rounds")
    @io.swagger.v3.oas.annotations.tags.Tag(name = "Incubation")
    org.springframework.http.ResponseEntity<byte[]> export(Principal principal, @PathVariable long id)
            throws IOException {
        IncubatorReport report = financingDesk.report(callers.of(principal), id);
        List<Row> rows = report.conditions().stream()
                .flatMap(c -> c.measures().stream().map(m -> new Row(c, m)))
                .toList();
        var conditions = new XlsxExport<Row>(
                "条件 Conditions",
                List.of(
                        new Column<>("依据", "Source", r -> r.condition().tier()),
                        new Column<>(
                                "条件",
                                "Condition",
                                r -> zh("incubation.condition." + r.condition().code())),
                        new Column<>(
                                "Condition",
                                "Condition (en)",
                                r -> en("incubation.condition." + r.condition().code())),
                        new Column<>(
                                "指标",
                                "Measure",
                                r -> zh("incubation.measure." + r.measure().code())),
                        new Column<>("数值", "Figure", r -> r.measure().figure()),
                        new Column<>("门槛", "Threshold", r -> r.measure().threshold()),
                        new Column<>("单位", "Unit", r -> r.measure().unit()),
                        new Column<>("指标达到", "Measure met", r -> r.measure().met()),
                        new Column<>("条件达到", "Condition met", r -> r.condition().met())));
        var incubatees = new XlsxExport<Incubatee>(
                "在孵企业 Incubatees",
                List.of(
                        new Column<>("统一社会信用代码", "Credit code", Incubatee::creditCode),
                        new Column<>("企业名称", "Enterprise", Incubatee::enterpriseName),
                        new Column<>("入孵日期", "Entered on", Incubatee::enteredOn),
                        new Column<>("毕业日期", "Graduated on", Incubatee::graduatedOn)));
        var rounds = new XlsxExport<FinancingRound>(
                "融资 Financing",
                List.of(
                        new Column<>("统一社会信用代码", "Credit code", FinancingRound::creditCode),
                        new Column<>("企业名称", "Enterprise", FinancingRound::enterpriseName),
                        new Column<>("投资方", "Investor", FinancingRound::investor),
                        new Column<>("金额（万元）", "Amount (10k CNY)", FinancingRound::amount),
                        new Column<>("日期", "Closed on", FinancingRound::closedOn),
                        new Column<>("轮次", "Stage", FinancingRound::stage),
                        new Column<>("孵化器自有资金", "Incubator's own fund", r -> r.incubatorId() != null)));
        var body = new ByteArrayOutputStream();
        XlsxExport.write(
                List.of(
                        new XlsxExport.Sheet<>(conditions, rows),
                        new XlsxExport.Sheet<>(incubatees, report.incubatees()),
                        new XlsxExport.Sheet<>(rounds, report.rounds())),
                body);
        return org.springframework.http.ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incubator-" + id + ".xlsx\"")
                .body(body.toByteArray());
    }

    private String zh(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private String en(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
