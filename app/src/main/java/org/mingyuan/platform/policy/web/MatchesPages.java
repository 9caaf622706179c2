package org.mingyuan.platform.policy.web;

import java.security.Principal;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An enterprise's matches as a section of its page and of its users' workbench (loaded by htmx): the clauses it
 * qualifies for with estimated amounts, and what it still lacks for the nearest it misses. Seen by whoever may see
 * the enterprise; anyone else is answered as if it did not exist.
 */
@Controller
class MatchesPages {

    private final LiveMatcher live;
    private final EnterpriseRegistry enterprises;
    private final Callers callers;

    MatchesPages(LiveMatcher live, EnterpriseRegistry enterprises, Callers callers) {
        this.live = live;
        this.enterprises = enterprises;
        this.callers = callers;
    }

    @GetMapping("/enterprises/{creditCode}/matches")
    String matches(Principal principal, @PathVariable String creditCode, Model model) {
        Enterprise enterprise = enterprises.find(callers.of(principal), creditCode);
        return section(enterprise, model);
    }

    @GetMapping("/my/matches")
    String mine(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (caller.enterpriseId() == null) {
            return "matching/matches :: none";
        }
        EnterpriseQuery query = new EnterpriseQuery(null, null, null, null, null, caller.enterpriseId(), 0, 1);
        Enterprise own =
                enterprises.search(caller, query).items().stream().findFirst().orElse(null);
        return own == null ? "matching/matches :: none" : section(own, model);
    }

    private String section(Enterprise enterprise, Model model) {
        model.addAttribute("e", enterprise);
        model.addAttribute("ready", live.ready());
        model.addAttribute("loaded", live.enterprises());
        model.addAttribute(
                "matches", live.ready() ? live.matches(enterprise.creditCode().value()) : null);
        return "matching/matches :: section";
    }
}
