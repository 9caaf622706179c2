package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Grant;
import org.mingyuan.platform.fulfillment.GrantDesk;
import org.mingyuan.platform.fulfillment.GrantState;
import org.mingyuan.platform.identity.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Awards granted without application (免申即享): the caller's grants, the enterprise's confirmation or refusal, and the
 * department's confirmation of many at once. Confirmed by both, a grant opens an approved case.
 */
@RestController
@Tag(name = "Grants", description = "免申即享 Awards granted without application")
class GrantApi {

    private final GrantDesk desk;
    private final Callers callers;

    GrantApi(GrantDesk desk, Callers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    /** The grants a reviewer confirms for the department, all or none. */
    record Confirmations(@Nullable List<Long> ids) {}

    @GetMapping("/api/v1/grants")
    @Operation(
            summary = "Grants newest first: the enterprise's own, a reviewer's or finance official's departments', or"
                    + " every one for administrators, officers and supervisors; optionally of one clause and state")
    List<Grant> list(
            Principal principal,
            @RequestParam(required = false) @Nullable String clause,
            @RequestParam(required = false) @Nullable GrantState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return desk.list(callers.of(principal), clause, state, page, size);
    }

    @PostMapping("/api/v1/grants/{id}/confirm")
    @Operation(
            summary = "The enterprise confirms its grant; once the department confirmed too, an approved case opens and"
                    + " the amount is reserved (409 naming budget when it cannot be)")
    Grant confirm(Principal principal, @PathVariable long id) {
        return desk.confirm(callers.of(principal), id);
    }

    @PostMapping("/api/v1/grants/{id}/decline")
    @Operation(summary = "The enterprise declines its grant")
    Grant decline(Principal principal, @PathVariable long id) {
        return desk.decline(callers.of(principal), id);
    }

    @PostMapping("/api/v1/grants/confirmations")
    @Operation(
            summary = "A reviewer confirms grants of its departments, all or none; each the enterprise confirmed opens"
                    + " its approved case (409 naming budget when the budget cannot cover them)")
    List<Grant> confirmAll(Principal principal, @RequestBody Confirmations confirmations) {
        return desk.confirmAll(callers.of(principal), confirmations.ids());
    }
}
