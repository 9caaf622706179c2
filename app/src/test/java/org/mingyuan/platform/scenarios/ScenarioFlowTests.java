package org.mingyuan.platform.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scenario through the API from publication to acceptance with its refusals: who is pushed it, who may propose and
 * until when, the panel's scoring with its ranges, repeats and conflicts of interest, the winner with its reason, the
 * milestones to acceptance, the ledger entries, the park's figures, and a sandbox pilot's monitoring and exit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk policies;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Callers callers;

    @Autowired
    List<WorkbenchTasks> workbench;

    @Autowired
    ParkFigures figures;

    ApiClient api;
    ScenarioFixtures w;

    @BeforeEach
    void world() throws InterruptedException {
        api = new ApiClient(port);
        w = ScenarioFixtures.world(api, policies, live);
    }

    @Test
    void aScenarioGoesFromPublicationToAcceptanceAndCountsForTheParks() throws Exception {
        double openedBefore = figure(w.parkId(), LiveIndicator.SCENARIOS_OPENED);
        double wonBefore = figure(w.parkId(), LiveIndicator.SCENARIOS_WON);
        long id = w.publish(api, "电子证照共享 " + w.tag());
        assertThat(figure(w.parkId(), LiveIndicator.SCENARIOS_OPENED)).isEqualTo(openedBefore + 1);

        FulfillmentFixtures.await(() -> inbox(w.codeA(), id) == 1 && inbox(w.codeB(), id) == 1);
        assertThat(inbox(w.lowCode(), id)).isZero();
        assertThat(api.get("/api/v1/scenarios/" + id, null).json().get("state").asText())
                .isEqualTo("OPEN");

        long a = propose(id, w.firmA(), w.codeA(), "900000");
        long b = propose(id, w.firmB(), w.codeB(), "800000");
        expect(api.post("/api/v1/scenarios/" + id + "/close", w.auth(w.officer()), ""), 200);

        score(id, a, w.expert1(), "[90, 45]");
        score(id, a, w.expert2(), "[80, 40]");
        score(id, a, w.expert3(), "[70, 35]");
        score(id, b, w.expert1(), "[60, 30]");
        score(id, b, w.expert2(), "[70, 35]");
        var standings = api.get("/api/v1/scenarios/" + id + "/standings", w.auth(w.officer()))
                .json();
        // a: (60 × 80/100 + 40 × 40/50) = 48 + 32 = 80.00; b: (60 × 65/100 + 40 × 32.5/50) = 39 + 26 = 65.00
        assertThat(standings.get(0).get("proposal").get("id").asLong()).isEqualTo(a);
        assertThat(standings.get(0).get("total").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(standings.get(1).get("total").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(standings.get(1).get("complete").asBoolean())
                .as("expert 3 recuses from B")
                .isTrue();

        var noReason =
                api.post("/api/v1/scenarios/" + id + "/winner", w.auth(w.officer()), "{\"proposalId\":" + b + "}");
        expectField(noReason, 400, "reason");
        expect(
                api.post(
                        "/api/v1/scenarios/" + id + "/winner",
                        w.auth(w.officer()),
                        "{\"proposalId\":" + b + ",\"reason\":\"报价更低且本地化服务更强\"}"),
                200);

        var early = api.post("/api/v1/scenarios/" + id + "/acceptance", w.auth(w.officer()), "{\"note\":\"通过\"}");
        expectField(early, 409, "milestones");
        var past = api.post(
                "/api/v1/scenarios/" + id + "/milestones",
                w.auth(w.officer()),
                "{\"name\":\"上线\",\"dueOn\":\"" + RegistryTime.today().minusDays(1) + "\"}");
        expectField(past, 400, "dueOn");
        long m = api.post(
                        "/api/v1/scenarios/" + id + "/milestones",
                        w.auth(w.officer()),
                        "{\"name\":\"试运行上线\",\"dueOn\":\""
                                + RegistryTime.today().plusDays(60) + "\"}")
                .json()
                .get("id")
                .asLong();
        String delivery = "/api/v1/scenarios/" + id + "/milestones/" + m + "/delivery";
        expect(api.post(delivery, w.auth(w.firmA()), "{\"note\":\"不是我们中标\"}"), 404);
        expect(api.post(delivery, w.auth(w.firmB()), "{\"note\":\"已上线试运行\"}"), 200);
        String decision = "/api/v1/scenarios/" + id + "/milestones/" + m + "/decision";
        expectField(api.post(decision, w.auth(w.officer()), "{\"accept\":false}"), 400, "note");
        expect(api.post(decision, w.auth(w.officer()), "{\"accept\":false,\"note\":\"缺少压测报告\"}"), 200);
        expect(api.post(delivery, w.auth(w.firmB()), "{\"note\":\"补交压测报告\"}"), 200);
        expect(api.post(decision, w.auth(w.officer()), "{\"accept\":true}"), 200);
        var accepted = api.post("/api/v1/scenarios/" + id + "/acceptance", w.auth(w.officer()), "{\"note\":\"验收通过\"}");
        expect(accepted, 200);
        assertThat(accepted.json().get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("winner").asText()).contains("揭榜测试乙");

        assertThat(figure(w.parkId(), LiveIndicator.SCENARIOS_WON)).isEqualTo(wonBefore + 1);
        FulfillmentFixtures.await(() -> ledger("scenario-published:" + id)
                && ledger("scenario-winner:" + id)
                && ledger("scenario-accepted:" + id));
    }

    @Test
    void publicationIsRefusedNamingEachWrongField() {
        var wrong = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario("坏条件", "0", RegistryTime.today().minusDays(1), "revenue >= ", false));
        expectField(wrong, 400, "budget", "deadline", "eligibility");
        assertThat(wrong.body()).contains("第 1 行");

        var tooMuch = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario("太贵", "10000000000.01", RegistryTime.today().plusDays(731), "revenue > 1.0", false));
        expectField(tooMuch, 400, "budget", "deadline");
        var fen = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario("厘", "100.001", RegistryTime.today(), "revenue > 1.0", false));
        expectField(fen, 400, "budget");
        var edges = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario("边界 " + w.tag(), "10000000000", RegistryTime.today().plusDays(730), "false", false));
        expect(edges, 201);
        var invisible = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario("标题\u202e反转", "100", RegistryTime.today(), "false", false));
        expectField(invisible, 400, "titleZh");

        String otherDepartment = w.scenario("别的部门", "100", RegistryTime.today(), "false", false)
                .replace(w.department(), "别的局-" + w.tag());
        expectField(api.post("/api/v1/scenarios", w.auth(w.officer()), otherDepartment), 400, "department");
        String notExpert =
                w.scenario("非专家", "100", RegistryTime.today(), "false", false).replace(w.expert1(), w.firmA());
        expectField(api.post("/api/v1/scenarios", w.auth(w.officer()), notExpert), 400, "panel[0].username");
        String notSandbox = w.scenario("非沙盒", "100", RegistryTime.today(), "false", true)
                .replace("\"sandbox\":true", "\"sandbox\":false");
        expectField(api.post("/api/v1/scenarios", w.auth(w.officer()), notSandbox), 400, "exemptions");
        expect(api.post("/api/v1/scenarios", w.auth(w.firmA()), w.scenario("企业发榜")), 403);
        expect(api.post("/api/v1/scenarios", null, w.scenario("匿名发榜")), 401);
        assertThat(jdbc.sql("select count(*) from scenario where department = ? and title_zh not like '边界%'")
                        .param(w.department())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void proposalsAreRefusedFromTheIneligibleAfterTheDeadlineTwiceAndForOthers() {
        long id = w.publish(api, "供应链金融 " + w.tag());
        var low = api.post(
                "/api/v1/scenarios/" + id + "/proposals",
                w.auth(w.lowFirm()),
                ScenarioFixtures.proposal(w.lowCode(), "100"));
        expectField(low, 400, "eligibility");
        assertThat(low.body()).contains("100000");
        var forOther = api.post(
                "/api/v1/scenarios/" + id + "/proposals",
                w.auth(w.firmA()),
                ScenarioFixtures.proposal(w.codeB(), "100"));
        assertThat(forOther.status()).isIn(403, 404);
        var overBudget = api.post(
                "/api/v1/scenarios/" + id + "/proposals",
                w.auth(w.firmA()),
                ScenarioFixtures.proposal(w.codeA(), "1000000.01"));
        expectField(overBudget, 400, "quote");
        var wrongType = api.post(
                "/api/v1/scenarios/" + id + "/proposals",
                w.auth(w.firmA()),
                ScenarioFixtures.proposal(w.codeA(), "\"很多\""));
        assertThat(wrongType.status()).isEqualTo(400);
        var foreignMaterial = api.post(
                "/api/v1/scenarios/" + id + "/proposals",
                w.auth(w.firmA()),
                "{\"creditCode\":\"" + w.codeA() + "\",\"summary\":\"方案\",\"quote\":100,\"materials\":[999999999]}");
        expectField(foreignMaterial, 400, "materials[0]");

        long a = propose(id, w.firmA(), w.codeA(), "500000");
        expectField(
                api.post(
                        "/api/v1/scenarios/" + id + "/proposals",
                        w.auth(w.firmA()),
                        ScenarioFixtures.proposal(w.codeA(), "400000")),
                409,
                "scenario");
        expect(api.get("/api/v1/scenario-proposals/" + a, w.auth(w.firmB())), 404);
        expect(api.get("/api/v1/scenario-proposals/" + a, w.auth(w.firmA())), 200);
        expect(api.get("/api/v1/scenarios/" + id + "/proposals", w.auth(w.firmA())), 403);

        jdbc.sql("update scenario set deadline = ? where id = ?")
                .params(RegistryTime.today().minusDays(1), id)
                .update();
        expectField(
                api.post(
                        "/api/v1/scenarios/" + id + "/proposals",
                        w.auth(w.firmB()),
                        ScenarioFixtures.proposal(w.codeB(), "300000")),
                409,
                "deadline");
        assertThat(api.get("/scenarios/" + id, null).body())
                .as("an open call past its deadline says so until the department closes it")
                .contains("已截止，待评审")
                .doesNotContain(">征集中<");
        assertThat(api.get("/scenarios", null).body()).contains("已截止，待评审");
        assertThat(tasks(w.officer()))
                .as("the department's officer is asked to close the call")
                .contains("scenario.task.close");
    }

    @Test
    void thePanelScoresOnceWithinRangeAndNeverATiedFirm() {
        long id = w.publish(api, "政务数据共享 " + w.tag());
        long a = propose(id, w.firmA(), w.codeA(), "500000");
        long b = propose(id, w.firmB(), w.codeB(), "600000");
        String scores = "/api/v1/scenarios/" + id + "/proposals/" + a + "/scores";
        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[90,40]}"), 409, "state");
        assertThat(tasks(w.expert1())).doesNotContain("scenario.task.scoring");
        expect(api.post("/api/v1/scenarios/" + id + "/close", w.auth(w.officer()), ""), 200);
        assertThat(tasks(w.expert1())).contains("scenario.task.scoring");

        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[101,40]}"), 400, "scores[0]");
        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[90,-1]}"), 400, "scores[1]");
        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[90]}"), 400, "scores");
        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[90,40.001]}"), 400, "scores[1]");
        expect(api.post(scores, w.auth(w.expert1()), "{\"scores\":[\"九十\",40]}"), 400);
        expect(api.post(scores, w.auth(w.expert1()), "{\"scores\":[100,50]}"), 204);
        expectField(api.post(scores, w.auth(w.expert1()), "{\"scores\":[10,5]}"), 409, "proposalId");
        var tied = api.post(
                "/api/v1/scenarios/" + id + "/proposals/" + b + "/scores", w.auth(w.expert3()), "{\"scores\":[10,5]}");
        expectField(tied, 409, "proposalId");
        assertThat(tied.body()).contains("揭榜测试乙");
        expect(api.post(scores, w.auth(w.firmA()), "{\"scores\":[100,50]}"), 403);
        expect(api.post(scores, ApiClient.basic("expert1", "demo"), "{\"scores\":[100,50]}"), 403);
        expect(
                api.post(
                        "/api/v1/scenarios/" + id + "/proposals/999999999/scores",
                        w.auth(w.expert2()),
                        "{\"scores\":[1,1]}"),
                404);

        var incomplete =
                api.post("/api/v1/scenarios/" + id + "/winner", w.auth(w.officer()), "{\"proposalId\":" + a + "}");
        expectField(incomplete, 409, "proposalId");
        assertThat(jdbc.sql("select count(*) from scenario_score s join scenario_proposal p on p.id = s.proposal_id"
                                + " where p.scenario_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aSandboxPilotReportsBreachesAndExits() throws Exception {
        var published = api.post(
                "/api/v1/scenarios",
                w.auth(w.officer()),
                w.scenario(
                        "数据沙盒 " + w.tag(),
                        "500000",
                        RegistryTime.today().plusDays(10),
                        ScenarioFixtures.ELIGIBILITY,
                        true));
        expect(published, 201);
        long id = published.json().get("id").get("value").asLong();
        String reports = "/api/v1/scenarios/" + id + "/reports";
        expectField(
                api.post(reports, w.auth(w.officer()), "{\"period\":\"2026-Q1\",\"values\":[0,99.9]}"), 409, "state");
        long a = propose(id, w.firmA(), w.codeA(), "400000");
        expect(api.post("/api/v1/scenarios/" + id + "/close", w.auth(w.officer()), ""), 200);
        score(id, a, w.expert1(), "[80, 40]");
        score(id, a, w.expert2(), "[80, 40]");
        score(id, a, w.expert3(), "[80, 40]");
        expect(api.post("/api/v1/scenarios/" + id + "/winner", w.auth(w.officer()), "{\"proposalId\":" + a + "}"), 200);

        var ok = api.post(reports, w.auth(w.firmA()), "{\"period\":\"2026-Q1\",\"values\":[0,99.9]}");
        expect(ok, 201);
        assertThat(ok.json().get("readings").get(0).get("breached").asBoolean()).isFalse();
        var breach = api.post(reports, w.auth(w.officer()), "{\"period\":\"2026-Q2\",\"values\":[1,99.0]}");
        expect(breach, 201);
        assertThat(breach.json().get("readings").get(0).get("breached").asBoolean())
                .isTrue();
        assertThat(breach.json().get("readings").get(1).get("breached").asBoolean())
                .isTrue();
        expectField(
                api.post(reports, w.auth(w.firmA()), "{\"period\":\"2026-Q2\",\"values\":[0,99.9]}"), 409, "period");
        expectField(
                api.post(reports, w.auth(w.firmA()), "{\"period\":\"Q3\",\"values\":[0]}"), 400, "period", "values");
        expect(api.post(reports, w.auth(w.firmB()), "{\"period\":\"2026-Q3\",\"values\":[0,99.9]}"), 404);

        String exit = "/api/v1/scenarios/" + id + "/exit";
        expectField(api.post(exit, w.auth(w.officer()), "{\"decision\":\"EXTEND\"}"), 400, "reason");
        expect(api.post(exit, w.auth(w.firmA()), "{\"decision\":\"GRADUATE\",\"reason\":\"自己说了算\"}"), 403);
        expect(
                api.post(exit, w.auth(w.officer()), "{\"decision\":\"EXTEND\",\"reason\":\"第二季度出现可用率不达标，延期一个季度观察\"}"),
                200);
        var graduated = api.post(exit, w.auth(w.officer()), "{\"decision\":\"GRADUATE\",\"reason\":\"连续两期无风险事件\"}");
        expect(graduated, 200);
        assertThat(graduated.json().get("exitDecision").asText()).isEqualTo("GRADUATE");
        expectField(
                api.post(reports, w.auth(w.firmA()), "{\"period\":\"2026-Q4\",\"values\":[0,99.9]}"), 409, "decision");
        assertThat(api.get("/api/v1/scenarios/" + id + "/reports", null).json()).hasSize(2);

        var page = api.get("/scenarios/" + id, null);
        expect(page, 200);
        assertThat(page.body()).contains("id=\"sandbox-reports\"", "2026-Q2", "1 ⚠", "数据跨部门共享试点期间豁免事前审批");
        var sheet = api.get("/scenarios/export.xlsx", null);
        expect(sheet, 200);
        assertThat(sheet.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private long propose(long id, String firm, String code, String quote) {
        var proposed = api.post(
                "/api/v1/scenarios/" + id + "/proposals", w.auth(firm), ScenarioFixtures.proposal(code, quote));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asLong();
    }

    private void score(long id, long proposal, String expert, String scores) {
        expect(
                api.post(
                        "/api/v1/scenarios/" + id + "/proposals/" + proposal + "/scores",
                        w.auth(expert),
                        "{\"scores\":" + scores + "}"),
                204);
    }

    private long inbox(String code, long scenario) {
        return jdbc.sql("select count(*) from policy_inbox where credit_code = ? and clause_id = ? and kind = 'NOTICE'")
                .params(code, "scenario:" + scenario)
                .query(Long.class)
                .single();
    }

    private boolean ledger(String key) {
        return jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private double figure(long park, LiveIndicator indicator) {
        return figures.of(new ParkId(park)).get(indicator);
    }

    private static void expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    private static void expectField(ApiClient.Response response, int status, String... fields) {
        expect(response, status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        List<String> named = new ArrayList<>();
        if (body.has("errors")) {
            body.get("errors").forEach(error -> named.add(error.get("field").asText()));
        }
        if (body.has("field")) {
            named.add(body.get("field").asText());
        }
        assertThat(named).as(response.body()).contains(fields);
    }

    /** The labels of the workbench's to-dos with at least one item for the account. */
    private List<String> tasks(String username) {
        Caller caller = callers.byUsername(username).orElseThrow();
        return workbench.stream()
                .flatMap(source -> source.of(caller).stream())
                .filter(task -> task.count() > 0)
                .map(WorkbenchTasks.Task::label)
                .toList();
    }
}
