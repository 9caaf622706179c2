package org.mingyuan.platform.scenarios.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.scenarios.PanelScoring;
import org.mingyuan.platform.scenarios.ScenarioAccess;
import org.mingyuan.platform.scenarios.ScenarioBoard;
import org.mingyuan.platform.scenarios.ScenarioDesk;
import org.mingyuan.platform.scenarios.ScenarioState;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Component;

/**
 * The scenarios' to-dos: for an expert, the scenarios on whose panel it sits that are being scored; for the officers
 * who run scenarios, the open calls past their deadline that wait to be closed.
 */
@Component
class ScenarioTasks implements WorkbenchTasks {

    private final PanelScoring scoring;
    private final ScenarioBoard board;
    private final ScenarioDesk desk;

    ScenarioTasks(PanelScoring scoring, ScenarioBoard board, ScenarioDesk desk) {
        this.scoring = scoring;
        this.board = board;
        this.desk = desk;
    }

    @Override
    public List<Task> of(Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.has(Role.EXPERT)) {
            long scoringNow = scoring.assignments(caller).stream()
                    .filter(s -> s.state() == ScenarioState.SCORING)
                    .count();
            tasks.add(new Task("scenario.task.scoring", (int) Math.min(MOST, scoringNow), "/scenario-panel"));
        }
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            LocalDate today = desk.today();
            long due = board.all().stream()
                    .filter(s -> s.pastDeadline(today) && ScenarioAccess.runs(caller, s))
                    .count();
            tasks.add(new Task("scenario.task.close", (int) Math.min(MOST, due), "/scenario-desk"));
        }
        return tasks;
    }
}
