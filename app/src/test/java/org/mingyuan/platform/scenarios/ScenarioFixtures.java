package org.mingyuan.platform.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;

/**
 * The accounts and enterprises of one scenario test, made through the API as an administrator would: a department with
 * a policy officer, two eligible enterprises (revenue above a threshold no demo enterprise reaches) with their
 * accounts, one ineligible enterprise with its account, and three expert accounts.
 */
public record ScenarioFixtures(
        String tag,
        String department,
        long parkId,
        String officer,
        String firmA,
        String codeA,
        String firmB,
        String codeB,
        String lowFirm,
        String lowCode,
        String expert1,
        String expert2,
        String expert3) {

    /** The eligibility of the world's scenarios: revenue of at least 100,000 万元. */
    public static final String ELIGIBILITY = "revenue >= 100000.0";

    /** Builds a world and waits until the live matcher is ready. */
    public static ScenarioFixtures world(ApiClient api, PolicyDesk desk, LiveMatcher live) throws InterruptedException {
        FulfillmentFixtures.await(live::ready);
        var base = FulfillmentFixtures.world(api, desk, 150_000);
        String tag =
                base.department().substring(base.department().indexOf('-') + 1).toLowerCase(Locale.ROOT);
        String officer = FulfillmentFixtures.account(api, "sco-" + tag, Role.POLICY_OFFICER);
        FulfillmentFixtures.departments(api, officer, base.department());
        String codeB = FulfillmentFixtures.register(api, "揭榜测试乙 " + tag, base.parkId());
        FulfillmentFixtures.state(api, codeB, "revenue", "200000.0");
        String firmB = FulfillmentFixtures.account(api, "entb-" + tag, Role.ENTERPRISE);
        FulfillmentFixtures.link(api, "/api/v1/enterprises/" + codeB + "/accounts/" + firmB);
        String lowCode = FulfillmentFixtures.register(api, "揭榜测试丙 " + tag, base.otherParkId());
        FulfillmentFixtures.state(api, lowCode, "revenue", "50.0");
        String lowFirm = FulfillmentFixtures.account(api, "entc-" + tag, Role.ENTERPRISE);
        FulfillmentFixtures.link(api, "/api/v1/enterprises/" + lowCode + "/accounts/" + lowFirm);
        return new ScenarioFixtures(
                tag,
                base.department(),
                base.parkId(),
                officer,
                base.enterprise(),
                base.creditCode(),
                firmB,
                codeB,
                lowFirm,
                lowCode,
                FulfillmentFixtures.account(api, "ex1-" + tag, Role.EXPERT),
                FulfillmentFixtures.account(api, "ex2-" + tag, Role.EXPERT),
                FulfillmentFixtures.account(api, "ex3-" + tag, Role.EXPERT));
    }

    /** The HTTP Basic header of {@code username}. */
    public String auth(String username) {
        return ApiClient.basic(username, FulfillmentFixtures.PASSWORD);
    }

    /**
     * The JSON of a scenario for the world's department and park with a budget of 1,000,000, a deadline 30 days ahead,
     * two criteria (技术方案 weight 60 of 100, 实施能力 weight 40 of 50) and the three experts, expert 3 declaring a tie to
     * enterprise B.
     */
    public String scenario(String title) {
        return scenario(title, "1000000", RegistryTime.today().plusDays(30), ELIGIBILITY, false);
    }

    /** The JSON of a scenario with these budget, deadline, eligibility and sandbox flag. */
    public String scenario(String title, String budget, LocalDate deadline, String eligibility, boolean sandbox) {
        String pilot = sandbox ? """
                ,"sandbox":true,"exemptions":["数据跨部门共享试点期间豁免事前审批"],
                "risks":[{"name":"数据泄露事件","unit":"起","threshold":0,"direction":"MAX"},
                         {"name":"服务可用率","unit":"%","threshold":99.5,"direction":"MIN"}]""" : "";
        return """
                {"department":"%s","parkId":%d,"titleZh":"%s","titleEn":"Scenario %s","needOwner":"市政务服务中心",
                 "description":"跨部门电子证照共享","targets":"接口响应 < 200 ms","budget":%s,"deadline":"%s",
                 "eligibility":"%s",
                 "criteria":[{"name":"技术方案","weight":60,"maxScore":100},{"name":"实施能力","weight":40,"maxScore":50}],
                 "panel":[{"username":"%s"},{"username":"%s"},{"username":"%s","affiliations":["%s"]}]%s}""".formatted(
                        department,
                        parkId,
                        title,
                        tag,
                        budget,
                        deadline,
                        eligibility.replace("\"", "\\\""),
                        expert1,
                        expert2,
                        expert3,
                        codeB,
                        pilot);
    }

    /** Publishes {@link #scenario(String)} through the API; returns its id. */
    public long publish(ApiClient api, String title) {
        var published = api.post("/api/v1/scenarios", auth(officer), scenario(title));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().get("id").get("value").asLong();
    }

    /** The JSON of a proposal of {@code code} quoting {@code quote}. */
    public static String proposal(String code, String quote) {
        return """
                {"creditCode":"%s","summary":"基于联盟链的电子证照共享方案","quote":%s}""".formatted(code, quote);
    }
}
