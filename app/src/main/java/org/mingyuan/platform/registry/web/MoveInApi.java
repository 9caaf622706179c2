package org.mingyuan.platform.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ParkMoveIns;
import org.mingyuan.platform.registry.ParkMoveIns.MoveIn;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Move-in requests: an operator asks, the firm or a policy officer confirms or declines. */
@RestController
@RequestMapping("/api/v1/move-ins")
@Tag(name = "Parks", description = "园区 Parks, space and occupancy")
class MoveInApi {

    private final ParkMoveIns moveIns;
    private final Callers callers;

    MoveInApi(ParkMoveIns moveIns, Callers callers) {
        this.moveIns = moveIns;
        this.callers = callers;
    }

    record NewMoveIn(@Nullable String creditCode) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A park operator asks for the firm with this credit code to move into its park")
    MoveIn request(Principal principal, @RequestBody NewMoveIn request) {
        return moveIns.request(callers.of(principal), request.creditCode());
    }

    @GetMapping
    @Operation(summary = "Move-in requests the caller may see: its park's, its own enterprise's, or all (officials)")
    List<MoveIn> list(Principal principal) {
        return moveIns.list(callers.of(principal));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "The firm's account or a policy officer confirms: the firm moves into the park")
    MoveIn confirm(Principal principal, @PathVariable long id) {
        return moveIns.decide(callers.of(principal), id, true);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "The firm's account or a policy officer declines the request")
    MoveIn decline(Principal principal, @PathVariable long id) {
        return moveIns.decide(callers.of(principal), id, false);
    }
}
