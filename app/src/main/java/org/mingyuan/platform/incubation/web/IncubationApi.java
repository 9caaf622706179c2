package org.mingyuan.platform.incubation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.incubation.FinancingDesk;
import org.mingyuan.platform.incubation.FinancingDraft;
import org.mingyuan.platform.incubation.FinancingRound;
import org.mingyuan.platform.incubation.Incubatee;
import org.mingyuan.platform.incubation.IncubateeDesk;
import org.mingyuan.platform.incubation.IncubateeDraft;
import org.mingyuan.platform.incubation.Incubator;
import org.mingyuan.platform.incubation.IncubatorDesk;
import org.mingyuan.platform.incubation.IncubatorDraft;
import org.mingyuan.platform.incubation.IncubatorReport;
import org.mingyuan.platform.incubation.MyIncubation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incubators, incubatees, financing rounds and the national incubator conditions. */
@RestController
@Tag(name = "Incubation", description = "孵化与投资 Incubators, incubatees, financing rounds, national conditions")
class IncubationApi {

    private final IncubatorDesk incubatorDesk;
    private final IncubateeDesk incubateeDesk;
    private final FinancingDesk financingDesk;
    private final Callers callers;

    IncubationApi(
            IncubatorDesk incubatorDesk, IncubateeDesk incubateeDesk, FinancingDesk financingDesk, Callers callers) {
        this.incubatorDesk = incubatorDesk;
        this.incubateeDesk = incubateeDesk;
        this.financingDesk = financingDesk;
        this.callers = callers;
    }

    /** The day of a graduation. */
    record Graduation(@Nullable LocalDate graduatedOn) {}

    @GetMapping("/api/v1/incubators")
    @Operation(summary = "The incubators the caller reads: all for officials, its park's for a park operator")
    List<Incubator> incubators(Principal principal) {
        return incubatorDesk.incubators(callers.of(principal));
    }

    @PostMapping("/api/v1/incubators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an incubator in a park (its operator or an administrator); money in 万元, areas in m²")
    Incubator open(Principal principal, @RequestBody IncubatorDraft draft) {
        return incubatorDesk.open(callers.of(principal), draft);
    }

    @GetMapping("/api/v1/incubators/{id}")
    @Operation(
            summary = "One incubator today: incubatees, financing rounds and every national condition (2018 and 2025"
                    + " tiers) with its figure, threshold and whether it is met")
    IncubatorReport report(Principal principal, @PathVariable long id) {
        return financingDesk.report(callers.of(principal), id);
    }

    @PutMapping("/api/v1/incubators/{id}")
    @Operation(summary = "Replace an incubator's name, space, seed fund and last year's income; its park is fixed")
    Incubator edit(Principal principal, @PathVariable long id, @RequestBody IncubatorDraft draft) {
        return incubatorDesk.edit(callers.of(principal), id, draft);
    }

    @PostMapping("/api/v1/incubators/{id}/incubatees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a registry enterprise's entry; refused when it is in an incubator already over an"
                    + " overlapping period")
    Incubatee enter(Principal principal, @PathVariable long id, @RequestBody IncubateeDraft draft) {
        return incubateeDesk.enter(callers.of(principal), id, draft);
    }

    @PostMapping("/api/v1/incubators/{id}/incubatees/{incubatee}/graduation")
    @Operation(summary = "Record an incubatee's graduation, after its entry and not in the future")
    Incubatee graduate(
            Principal principal,
            @PathVariable long id,
            @PathVariable long incubatee,
            @RequestBody Graduation graduation) {
        return incubateeDesk.graduate(callers.of(principal), id, incubatee, graduation.graduatedOn());
    }

    @PostMapping("/api/v1/financing-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a financing round or fund investment (investor, amount in 万元, day, stage); with"
                    + " incubatorId, an investment by that incubator's own fund")
    FinancingRound finance(Principal principal, @RequestBody FinancingDraft draft) {
        return financingDesk.finance(callers.of(principal), draft);
    }

    @GetMapping("/api/v1/incubation/mine")
    @Operation(summary = "The calling enterprise's own incubator stays and financing rounds")
    MyIncubation mine(Principal principal) {
        return incubateeDesk.mine(callers.of(principal));
    }
}
