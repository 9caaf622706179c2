package org.mingyuan.platform.policy.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.Calculator;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.Matches;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policy calculator's public page: a form generated from the fact schema (labels, units, codes), the clauses the
 * entered facts qualify for with amounts and their total, and the nearest missed with what is lacking. An enterprise
 * user may use its own profile instead. Nothing entered is kept.
 */
@Controller
class CalculatorPage {

    /** Form fields of facts are named {@code f.<key>}. */
    static final String PREFIX = "f.";

    private final LiveMatcher live;
    private final Calculator calculator;
    private final RegistryFacts registry;
    private final Callers callers;
    private final MessageSource messages;

    CalculatorPage(
            LiveMatcher live, Calculator calculator, RegistryFacts registry, Callers callers, MessageSource messages) {
        this.live = live;
        this.calculator = calculator;
        this.registry = registry;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/calculator")
    String form(@Nullable Principal principal, Model model) {
        return page(principal, model, Map.of(), null, Map.of());
    }

    @PostMapping("/calculator")
    String calculate(
            @Nullable Principal principal,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            Locale locale) {
        if (!live.ready()) {
            return page(principal, model, Map.of(), null, Map.of());
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, given) -> {
            if (name.startsWith(PREFIX)) {
                List<String> kept = given.stream().filter(v -> !v.isBlank()).toList();
                if (!kept.isEmpty()) {
                    values.put(name.substring(PREFIX.length()), kept);
                }
            }
        });
        try {
            Matches result = calculator.evaluate(json(values, calculator.schema()));
            return page(principal, model, values, result, Map.of());
        } catch (InvalidRequest invalid) {
            return page(principal, model, values, null, FieldErrors.of(invalid.problems(), messages, locale));
        }
    }

    @PostMapping("/calculator/profile")
    String profile(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (caller.enterpriseId() == null || !live.ready()) {
            return page(principal, model, Map.of(), null, Map.of());
        }
        Matches result = registry.of(new EnterpriseId(caller.enterpriseId()), RegistryTime.today())
                .map(calculator::evaluate)
                .orElse(null);
        model.addAttribute("fromProfile", true);
        return page(principal, model, Map.of(), result, Map.of());
    }

    private String page(
            @Nullable Principal principal,
            Model model,
            Map<String, List<String>> values,
            @Nullable Matches result,
            Map<String, List<String>> errors) {
        boolean ready = live.ready();
        model.addAttribute("ready", ready);
        model.addAttribute("loaded", live.enterprises());
        model.addAttribute("facts", ready ? calculator.schema() : List.of());
        model.addAttribute("values", values);
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        Caller caller = principal == null
                ? null
                : callers.byUsername(principal.getName()).orElse(null);
        model.addAttribute("mayUseProfile", caller != null && caller.enterpriseId() != null);
        return "calculator/page";
    }

    /** The form's values as the calculator API takes them; a value that is not of its type is left as text. */
    static ObjectNode json(Map<String, List<String>> values, List<MatchingFact> schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, MatchingFact> byKey = new LinkedHashMap<>();
        schema.forEach(fact -> byKey.put(fact.key(), fact));
        ObjectNode facts = nodes.objectNode();
        values.forEach((key, given) -> {
            MatchingFact fact = byKey.get(key);
            String first = given.get(0).strip();
            if (fact == null) {
                facts.put(key, first);
                return;
            }
            switch (fact.type()) {
                case DECIMAL, INTEGER -> {
                    try {
                        facts.set(key, nodes.numberNode(new BigDecimal(first)));
                    } catch (NumberFormatException notANumber) {
                        facts.put(key, first);
                    }
                }
                case YES_NO -> {
                    if (first.equals("true") || first.equals("false")) {
                        facts.put(key, Boolean.parseBoolean(first));
                    } else {
                        facts.put(key, first);
                    }
                }
                case CODE_SET -> {
                    var array = facts.putArray(key);
                    given.forEach(array::add);
                }
                default -> facts.put(key, first);
            }
        });
        return facts;
    }
}
