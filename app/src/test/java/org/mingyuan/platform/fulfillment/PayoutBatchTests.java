package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.PayoutTests.approved;
import static org.mingyuan.platform.fulfillment.PayoutTests.clause;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payout batches through the API: finance makes a batch of its department's payable cases, downloads it as XLSX, fills
 * in voucher numbers and dates as the treasury would (here with fastexcel), and imports it back: every case is paid,
 * once. A file with one bad row is refused as 422 naming the row and column, and nothing is written; a renamed,
 * garbage, oversized or hostile file is refused whole; another department's finance is refused.
 */
// Public notice is off here so an approved award is payable at once; PublicNoticeTests covers the notice.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mingyuan.fulfillment.notice-working-days=0")
class PayoutBatchTests {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    World world;
    List<Long> cases;
    long batch;

    @BeforeEach
    void batchOfThree() throws Exception {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 2500);
        cases = approved(
                api,
                world,
                clause(desk, live, world, "B1"),
                clause(desk, live, world, "B2"),
                clause(desk, live, world, "B3"));
        var created = api.post("/api/v1/payouts/batches", world.auth(world.finance()), "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        batch = created.json().get("id").asLong();
        List<Long> inBatch = new ArrayList<>();
        created.json().get("caseIds").forEach(c -> inBatch.add(c.asLong()));
        assertThat(inBatch).containsExactlyInAnyOrderElementsOf(cases);
    }

