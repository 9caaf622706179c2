package org.mingyuan.platform.fulfillment.web;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.fulfillment.CaseDesk;
import org.mingyuan.platform.fulfillment.GrantDesk;
import org.mingyuan.platform.fulfillment.GrantState;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Component;

/**
 * Fulfilment's to-dos: the cases waiting on the caller's review, department or finance stages; for an enterprise, the
 * awards granted without application (免申即享) it has not confirmed yet.
 */
@Component
class FulfillmentTasks implements WorkbenchTasks {

    private final CaseDesk cases;
    private final GrantDesk grants;

    FulfillmentTasks(CaseDesk cases, GrantDesk grants) {
        this.cases = cases;
        this.grants = grants;
    }

    @Override
    public List<Task> of(Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.has(Role.PARK_OPERATOR) || caller.has(Role.REVIEWER) || caller.has(Role.FINANCE)) {
            tasks.add(new Task(
                    "fulfillment.task.review", cases.queue(caller, 0, MOST).size(), "/review"));
        }
        if (caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null) {
            long unconfirmed = grants.list(caller, null, GrantState.PUSHED, 0, MOST).stream()
                    .filter(grant -> grant.enterpriseConfirmedAt() == null)
                    .count();
            tasks.add(new Task("fulfillment.task.grants", (int) unconfirmed, "/grants"));
        }
        return tasks;
    }
}
