package org.mingyuan.platform.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.OFFICER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The recognition pages: the firm's form shows each problem beside its field and keeps what was typed; a shell firm
 * sees its failed criteria with the figures; officials see the queue, with a stage past its due date marked overdue by
 * its working days, and pass an application to the panel; an expert
 * gives an opinion once; another enterprise's page is not found; officials export the recognitions as XLSX.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RecognitionPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyDesk desk;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Autowired
    Recognitions recognitions;

    @Autowired
    RecognitionApplications applications;

    @Autowired
    RecognitionReviews reviews;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    World world;
    Map<String, Long> evidence;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 500);
        evidence = RecognitionFixtures.evidence(library, callers, world);
    }

    /** The count on the expert's workbench task for opinions, 0 when the task is not shown. */
    int opinionsAwaited(String expert) throws Exception {
        Matcher shown = Pattern.compile("id=\"task-recognition\\.task\\.opinion\">(\\d+)")
                .matcher(page("/workbench", expert, "EXPERT"));
        return shown.find() ? Integer.parseInt(shown.group(1)) : 0;
    }

    String page(String path, String username, String role) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder form(
            String ipItems, String patents, String revenue, String share, String virtualCurrency) {
        var form = post("/enterprises/" + world.creditCode() + "/recognition")
                .with(user(world.enterprise()).roles("ENTERPRISE"))
                .with(csrf())
                .param("scheme", "WUHAN-2022")
                .param("ipItems", ipItems)
                .param("grantedPatents", patents)
                .param("revenue", revenue)
                .param("blockchainShare", share)
                .param("virtualCurrency", virtualCurrency)
                .param("cacFilingNumber", RecognitionTests.CAC)
                .param("committed", "true");
        evidence.forEach((slot, id) -> form.param("evidence." + slot, String.valueOf(id)));
        return form;
    }

    @Test
    void theFirmSeesItsFormErrorsInPlaceAndAShellFirmItsFailedCriteria() throws Exception {
        mvc.perform(get("/my/recognition").with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(redirectedUrl("/enterprises/" + world.creditCode() + "/recognition"));
        String empty = page("/enterprises/" + world.creditCode() + "/recognition", world.enterprise(), "ENTERPRISE");
        assertThat(empty)
                .contains("id=\"recognition-form\"")
                .contains("id=\"not-recognised\"")
                .contains("value=\"" + evidence.get("ip") + "\"");

        var wrong = form("十二", "3", "500", "80", "false");
        var refused = post("/enterprises/" + world.creditCode() + "/recognition")
                .with(user(world.enterprise()).roles("ENTERPRISE"))
                .with(csrf())
                .param("scheme", "WUHAN-2022")
                .param("ipItems", "12")
                .param("grantedPatents", "3")
                .param("revenue", "500")
                .param("blockchainShare", "180")
                .param("virtualCurrency", "false")
                .param("cacFilingNumber", "粤网信备33010821275605010021号")
                .param("evidence.ip", String.valueOf(evidence.get("audit")))
                .param("evidence.audit", String.valueOf(evidence.get("audit")))
                .param("evidence.tax", String.valueOf(evidence.get("tax")))
                .param("evidence.commitment", String.valueOf(evidence.get("commitment")));
        String shown = mvc.perform(refused)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("id=\"recognition-errors\"")
                .contains("id=\"error-committed\"")
                .contains("id=\"error-blockchainShare\"")
                .contains("id=\"error-cacFilingNumber\"")
                .contains("id=\"error-evidence.ip\"")
                .contains("IP_CERTIFICATE")
                .contains("value=\"180\"");
        String notANumber = mvc.perform(wrong)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notANumber).contains("id=\"error-ipItems\"").contains("十二");
        assertThat(jdbc.sql("select count(*) from recognition_application where credit_code = ?")
                        .param(world.creditCode())
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(form("0", "0", "50", "0", "true"))
                .andExpect(redirectedUrl("/enterprises/" + world.creditCode() + "/recognition"));
        String after = page("/enterprises/" + world.creditCode() + "/recognition", world.enterprise(), "ENTERPRISE");
        assertThat(after)
                .contains("class=\"failed-criteria\"")
                .contains("区块链相关知识产权不少于 10 项")
                .contains("不从事虚拟货币相关业务")
                .contains("不予认定");

        World other = FulfillmentFixtures.world(api, desk, 500);
        mvc.perform(get("/enterprises/" + other.creditCode() + "/recognition")
                        .with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isNotFound());
    }

    @Test
    void officialsPassAnApplicationToThePanelAndAnExpertGivesAnOpinionOnce() throws Exception {
        FulfillmentFixtures.state(api, world.creditCode(), "INDEPENDENT_LEGAL_PERSON", "true");
        FulfillmentFixtures.state(api, world.creditCode(), "TAX_IN_DISTRICT", "true");
        mvc.perform(form("12", "3", "500", "80", "false"))
                .andExpect(redirectedUrl("/enterprises/" + world.creditCode() + "/recognition"));
        long id = jdbc.sql("select id from recognition_application where credit_code = ?")
                .param(world.creditCode())
                .query(Long.class)
                .single();

        assertThat(page("/recognition?state=DISTRICT_REVIEW", "officer", "POLICY_OFFICER"))
                .contains("id=\"application-" + id + "\"")
                .doesNotContain("id=\"overdue-" + id + "\"");
        LocalDate today = RegistryTime.today();
        LocalDate due = today.minusDays(30);
        jdbc.sql("update recognition_application set stage_due = ? where id = ?")
                .params(Date.valueOf(due), id)
                .update();
        String late = "逾期 " + calendar.workingDaysBetween(due, today) + " 个工作日";
        assertThat(page("/recognition?state=DISTRICT_REVIEW", "officer", "POLICY_OFFICER"))
                .contains("id=\"overdue-" + id + "\"")
                .contains(late)
                .contains("id=\"overdue-count\"");
        assertThat(page("/recognition/" + id, "officer", "POLICY_OFFICER")).contains("id=\"overdue\"", late);
        assertThat(page("/workbench", "officer", "POLICY_OFFICER"))
                .as("the officer's to-do list links the district's review")
                .contains("id=\"task-recognition.task.district\"", "件认定申请等待区县审核");
        mvc.perform(get("/recognition/" + id).with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isOk());
        World other = FulfillmentFixtures.world(api, desk, 500);
        mvc.perform(get("/recognition/" + id).with(user(other.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isNotFound());
        assertThat(page("/recognition/" + id, "officer", "POLICY_OFFICER")).contains("id=\"district-form\"");

        mvc.perform(post("/recognition/" + id + "/district-review")
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf())
                        .param("outcome", "refuse"))
                .andExpect(redirectedUrl("/recognition/" + id))
                .andExpect(result -> assertThat(result.getFlashMap().get("errors"))
                        .asString()
                        .contains("note"));
        mvc.perform(post("/recognition/" + id + "/district-review")
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf())
                        .param("outcome", "pass")
                        .param("note", "材料齐全"))
                .andExpect(redirectedUrl("/recognition/" + id));
        assertThat(recognitions.get(officer(), id).state()).isEqualTo(RecognitionState.PANEL_REVIEW);

        String expert = FulfillmentFixtures.account(
                api, "pexp-" + FulfillmentFixtures.suffix().toLowerCase(Locale.ROOT), Role.EXPERT);
        assertThat(page("/recognition", expert, "EXPERT")).contains("id=\"application-" + id + "\"");
        int awaited = opinionsAwaited(expert);
        assertThat(awaited)
                .as("the expert's to-do list counts this application")
                .isPositive();
        assertThat(page("/recognition/" + id, expert, "EXPERT"))
                .contains("id=\"opinion-form\"")
                .doesNotContain("id=\"decision-form\"");
        mvc.perform(post("/recognition/" + id + "/opinions")
                        .with(user(expert).roles("EXPERT"))
                        .with(csrf())
                        .param("agrees", "true")
                        .param("reason", "知识产权扎实"))
                .andExpect(redirectedUrl("/recognition/" + id));
        assertThat(page("/recognition/" + id, expert, "EXPERT")).doesNotContain("id=\"opinion-form\"");
        assertThat(page("/recognition", expert, "EXPERT")).doesNotContain("id=\"application-" + id + "\"");
        assertThat(opinionsAwaited(expert))
                .as("other tests' applications may still await the expert; this one no longer does")
                .isEqualTo(awaited - 1);
        mvc.perform(post("/recognition/" + id + "/opinions")
                        .with(user(expert).roles("EXPERT"))
                        .with(csrf())
                        .param("agrees", "false")
                        .param("reason", "再次"))
                .andExpect(result -> assertThat(result.getFlashMap().get("errors"))
                        .asString()
                        .contains("expert"));
        assertThat(recognitions.get(officer(), id).opinions()).hasSize(1);
        mvc.perform(get("/recognition").with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
    }

    @Test
    void officialsExportTheRecognitionsAsXlsx() throws Exception {
        Recognition granted = RecognitionFixtures.recognised(api, applications, reviews, callers, world, evidence);

        var forbidden = api.bytes("/api/v1/recognitions.xlsx", world.auth(world.enterprise()));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        var sheet = api.bytes("/api/v1/recognitions.xlsx", OFFICER);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(".xlsx");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(sheet.body()))) {
            List<Row> rows;
            try (Stream<Row> read = book.getFirstSheet().openStream()) {
                rows = read.toList();
            }
            assertThat(rows.get(0).getCellText(1)).isEqualTo("统一社会信用代码 (Credit code)");
            Row row = rows.stream()
                    .filter(r -> world.creditCode().equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCellText(2)).isEqualTo("WUHAN-2022");
            assertThat(row.getCellText(3)).isEqualTo("RECOGNISED");
            assertThat(row.getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(granted.validUntil());
        }
    }

    Caller officer() {
        return callers.byUsername("officer").orElseThrow();
    }
}
