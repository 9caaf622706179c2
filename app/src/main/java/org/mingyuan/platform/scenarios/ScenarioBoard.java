package org.mingyuan.platform.scenarios;

import java.util.List;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.scenarios.internal.Deliveries;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public scenario board (场景发布栏): every published scenario with its terms, winner, milestones and a sandbox
 * pilot's monitoring, readable without signing in; the panel only for the department and the panel itself.
 */
@Service
public class ScenarioBoard {

    private final Scenarios scenarios;
    private final Deliveries deliveries;

    ScenarioBoard(Scenarios scenarios, Deliveries deliveries) {
        this.scenarios = scenarios;
        this.deliveries = deliveries;
    }

    /** Every published scenario, the newest first. */
    @Transactional(readOnly = true)
    public List<Scenario> all() {
        return scenarios.all();
    }

    /** The scenario; not found when there is none. */
    @Transactional(readOnly = true)
    public Scenario get(ScenarioId id) {
        return scenarios.byId(id).orElseThrow(() -> new NotFound("scenario", id.value()));
    }

    /** The scenario's delivery milestones, by due date. */
    @Transactional(readOnly = true)
    public List<Milestone> milestones(ScenarioId id) {
        get(id);
        return deliveries.milestones(id);
    }

    /** A sandbox pilot's monitoring reports, in the order reported. */
    @Transactional(readOnly = true)
    public List<MonitoringReport> reports(ScenarioId id) {
        get(id);
        return deliveries.reports(id);
    }

    /** The review panel, for the department and the panel's members. */
    @Transactional(readOnly = true)
    public List<Panelist> panel(Caller caller, ScenarioId id) {
        Scenario scenario = get(id);
        List<Panelist> panel = scenarios.panel(id);
        if (!ScenarioAccess.runs(caller, scenario) && !ScenarioAccess.onPanel(caller, panel)) {
            throw new AccessDeniedException("only the department and the panel see the panel");
        }
        return panel;
    }

    /** True when the caller is on the scenario's panel. */
    @Transactional(readOnly = true)
    public boolean onPanel(Caller caller, ScenarioId id) {
        return ScenarioAccess.onPanel(caller, scenarios.panel(id));
    }
}
