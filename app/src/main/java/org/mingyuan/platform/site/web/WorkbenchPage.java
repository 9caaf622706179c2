package org.mingyuan.platform.site.web;

import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every signed-in user's workbench (工作台), where a login lands: its to-do list (待办), gathered from every module's
 * {@link WorkbenchTasks}, and its shortcuts.
 */
@Controller
class WorkbenchPage {

    private final Callers callers;
    private final List<WorkbenchTasks> sources;

    WorkbenchPage(Callers callers, List<WorkbenchTasks> sources) {
        this.callers = callers;
        this.sources = sources;
    }

    @GetMapping("/workbench")
    String workbench(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("workbench", Workbench.of(caller));
        model.addAttribute(
                "tasks",
                sources.stream()
                        .flatMap(source -> source.of(caller).stream())
                        .filter(task -> task.count() > 0)
                        .toList());
        return "workbench";
    }
}
