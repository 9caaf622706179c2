package org.mingyuan.platform.site.web;

import java.security.Principal;
import org.mingyuan.platform.identity.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every signed-in user's workbench (工作台), where a login lands: its shortcuts and, later, its queues. */
@Controller
class WorkbenchPage {

    private final Callers callers;

    WorkbenchPage(Callers callers) {
        this.callers = callers;
    }

    @GetMapping("/workbench")
    String workbench(Principal principal, Model model) {
        model.addAttribute("workbench", Workbench.of(callers.of(principal)));
        return "workbench";
    }
}
