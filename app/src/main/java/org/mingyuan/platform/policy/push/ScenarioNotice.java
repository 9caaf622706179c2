package org.mingyuan.platform.policy.push;

import org.mingyuan.platform.registry.EnterpriseId;

/**
 * A message to an enterprise that an application scenario (场景开放) it is eligible for was published, pushed like a
 * clause it newly qualifies for; it links to the scenario's page. Inbox only: no e-mail is queued for it.
 *
 * @param scenarioId the scenario; an enterprise is told once per scenario
 * @param detailZh what is asked and until when, in Simplified Chinese
 * @param detailEn the same in English
 */
public record ScenarioNotice(
        EnterpriseId enterprise,
        String creditCode,
        long scenarioId,
        String titleZh,
        String titleEn,
        String detailZh,
        String detailEn) {

    /** The prefix of the clause id a scenario's message is stored under, followed by the scenario's id. */
    public static final String PREFIX = "scenario-";
}
