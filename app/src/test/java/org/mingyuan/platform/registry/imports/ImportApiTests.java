package org.mingyuan.platform.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ParkFixtures;
import org.mingyuan.platform.registry.ParkFixtures.Building;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiTests {

    static final String OFFICER = basic("officer", "demo");
    static final String OPERATOR = basic("operator", "demo");
    static final String ENTERPRISE = basic("enterprise", "demo");
    static final String PARK = "shanghai-blockchain-base";
    /** Where lease tests add space: not the demo operator's park, whose figures other tests check. */
    static final String SPACE_PARK = "yunnan-blockchain-centre";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Callers callers;

    ImportClient imports;
    ApiClient api;
    ImportFiles files = new ImportFiles();
    ParkFixtures parks;

    @BeforeEach
    void clients() {
        imports = new ImportClient(port);
        api = new ApiClient(port);
        parks = new ParkFixtures(api);
    }

    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream()
                    .map(row -> StreamSupport.stream(row.spliterator(), false)
                            .map(c -> c == null ? "" : c.getText())
                            .toList())
                    .toList();
        }
    }

    List<List<String>> withHeader(ImportKind kind, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(ImportFiles.header(kind));
        all.addAll(rows);
        return all;
    }

    static Set<String> columns(JsonNode status) {
        return StreamSupport.stream(status.get("problems").spliterator(), false)
                .map(p -> p.get("column").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFilledXlsxTemplateImportsAndDerivesTheSizeClass() throws IOException {
        var template = imports.get("/api/v1/imports/templates/enterprises.xlsx", OFFICER);
        assertThat(template.status()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>(sheet(template.body()));
        assertThat(rows.get(0).get(0)).isEqualTo("统一社会信用代码 (creditCode)");
        String code = files.creditCode();
        List<String> example = new ArrayList<>(rows.get(1));
        example.set(0, code);
        rows.set(1, example);

        JsonNode status = imports.run("enterprises", "filled.xlsx", ImportFiles.xlsx(rows), OFFICER);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.at("/committed/created").asInt()).isEqualTo(1);
        assertThat(status.at("/committed/facts").asInt()).isEqualTo(9);
        JsonNode profile = api.get("/api/v1/enterprises/" + code, OFFICER).json();
        assertThat(profile.get("sizeClass").asText()).isEqualTo("SMALL");
        assertThat(profile.at("/facts/REVENUE/source").asText()).isEqualTo("IMPORTED");
        assertThat(profile.at("/facts/REVENUE/periodStart").asText()).isEqualTo("2024-01-01");
    }

    @Test
    void theCsvTemplateHasAByteOrderMarkAndImportsWhenFilled() {
        var template = imports.get("/api/v1/imports/templates/facts.csv", OFFICER);
        assertThat(template.body()).startsWith(0xEF, 0xBB, 0xBF);
        String code = files.creditCode();
        imports.run(
                "enterprises",
                "one.csv",
                ImportFiles.csv(withHeader(ImportKind.ENTERPRISES, List.of(files.enterprise(code, 1, PARK)))),
                OFFICER);
        String filled =
                template.text().replace(ImportKind.FACTS.columns().get(0).example(), code);

        JsonNode status = imports.run("facts", "facts.csv", filled.getBytes(Charset.forName("UTF-8")), OFFICER);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/enterprises/" + code + "/facts", OFFICER)
                        .json()
                        .size())
                .isEqualTo(10);
    }

    @Test
    void oneBadRowInTheMiddleWritesNothingAndIsNamed() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(files.enterprise(files.creditCode(), i, PARK));
        }
        String good = rows.get(5_000).get(0);
        List<String> bad = new ArrayList<>(rows.get(5_000));
        bad.set(0, good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
        rows.set(5_000, bad);

        JsonNode status = imports.run(
                "enterprises", "big.csv", ImportFiles.csv(withHeader(ImportKind.ENTERPRISES, rows)), OFFICER);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("REFUSED");
        assertThat(status.get("problemCount").asInt()).isEqualTo(1);
        JsonNode problem = status.at("/problems/0");
        assertThat(problem.get("row").asInt()).isEqualTo(5_002);
        assertThat(problem.get("column").asText()).isEqualTo("统一社会信用代码 (creditCode)");
        assertThat(problem.get("reason").asText()).contains("第 18 位校验码错误");
        assertThat(api.get("/api/v1/enterprises/" + rows.get(0).get(0), OFFICER).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/enterprises/" + rows.get(9_999).get(0), OFFICER)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theReportIsADownloadableSpreadsheet() throws IOException {
        List<String> row = files.enterprise("91310110MA1G8E6C4", 1, PARK);
        JsonNode status = imports.run(
                "enterprises", "short.csv", ImportFiles.csv(withHeader(ImportKind.ENTERPRISES, List.of(row))), OFFICER);

        var report = imports.get("/api/v1/imports/" + status.get("id").asText() + "/report.xlsx", OFFICER);

        assertThat(report.status()).isEqualTo(200);
        List<List<String>> lines = sheet(report.body());
        assertThat(lines.get(0)).containsExactly("行号 (Row)", "列 (Column)", "原因 (Reason)");
        assertThat(lines.get(1).get(0)).isEqualTo("2");
        assertThat(lines.get(1).get(2)).contains("18 位");
    }

    @Test
    void everyColumnsBadValueIsNamed() {
        List<String> row = List.of(
                "91310110MA1G8E6C4Z",
                "",
                "长".repeat(301),
                "31011",
                "X99",
                "2020-13-40",
                "abc",
                "nowhere",
                "no-such-segment",
                "2999-12-31",
                "1.5",
                "-1",
                "x",
                "1.234",
                "20000000000000",
                "--",
                "1,2,3",
                "2.5",
                "-3");

        JsonNode status = imports.run(
                "enterprises", "bad.xlsx", ImportFiles.xlsx(withHeader(ImportKind.ENTERPRISES, List.of(row))), OFFICER);

        Set<String> expected = ImportKind.ENTERPRISES.columns().stream()
                .map(ImportColumn::header)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(columns(status)).isEqualTo(expected);
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheRegistryAreNamed() {
        String code = files.creditCode();
        JsonNode twice = imports.run(
                "enterprises",
                "twice.csv",
                ImportFiles.csv(withHeader(
                        ImportKind.ENTERPRISES,
                        List.of(files.enterprise(code, 1, PARK), files.enterprise(code, 2, PARK)))),
                OFFICER);
        assertThat(twice.at("/problems/0/row").asInt()).isEqualTo(3);
        assertThat(twice.at("/problems/0/reason").asText()).contains("首次出现在第 2 行");

        imports.run(
                "enterprises",
                "once.csv",
                ImportFiles.csv(withHeader(ImportKind.ENTERPRISES, List.of(files.enterprise(code, 1, PARK)))),
                OFFICER);
        byte[] facts = ImportFiles.csv(
                withHeader(ImportKind.FACTS, List.of(List.of(code, "PATENTS", "7", "", "2025-06-30", "知识产权局"))));
        assertThat(imports.run("facts", "f.csv", facts, OFFICER).get("phase").asText())
                .isEqualTo("DONE");
        JsonNode again = imports.run("facts", "f.csv", facts, OFFICER);
        assertThat(again.at("/problems/0/reason").asText()).contains("重复导入");
    }

    @Test
    void anOperatorMayNotImportForAnotherPark() {
        JsonNode status = imports.run(
                "enterprises",
                "other.csv",
                ImportFiles.csv(withHeader(
                        ImportKind.ENTERPRISES,
                        List.of(files.enterprise(files.creditCode(), 1, "loudi-blockchain-park")))),
                OPERATOR);

        assertThat(status.get("phase").asText()).isEqualTo("REFUSED");
        assertThat(status.at("/problems/0/column").asText()).isEqualTo("园区代码 (parkCode)");
        assertThat(status.at("/problems/0/reason").asText()).contains("本园区");
    }

    @Test
    void anOperatorMayNotImportLeasesToEnterprisesOutsideItsPark() {
        long own = parks.parkId(SPACE_PARK);
        String operator = parks.newOperator(own);
        Building building = parks.newBuilding(own);
        parks.newUnit(building.id(), "101", "500");
        String parkless = parks.newEnterprise(null);
        String elsewhere = parks.newEnterprise(parks.parkId("loudi-blockchain-park"));

        for (String outsider : List.of(parkless, elsewhere)) {
            JsonNode status = imports.run("leases", "outsider.csv", leases(outsider, building, "10"), operator);

            assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("REFUSED");
            assertThat(columns(status)).containsExactly("统一社会信用代码 (creditCode)");
            assertThat(status.at("/problems/0/reason").asText()).contains("本园区");
        }
        assertThat(api.get("/api/v1/enterprises/" + parkless, OFFICER)
                        .json()
                        .at("/enterprise/parkId")
                        .isMissingNode())
                .isTrue();
        JsonNode byOfficer = imports.run("leases", "officer.csv", leases(parkless, building, "10"), OFFICER);
        assertThat(byOfficer.get("phase").asText()).as(byOfficer.toString()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/enterprises/" + parkless, OFFICER)
                        .json()
                        .at("/enterprise/parkId")
                        .asLong())
                .isEqualTo(own);
    }

    /** A leases file with one row: the tenant takes {@code area} m² of unit 101 of the building in 2026. */
    private byte[] leases(String tenant, Building building, String area) {
        return ImportFiles.csv(withHeader(
                ImportKind.LEASES,
                List.of(List.of(tenant, SPACE_PARK, building.name(), "101", area, "2026-01-01", "2027-01-01", ""))));
    }

    @Test
    void aLeaseImportAndAConcurrentLeaseNeverOverLetAUnit() {
        long park = parks.parkId(SPACE_PARK);
        Building contested = parks.newBuilding(park);
        long contestedUnit = parks.newUnit(contested.id(), "101", "100");
        Building spacious = parks.newBuilding(park);
        parks.newUnit(spacious.id(), "101", "1000000");
        String tenant = parks.newEnterprise(park);
        List<List<String>> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2030, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            rows.add(List.of(
                    tenant,
                    SPACE_PARK,
                    spacious.name(),
                    "101",
                    "1",
                    day.plusDays(i).toString(),
                    day.plusDays(i + 1).toString(),
                    ""));
        }
        rows.add(List.of(tenant, SPACE_PARK, contested.name(), "101", "60", "2026-01-01", "2027-01-01", ""));

        String job = imports.start("leases", "race.csv", ImportFiles.csv(withHeader(ImportKind.LEASES, rows)), OFFICER);
        JsonNode reading;
        do {
            reading = imports.get(job, OFFICER).json();
        } while (reading.get("phase").asText().equals("READING")
                && reading.get("done").asInt() == 0);
        var leased = api.post(
                "/api/v1/leases",
                OFFICER,
                "{\"creditCode\":\"%s\",\"unitId\":%d,\"areaM2\":60,\"startOn\":\"2026-01-01\",\"endOn\":\"2027-01-01\"}"
                        .formatted(tenant, contestedUnit));
        JsonNode imported = imports.await(job, OFFICER, "DONE|REFUSED|FAILED");

        assertThat(leased.status()).as(leased.body()).isIn(201, 400);
        assertThat(imported.get("phase").asText()).as(imported.toString()).isIn("DONE", "REFUSED");
        assertThat(leased.status() == 201)
                .as("exactly one of the lease (%s) and the import (%s) is written", leased.body(), imported)
                .isNotEqualTo(imported.get("phase").asText().equals("DONE"));
    }

    @Test
    void anEnterpriseUserMayNotImport() {
        var answer = imports.upload(
                "enterprises",
                "x.csv",
                ImportFiles.csv(
                        withHeader(ImportKind.ENTERPRISES, List.of(files.enterprise(files.creditCode(), 1, PARK)))),
                ENTERPRISE);
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aJobIsVisibleOnlyToItsOwner() {
        JsonNode status = imports.run(
                "enterprises",
                "x.csv",
                ImportFiles.csv(
                        withHeader(ImportKind.ENTERPRISES, List.of(files.enterprise(files.creditCode(), 1, PARK)))),
                OPERATOR);
        String job = "/api/v1/imports/" + status.get("id").asText();
        assertThat(imports.get(job, OPERATOR).status()).isEqualTo(200);
        assertThat(imports.get(job, OFFICER).status()).isEqualTo(404);
    }

    @Test
    void hostileFilesGetAClearAnswerAndNothingIsWritten() {
        assertThat(reason("x.txt", "hello".getBytes())).contains("不是 .csv 或 .xlsx");
        assertThat(reason("empty.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .contains("空的");
        assertThat(reason("header.csv", "名称,地址\r\n甲,乙\r\n".getBytes(Charset.forName("UTF-8"))))
                .contains("表头与模板不符");
        byte[] gbk = String.join(",", ImportFiles.header(ImportKind.FACTS))
                .concat("\r\n中文,1\r\n")
                .getBytes(Charset.forName("GBK"));
        assertThat(reason("gbk.csv", gbk)).contains("UTF-8");
        assertThat(reason("fake.xlsx", "not a zip".getBytes())).contains("XLSX");
    }

    @Test
    void aHugeInlineCellIsRefusedAsItStreamsAndTheServerGoesOn() {
        long chars = 600L * 1024 * 1024;
        byte[] bomb = ImportFiles.handMade(
                xml -> {
                    xml.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
                    ImportFiles.repeat(xml, 'a', chars);
                    xml.write("</t></is></c></row>");
                },
                null,
                null);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(reason("bomb.xlsx", bomb)).contains("第 1 行").contains("1,000 个字符");
        assertThat(imports.get("/api/v1/imports/templates/facts.csv", OFFICER).status())
                .isEqualTo(200);
    }

    @Test
    void aHugeSharedStringIsRefusedAsItStreams() {
        byte[] bomb = ImportFiles.handMade(
                xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                xml -> {
                    xml.write("<si><t>short</t></si><si><r><t>");
                    ImportFiles.repeat(xml, 'a', 600);
                    xml.write("</t></r><r><t>");
                    ImportFiles.repeat(xml, 'b', 100L * 1024 * 1024);
                    xml.write("</t></r></si>");
                },
                null);

        assertThat(reason("strings.xlsx", bomb)).contains("第 2 条").contains("1,000 个字符");
    }

    @Test
    void dateCellsFilledInExcelReadAsDates() {
        String code = files.creditCode();
        List<String> row = new ArrayList<>(files.enterprise(code, 1, PARK));
        row.set(5, "43952"); // 2020-05-01 under the built-in date format 14
        row.set(9, "45657.75"); // 2024-12-31 18:00 under a custom format yyyy"年"m"月"d"日"
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月"
                + "&quot;d&quot;日&quot;\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"176\" applyNumberFormat=\"1\"/></cellXfs>";
        byte[] xlsx = ImportFiles.handMade(
                xml -> {
                    ImportFiles.row(xml, 1, ImportFiles.header(ImportKind.ENTERPRISES), Map.of());
                    ImportFiles.row(xml, 2, row, Map.of(5, 1, 9, 2));
                },
                null,
                xml -> xml.write(styles));

        JsonNode status = imports.run("enterprises", "excel-dates.xlsx", xlsx, OFFICER);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("DONE");
        JsonNode profile = api.get("/api/v1/enterprises/" + code, OFFICER).json();
        assertThat(profile.at("/enterprise/foundedOn").asText()).isEqualTo("2020-05-01");
        assertThat(profile.at("/facts/REVENUE/periodEnd").asText()).isEqualTo("2024-12-31");
    }

    @Test
    void anUploadThatBreaksOffEndsItsJobAndLeavesNoFile() throws IOException {
        InputStream breaksOff = new SequenceInputStream(new ByteArrayInputStream(new byte[4096]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        Caller officer = callers.byUsername("officer").orElseThrow();

        ImportJob job = jobs.start(officer, ImportKind.FACTS, "broken.csv", breaksOff);

        assertThat(job.phase()).isEqualTo(ImportPhase.REFUSED);
        assertThat(job.outcome()).isInstanceOf(ImportOutcome.Refused.class);
        assertThat(uploadsLeft()).isEmpty();
    }

    @Test
    void aFileRefusedWhileReadingEndsItsJobAndLeavesNoFile() throws IOException {
        assertThat(reason("fake.xlsx", "PK not a zip".getBytes())).contains("XLSX");
        assertThat(uploadsLeft()).isEmpty();
    }

    private List<Path> uploadsLeft() throws IOException {
        try (Stream<Path> files = Files.list(jobs.spool())) {
            return files.toList();
        }
    }

    @Test
    void aRequestThatIsNotMultipartIsRefusedNamingTheFileField() {
        for (var body : List.of("{\"file\": \"x.csv\"}", "")) {
            var answer = imports.post("/api/v1/imports/enterprises", "application/json", body.getBytes(), OFFICER);

            assertThat(answer.status()).as(answer.text()).isEqualTo(400);
            assertThat(answer.text()).doesNotContain("org.springframework");
            JsonNode problem = answer.json();
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
            assertThat(problem.at("/errors/0/reason").asText())
                    .contains("multipart/form-data")
                    .contains("application/json");
        }
    }

    @Test
    void aBrokenMultipartBodyIsRefusedNamingTheFileField() {
        var answer = imports.post(
                "/api/v1/imports/enterprises",
                "multipart/form-data; boundary=xyz",
                "--xyz\r\ngarbage".getBytes(),
                OFFICER);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void aMultipartRequestWithoutTheFilePartIsRefusedNamingIt() {
        var answer = imports.upload("enterprises", "upload", "x.csv", "a,b\r\n".getBytes(), OFFICER);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(answer.json().at("/errors/0/reason").asText()).contains("缺少文件");
    }

    @Test
    void formulasAreTextAndNeverEvaluated() {
        List<String> row = new ArrayList<>(files.enterprise(files.creditCode(), 1, PARK));
        row.set(10, "=40+40");
        JsonNode status = imports.run(
                "enterprises",
                "formula.xlsx",
                ImportFiles.xlsx(withHeader(ImportKind.ENTERPRISES, List.of(row))),
                OFFICER);
        assertThat(status.at("/problems/0/reason").asText()).contains("“=40+40”不是数字");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        var csv = new StringBuilder(String.join(",", ImportFiles.header(ImportKind.FACTS))).append("\n");
        for (int i = 0; i <= 200_000; i++) {
            csv.append("x,STAFF,1,,2024-12-31,\n");
        }
        assertThat(reason("huge.csv", csv.toString().getBytes(Charset.forName("UTF-8"))))
                .contains("200,000");
    }

    @Test
    void theEnterpriseExportHoldsTheFilteredRowsOnly() throws IOException {
        var export = imports.get("/api/v1/enterprises/export.xlsx?segment=baas", OPERATOR);
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = sheet(export.body());
        int total = api.get("/api/v1/enterprises?segment=baas&size=1", OPERATOR)
                .json()
                .get("total")
                .asInt();

        assertThat(rows.get(0))
                .startsWith(ImportFiles.header(ImportKind.ENTERPRISES).toArray(String[]::new))
                .contains("行业名称 (industryName)", "园区名称 (parkName)");
        assertThat(rows).hasSize(total + 1);
        int segment = ImportKind.ENTERPRISES.index("chainSegment");
        int park = ImportKind.ENTERPRISES.index("parkCode");
        int parkName = rows.get(0).indexOf("园区名称 (parkName)");
        int industryName = rows.get(0).indexOf("行业名称 (industryName)");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.get(segment)).isEqualTo("baas");
            assertThat(r.get(park)).isEqualTo(rows.get(1).get(park)).isNotBlank();
            assertThat(r.get(parkName)).containsPattern("\\p{IsHan}");
            assertThat(r.get(industryName)).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void anEnterpriseExportCanBeImportedBackUnchanged() throws IOException {
        var export = imports.get("/api/v1/enterprises/export.xlsx?segment=baas", OPERATOR);
        assertThat(export.status()).isEqualTo(200);
        int rows = sheet(export.body()).size() - 1;

        JsonNode status = imports.run("enterprises", "round-trip.xlsx", export.body(), OPERATOR);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.path("problems").size()).as(status.toString()).isZero();
        assertThat(status.at("/committed/updated").asInt()).isEqualTo(rows);
        assertThat(status.at("/committed/created").asInt()).isZero();
    }

    @Test
    void aFactHistoryExportCanBeEditedAndImportedBack() throws IOException {
        String code = api.get("/api/v1/enterprises?size=1", OFFICER)
                .json()
                .at("/items/0/creditCode")
                .asText();
        var export = imports.get("/api/v1/enterprises/" + code + "/facts.xlsx", OFFICER);
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = sheet(export.body());
        assertThat(rows.get(0)).startsWith(ImportFiles.header(ImportKind.FACTS).toArray(String[]::new));

        JsonNode unchanged = imports.run("facts", "facts-unchanged.xlsx", export.body(), OFFICER);
        assertThat(unchanged.path("problemCount").asInt())
                .as("an unchanged history is all duplicates")
                .isPositive();

        int value = ImportKind.FACTS.index("value");
        List<String> edited = new ArrayList<>(rows.get(1));
        for (String day : List.of("periodStart", "periodEnd")) {
            int at = ImportKind.FACTS.index(day);
            edited.set(
                    at,
                    ExcelDates.day(new java.math.BigDecimal(edited.get(at)), false)
                            .toString());
        }
        edited.set(
                value,
                new java.math.BigDecimal(edited.get(value))
                        .add(java.math.BigDecimal.valueOf(1 + System.nanoTime() % 100_000))
                        .toPlainString());
        JsonNode status =
                imports.run("facts", "facts-edited.xlsx", ImportFiles.xlsx(List.of(rows.get(0), edited)), OFFICER);

        assertThat(status.get("phase").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.at("/committed/facts").asInt()).isEqualTo(1);
    }

    private String reason(String filename, byte[] content) {
        JsonNode status = imports.run("facts", filename, content, OFFICER);
        assertThat(status.get("phase").asText()).isEqualTo("REFUSED");
        return status.get("reason").asText();
    }
}
