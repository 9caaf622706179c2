package org.mingyuan.platform.scenarios.web;

import java.util.List;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.scenarios.PanelScoring;
import org.mingyuan.platform.scenarios.ScenarioDesk;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Component;

/**
 * The scenarios' to-dos: for an expert, the scenarios on whose panel it sits that are being scored; for the officers
 * who run scenarios, the open calls past their deadline that wait to be closed. Counted in the database.
 */
@Component
class ScenarioTasks implements WorkbenchTasks {

    private final PanelScoring scoring;
    private final ScenarioDesk desk;

    ScenarioTasks(PanelScoring scoring, ScenarioDesk desk) {
        this.scoring = scoring;
        this.desk = desk;
    }

    @Override
    public List<Task> of(Caller caller) {
        return List.of(
                new Task("scenario.task.scoring", Math.min(MOST, scoring.beingScored(caller)), "/scenario-panel"),
                new Task("scenario.task.close", Math.min(MOST, desk.awaitingClose(caller)), "/scenario-desk"));
    }
}
