package org.mingyuan.platform.scenarios.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.mingyuan.platform.policy.matching.StandaloneConditions;
import org.mingyuan.platform.policy.push.Notice;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.scenarios.Scenario;
import org.mingyuan.platform.scenarios.ScenarioEvents.ScenarioPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pushes a published scenario to every enterprise that meets its eligibility (精准推送), as a newly published clause is
 * pushed: one inbox notice each (key {@code scenario:<id>}, linked to the scenario's page), told once however often the
 * event is handled.
 */
@Component
class ScenarioPush {

    private static final Logger log = LoggerFactory.getLogger(ScenarioPush.class);

    private final Scenarios scenarios;
    private final StandaloneConditions conditions;
    private final Notifications notifications;

    ScenarioPush(Scenarios scenarios, StandaloneConditions conditions, Notifications notifications) {
        this.scenarios = scenarios;
        this.conditions = conditions;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ScenarioPublished published) {
        Scenario scenario = scenarios.byId(published.scenario()).orElseThrow();
        String budget =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(scenario.budget());
        String zh = scenario.department() + "发布应用场景，需求方：" + scenario.needOwner() + "；预算 " + budget + " 元；"
                + scenario.deadline() + " 前揭榜。";
        String en = scenario.department() + " opened an application scenario for " + scenario.needOwner()
                + "; budget CNY " + budget + "; proposals until " + scenario.deadline() + ".";
        int told = 0;
        for (StandaloneConditions.Member member : conditions.members(scenario.eligibility())) {
            if (notifications.tell(new Notice(
                    member.id(),
                    member.creditCode(),
                    "scenario:" + scenario.id().value(),
                    scenario.titleZh(),
                    scenario.titleEn(),
                    zh,
                    en,
                    "/scenarios/" + scenario.id().value()))) {
                told++;
            }
        }
        log.info("Scenario {} pushed to {} eligible enterprises", scenario.id().value(), told);
    }
}
