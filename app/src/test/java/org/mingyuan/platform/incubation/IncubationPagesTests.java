package org.mingyuan.platform.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The incubation pages on the demo data: the 杭州 incubator meets the 2018 conditions and the 上海 one does not, each
 * condition shown with its figure and threshold, in Chinese and English; an operator sees its own park's incubator
 * only and a refused form comes back with the reason next to the field; the export holds the conditions; an enterprise
 * sees its own stay; the evaluation reads the demo incubators' figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncubationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParkFigures figures;

    long incubator(String park) {
        return jdbc.sql("select i.id from incubator i join park p on p.id = i.park_id where p.code = ?"
                        + " order by i.id fetch first 1 rows only")
                .param(park)
                .query(Long.class)
                .single();
    }

    @Test
    void demoIncubatorsShowTheirConditionsWithFiguresAndThresholds() throws Exception {
        long hangzhou = incubator("hangzhou-future-blockchain-centre");
        long shanghai = incubator("shanghai-blockchain-base");
        mvc.perform(get("/incubation").with(user("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未来区块链创新中心孵化器")))
                .andExpect(content().string(containsString("湾谷科技园C7区块链孵化基地")));
        mvc.perform(get("/incubation").with(user("operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("湾谷科技园C7区块链孵化基地")))
                .andExpect(content().string(not(containsString("未来区块链创新中心孵化器"))));
        mvc.perform(get("/incubation/" + hangzhou).with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verdict-NATIONAL_2018\" class=\"met\"")))
                .andExpect(content().string(containsString("id=\"condition-INCUBATEES-INCUBATEES\"")))
                .andExpect(content().string(containsString("≥ 50 家")))
                .andExpect(content().string(containsString("国科发区〔2018〕300号")));
        mvc.perform(get("/incubation/" + shanghai).param("lang", "en").with(user("operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verdict-NATIONAL_2018\" class=\"not-met\"")))
                .andExpect(content().string(containsString("National incubator conditions (2018)")))
                .andExpect(content().string(containsString("id=\"incubatee-form\"")));
        mvc.perform(get("/incubation/" + hangzhou).with(user("operator"))).andExpect(status().isNotFound());

        Map<LiveIndicator, Double> park =
                figures.of(new ParkId(jdbc.sql("select id from park where code = 'hangzhou-future-blockchain-centre'")
                        .query(Long.class)
                        .single()));
        assertThat(park.get(LiveIndicator.INCUBATEES)).isGreaterThanOrEqualTo(50.0);
        assertThat(park.get(LiveIndicator.GRADUATES)).isGreaterThanOrEqualTo(20.0);
        assertThat(park.get(LiveIndicator.INCUBATEES_FINANCED)).isPositive();
    }

    @Test
    void refusedFormComesBackWithTheReasonInPlace() throws Exception {
        long shanghai = incubator("shanghai-blockchain-base");
        MvcResult refused = mvc.perform(post("/incubation/" + shanghai + "/incubatees")
                        .with(user("operator"))
                        .with(csrf())
                        .param("creditCode", "91310110MA1XXXXXXX")
                        .param("enteredOn", "2026-13-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", hasKey("enteredOn")))
                .andReturn();
        mvc.perform(get("/incubation/" + shanghai).with(user("operator")).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("id=\"error-enteredOn\"")))
                .andExpect(content().string(containsString("2026-13-01 不是日期")))
                .andExpect(content().string(containsString("value=\"91310110MA1XXXXXXX\"")));
        mvc.perform(post("/incubation/" + shanghai + "/incubatees")
                        .with(user("operator"))
                        .with(csrf())
                        .param("creditCode", "91310110MA1XXXXXXX")
                        .param("enteredOn", "2020-01-01"))
                .andExpect(flash().attribute("errors", hasKey("creditCode")));
        mvc.perform(post("/incubation")
                        .with(user("operator"))
                        .with(csrf())
                        .param("parkId", "1")
                        .param("name", "孵化器")
                        .param("areaM2", "一万")
                        .param("incubateeAreaM2", "0")
                        .param("seedFund", "0"))
                .andExpect(flash().attribute("errors", hasKey("areaM2")));
    }

    @Test
    void exportHoldsEveryConditionAndEnterpriseSeesItsOwnStay() throws Exception {
        long hangzhou = incubator("hangzhou-future-blockchain-centre");
        byte[] xlsx = mvc.perform(
                        get("/incubation/" + hangzhou + "/export.xlsx").with(user("supervisor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("条件 (Condition)");
            assertThat(rows).hasSize(1 + 13);
            assertThat(rows.get(3).getCellText(1)).isEqualTo("在孵企业数量");
            assertThat(rows.get(3).getCellText(5)).isEqualTo("50");
            assertThat(workbook.getSheets().count()).isEqualTo(3);
        }
        mvc.perform(get("/incubation/" + hangzhou + "/export.xlsx").with(user("enterprise")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/incubation").with(user("enterprise")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("湾谷科技园C7区块链孵化基地")))
                .andExpect(content().string(containsString("杨浦科创天使基金")));
        mvc.perform(get("/incubation").with(user("enterprise"))).andExpect(status().isForbidden());
        mvc.perform(get("/workbench").with(user("enterprise")))
                .andExpect(content().string(containsString("id=\"shortcut-myIncubation\"")));
        mvc.perform(get("/workbench").with(user("operator")))
                .andExpect(content().string(containsString("id=\"shortcut-incubation\"")));
    }
}
