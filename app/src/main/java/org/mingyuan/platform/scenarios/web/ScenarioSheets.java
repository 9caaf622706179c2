package org.mingyuan.platform.scenarios.web;

import java.util.List;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.XlsxExport.Column;
import org.mingyuan.platform.scenarios.Scenario;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The scenario board as an XLSX download, one row per scenario, as anyone may read it. */
final class ScenarioSheets {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final XlsxExport<Scenario> BOARD = new XlsxExport<>(
            "应用场景",
            List.of(
                    new Column<>("编号", "Id", s -> s.id().value()),
                    new Column<>("场景", "Scenario", Scenario::titleZh),
                    new Column<>("场景（英文）", "Scenario (English)", Scenario::titleEn),
                    new Column<>("发榜部门", "Department", Scenario::department),
                    new Column<>("需求方", "Owner of the need", Scenario::needOwner),
                    new Column<>("园区编号", "Park id", Scenario::parkId),
                    new Column<>("预算（元）", "Budget (CNY)", Scenario::budget),
                    new Column<>("揭榜截止", "Deadline", Scenario::deadline),
                    new Column<>("状态", "State", Scenario::state),
                    new Column<>("监管沙盒", "Sandbox pilot", Scenario::sandbox),
                    new Column<>("揭榜企业", "Winner", Scenario::winner),
                    new Column<>("揭榜企业信用代码", "Winner's credit code", Scenario::winnerCreditCode),
                    new Column<>("发布时间", "Published", Scenario::publishedAt),
                    new Column<>("验收时间", "Accepted", Scenario::acceptedAt),
                    new Column<>("沙盒退出决定", "Sandbox exit", Scenario::exitDecision),
                    new Column<>("示例数据", "Illustrative", Scenario::illustrative)));

    private ScenarioSheets() {}

    /** The scenarios as a download named {@code scenarios.xlsx}. */
    static ResponseEntity<StreamingResponseBody> download(List<Scenario> scenarios) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("scenarios.xlsx")
                                .build()
                                .toString())
                .body(out -> BOARD.write(scenarios, out));
    }
}
