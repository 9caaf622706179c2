package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.fulfillment.BudgetBook;
import org.mingyuan.platform.identity.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The use of clause budgets, for officials. */
@RestController
@Tag(name = "Budgets", description = "预算使用 Budget use (officials)")
class BudgetApi {

    private final BudgetBook budgets;
    private final Callers callers;

    BudgetApi(BudgetBook budgets, Callers callers) {
        this.budgets = budgets;
        this.callers = callers;
    }

    @GetMapping("/api/v1/budgets")
    @Operation(summary = "Every clause budget: total, reserved by approvals, left")
    List<BudgetBook.BudgetUse> all(Principal principal) {
        return budgets.all(callers.of(principal));
    }

    @GetMapping("/api/v1/budgets/{clauseId}")
    @Operation(summary = "One clause's budget and its use")
    BudgetBook.BudgetUse one(Principal principal, @PathVariable String clauseId) {
        return budgets.of(callers.of(principal), clauseId);
    }
}
