package org.mingyuan.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation pages in Chinese: the systems and a system's tree with its platform-written rubric marked, the
 * creation form, an evaluation with its AHP tables, an expert's scoring sheet saved through its form, and the ranking
 * with its stability figures once computed; a refused form comes back naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorSystems systems;

    @Autowired
    EvaluationDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesShowSystemsEvaluationsScoringAndRanking() throws Exception {
        SystemVersion cric = systems.published().stream()
                .filter(v -> v.code().equals("CRIC_MODEL_PARK"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/evaluation/systems").with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("克而瑞产城")));
        mvc.perform(get("/evaluation/systems/" + cric.id()).with(user("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("平台拟定")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"copy\""))));
        mvc.perform(get("/evaluation/new").with(user("officer"))).andExpect(status().isOk());
        mvc.perform(get("/workbench").with(user("expert1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"shortcut-scoring\"")));
        mvc.perform(get("/workbench").with(user("supervisor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"shortcut-evaluation\"")));
        mvc.perform(get("/workbench").with(user("enterprise")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("href=\"/evaluation\""))));
        mvc.perform(get("/evaluation/new").with(user("expert1"))).andExpect(status().isForbidden());

        SystemVersion system = EvaluationFixtures.system(systems);
        List<ParkId> parks = List.of(EvaluationFixtures.park(jdbc, "P"), EvaluationFixtures.park(jdbc, "Q"));
        Evaluation evaluation = desk.create(
                EvaluationFixtures.OFFICER,
                new EvaluationOrder(
                        "页面评价", system.id(), parks.stream().map(ParkId::value).toList(), List.of("expert1"), null));
        long id = evaluation.id().value();
        mvc.perform(get("/evaluation/" + id).with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"save-setup\"")));
        mvc.perform(get("/evaluation/" + id + "/scoring").with(user("expert1"))).andExpect(status().isOk());
        mvc.perform(post("/evaluation/" + id + "/scoring")
                        .with(user("expert1"))
                        .with(csrf())
                        .param("s." + parks.get(0).value() + ".Q", "4")
                        .param("s." + parks.get(1).value() + ".Q", "9"))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/evaluation/" + id + "/scoring")
                        .with(user("expert1"))
                        .with(csrf())
                        .param("s." + parks.get(0).value() + ".Q", "4")
                        .param("s." + parks.get(1).value() + ".Q", "1"))
                .andExpect(flash().attribute("notice", "eval.notice.scored"));
        mvc.perform(post("/evaluation/" + id + "/setup")
                        .with(user("officer"))
                        .with(csrf())
                        .param("weighting", "DIRECT")
                        .param("ranking", "TOPSIS")
                        .param("spread", "0.1")
                        .param("draws", "200")
                        .param("topK", "1")
                        .param("seed", "7"))
                .andExpect(flash().attribute("notice", "eval.notice.saved"));
        jdbc.sql("insert into eval_imported_value (evaluation_id, park_id, indicator_code, value, imported_by,"
                        + " imported_at) values (?, ?, 'COST', 10, 'officer', current_timestamp), (?, ?, 'COST', 20,"
                        + " 'officer', current_timestamp)")
                .params(id, parks.get(0).value(), id, parks.get(1).value())
                .update();
        mvc.perform(post("/evaluation/" + id + "/close").with(user("officer")).with(csrf()))
                .andExpect(flash().attribute("notice", "eval.notice.close"));
        mvc.perform(post("/evaluation/" + id + "/compute").with(user("officer")).with(csrf()))
                .andExpect(flash().attribute("notice", "eval.notice.compute"));
        mvc.perform(get("/evaluation/" + id).with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"ranking-table\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("名次区间")));
        mvc.perform(get("/evaluation").with(user("expert1")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面评价")));
        mvc.perform(get("/evaluation/" + id).with(user("expert2"))).andExpect(status().isNotFound());
    }

    @Test
    void demoDataDrivenEvaluationIsPublishedAndItsPageNamesWhatWasLeftOut() throws Exception {
        long id = jdbc.sql("select e.id from eval_evaluation e join eval_system_version v on v.id = e.version_id"
                        + " join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and e.illustrative")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select state from eval_evaluation where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        mvc.perform(get("/evaluation/" + id).with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"left-out\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("平台暂无以下园区的数据")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"ranking-table\"")));
    }
}
