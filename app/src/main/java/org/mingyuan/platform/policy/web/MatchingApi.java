package org.mingyuan.platform.policy.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.Calculator;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's matches, and the policy calculator. Matches follow the registry's access rules: an enterprise's own
 * users, the operator of its park and officials; anyone else is answered as if the enterprise did not exist. The
 * calculator is open to all and keeps nothing of what is entered.
 */
@RestController
@Tag(name = "Matching", description = "匹配结果与政策计算器 Matches and the policy calculator")
class MatchingApi {

    private final LiveMatcher live;
    private final Calculator calculator;
    private final EnterpriseRegistry enterprises;
    private final RegistryFacts facts;
    private final Callers callers;

    MatchingApi(
            LiveMatcher live,
            Calculator calculator,
            EnterpriseRegistry enterprises,
            RegistryFacts facts,
            Callers callers) {
        this.live = live;
        this.calculator = calculator;
        this.enterprises = enterprises;
        this.facts = facts;
        this.callers = callers;
    }

    @GetMapping("/api/v1/enterprises/{creditCode}/matches")
    @Operation(
            summary = "The clauses the enterprise qualifies for now, with estimated amounts, and the nearest it misses"
                    + " with what it still lacks")
    MatchesView matches(Principal principal, @PathVariable String creditCode) {
        Enterprise enterprise = enterprises.find(callers.of(principal), creditCode);
        return MatchesView.of(live.matches(enterprise.creditCode().value()));
    }

    /**
     * A calculator question: the facts entered, or {@code useProfile} for an enterprise user's own profile.
     *
     * @param facts fact key to value: numbers, true/false, yyyy-MM-dd, a code, a list of codes
     */
    record CalculatorRequest(
            @Nullable JsonNode facts, @Nullable Boolean useProfile) {}

    @PostMapping("/api/v1/calculator")
    @Operation(
            summary = "Every clause in force the facts qualify for, estimated amounts and their total, and the nearest"
                    + " clauses missed; nothing entered is stored")
    MatchesView calculate(@Nullable Principal principal, @RequestBody CalculatorRequest request) {
        if (Boolean.TRUE.equals(request.useProfile())) {
            if (request.facts() != null && !request.facts().isNull()) {
                throw new InvalidRequest("useProfile", "matching.calculator.profileAndFacts");
            }
            Caller caller = principal == null ? null : callers.of(principal);
            if (caller == null || caller.enterpriseId() == null) {
                throw new InvalidRequest("useProfile", "matching.calculator.noProfile");
            }
            return MatchesView.of(
                    calculator.evaluate(facts.of(new EnterpriseId(caller.enterpriseId()), RegistryTime.today())
                            .orElseThrow(() -> new InvalidRequest("useProfile", "matching.calculator.noProfile"))));
        }
        return MatchesView.of(calculator.evaluate(request.facts()));
    }

    @GetMapping("/api/v1/calculator/facts")
    @Operation(summary = "The facts the calculator asks for, with labels, units and codes")
    List<MatchingFact> calculatorFacts() {
        return calculator.schema();
    }
}