    /** The batch's file as downloaded: header and data rows, each cell's text. */
    List<List<String>> download() throws IOException {
        var file = api.bytes("/api/v1/payouts/batches/" + batch + ".xlsx", world.auth(world.finance()));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX_TYPE);
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * The downloaded file filled in as the treasury would: {@code fill} gives each data row's cell for a header
     * (null: leave as it is); the day-paid column is written as a date-styled number in the first row.
     */
    static byte[] filled(List<List<String>> rows, BiFunction<Integer, String, Object> fill) throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Treasury", "1.0");
        Worksheet ws = workbook.newWorksheet("拨付批次");
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 1; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                Object value = fill.apply(r, header.get(c));
                if (value == null) {
                    String kept = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    if (!kept.isEmpty()) {
                        ws.value(r, c, kept);
                    }
                } else if (value instanceof LocalDate day) {
                    ws.value(r, c, day);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else {
                    ws.value(r, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** Voucher {@code V-<batch>-<row>} and today in every row, the first as a date cell. */
    Object treasury(int row, String header, LocalDate today) {
        if (header.startsWith("凭证号")) {
            return "V-" + batch + "-" + row;
        }
        if (header.startsWith("拨付日期")) {
            return row == 1 ? today : today.toString();
        }
        return null;
    }

    ApiClient.Response upload(String user, String name, String type, byte[] content) {
        return api.multipart(
                "/api/v1/payouts/batches/" + batch + "/import",
                world.auth(user),
                Map.of(),
                "file",
                name,
                type,
                content);
    }

    long paid() {
        return jdbc.sql("select count(*) from fulfillment_case where id in (:ids) and state = 'PAID'")
                .param("ids", cases)
                .query(Long.class)
                .single();
    }

    @Test
    void exportFillAndImportPaysEveryCaseOnce() throws Exception {
        LocalDate today = RegistryTime.today();
        List<List<String>> rows = download();
        assertThat(rows).hasSize(4);
        assertThat(String.join("|", rows.get(0)))
                .contains(
                        "办件编号 (Case)",
                        "企业名称 (Enterprise)",
                        "统一社会信用代码 (Credit code)",
                        "凭证号 (Voucher no.)",
                        "拨付日期 (Date paid)");
        assertThat(rows.get(1)).contains(world.creditCode(), String.valueOf(batch));
        int amountColumn = -1;
        for (int c = 0; c < rows.get(0).size(); c++) {
            if (rows.get(0).get(c).startsWith("拨付金额")) {
                amountColumn = c;
            }
        }
        assertThat(amountColumn).isNotNegative();
        byte[] file = filled(rows, (r, h) -> r == 2 && h.startsWith("拨付金额") ? "99999.99" : treasury(r, h, today));

        var imported = upload(world.finance(), "拨付批次-" + batch + ".xlsx", XLSX_TYPE, file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("importedBy").asText()).isEqualTo(world.finance());
        assertThat(paid()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from fulfillment_payout where batch_id = ?")
                        .param(batch)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        long lower = Long.parseLong(rows.get(2).get(1));
        assertThat(jdbc.sql("select paid_amount from fulfillment_case where id = ?")
                        .param(lower)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("99999.99");

        var again = upload(world.finance(), "again.xlsx", XLSX_TYPE, file);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from fulfillment_step where case_id in (:ids) and kind = 'PAID'")
                        .param("ids", cases)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void oneBadRowRefusesTheFileNamingRowAndColumnAndWritesNothing() throws Exception {
        LocalDate today = RegistryTime.today();
        List<List<String>> rows = download();
        byte[] bad = filled(rows, (r, h) -> {
            if (r == 2 && h.startsWith("凭证号")) {
                return "";
            }
            if (r == 3 && h.startsWith("拨付日期")) {
                return today.plusDays(3).toString();
            }
            if (r == 1 && h.startsWith("拨付金额")) {
                return "150000.01";
            }
            return treasury(r, h, today);
        });
        var refused = upload(world.finance(), "filled.xlsx", XLSX_TYPE, bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("rows[2].amount", "rows[3].voucherNo", "rows[4].paidOn");
        assertThat(refused.body()).contains("第 3 行").contains("凭证号 (Voucher no.)");
        assertThat(paid()).isZero();
        assertThat(jdbc.sql("select imported_at is null from fulfillment_payout_batch where id = ?")
                        .param(batch)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        var repeated = upload(
                world.finance(),
                "filled.xlsx",
                XLSX_TYPE,
                filled(rows, (r, h) -> h.startsWith("凭证号") ? "SAME-" + batch : treasury(r, h, today)));
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(422);
        assertThat(repeated.body()).contains("rows[3].voucherNo").contains("rows[4].voucherNo");
        assertThat(paid()).isZero();

        var fixed = upload(world.finance(), "filled.xlsx", XLSX_TYPE, filled(rows, (r, h) -> treasury(r, h, today)));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(paid()).isEqualTo(3);
    }

    @Test
    void renamedGarbageOversizedAndHostileFilesAreRefusedWhole() throws Exception {
        byte[] png = org.mingyuan.platform.fulfillment.material.MaterialFiles.png();
        assertFileRefused(upload(world.finance(), "filled.xlsx", XLSX_TYPE, png), 400);
        assertFileRefused(upload(world.finance(), "filled.xlsx", XLSX_TYPE, "办件编号,凭证号\n1,2\n".getBytes()), 400);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        assertFileRefused(upload(world.finance(), "filled.xlsx", XLSX_TYPE, garbage), 400);
        byte[] huge = new byte[(int) PayoutBatches.MAX_BYTES + 1];
        assertFileRefused(upload(world.finance(), "filled.xlsx", XLSX_TYPE, huge), 413);
        List<List<String>> rows = download();
        LocalDate today = RegistryTime.today();
        byte[] longCell = filled(rows, (r, h) -> h.startsWith("凭证号") ? "V".repeat(5000) : treasury(r, h, today));
        assertFileRefused(upload(world.finance(), "filled.xlsx", XLSX_TYPE, longCell), 400);
        List<List<String>> noVoucherColumn = rows.stream()
                .map(row -> row.subList(0, Math.min(row.size(), rows.get(0).size() - 2)))
                .toList();
        assertFileRefused(
                upload(world.finance(), "filled.xlsx", XLSX_TYPE, filled(noVoucherColumn, (r, h) -> null)), 400);
        assertThat(paid()).isZero();
    }

    void assertFileRefused(ApiClient.Response refused, int status) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.json().at("/errors/0/field").asText())
                .as(refused.body())
                .isEqualTo("file");
    }

    @Test
    void anotherDepartmentsFinanceCannotSeeOrImportTheBatch() throws Exception {
        String stranger = FulfillmentFixtures.account(
                api, "fin-b-" + FulfillmentFixtures.suffix().toLowerCase(java.util.Locale.ROOT), Role.FINANCE);
        FulfillmentFixtures.departments(api, stranger, "别的财政局-" + FulfillmentFixtures.suffix());
        assertThat(api.bytes("/api/v1/payouts/batches/" + batch + ".xlsx", world.auth(stranger))
                        .statusCode())
                .isEqualTo(403);
        byte[] file = filled(download(), (r, h) -> treasury(r, h, RegistryTime.today()));
        assertThat(upload(stranger, "filled.xlsx", XLSX_TYPE, file).status()).isEqualTo(403);
        assertThat(upload(world.enterprise(), "filled.xlsx", XLSX_TYPE, file).status())
                .isEqualTo(403);
        var otherDepartment = api.post(
                "/api/v1/payouts/batches", world.auth(stranger), "{\"department\":\"" + world.department() + "\"}");
        assertThat(otherDepartment.status()).isEqualTo(403);
        var notPayable = api.post(
                "/api/v1/payouts/batches", world.auth(world.finance()), "{\"cases\":[" + cases.get(0) + ", -1]}");
        assertThat(notPayable.status()).as(notPayable.body()).isEqualTo(400);
        assertThat(notPayable.json().at("/errors/0/field").asText()).isEqualTo("cases[1]");
        assertThat(paid()).isZero();
    }
}
