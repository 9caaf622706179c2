package org.mingyuan.platform.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.AccountScopes;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.LeaseDraft;
import org.mingyuan.platform.registry.Occupancy;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Parks' buildings, units, leases and the occupancy computed from them. */
@RestController
@Tag(name = "Park space", description = "园区空间与入驻率 Buildings, units, leases, occupancy")
class ParkSpaceApi {

    private final ParkSpace space;
    private final ParkCatalog parks;
    private final Callers callers;
    private final AccountScopes scopes;

    ParkSpaceApi(ParkSpace space, ParkCatalog parks, Callers callers, AccountScopes scopes) {
        this.space = space;
        this.parks = parks;
        this.callers = callers;
        this.scopes = scopes;
    }

    record NewBuilding(@Nullable String name, @Nullable Integer floors) {}

    record NewUnit(
            @Nullable String name,
            @Nullable Integer floor,
            @Nullable BigDecimal areaM2) {}

    @GetMapping("/api/v1/parks/{id}/occupancy")
    @Operation(summary = "Occupied and vacant space, occupancy rate and enterprises per chain segment on a day")
    Occupancy occupancy(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate on) {
        return space.occupancy(id, on == null ? RegistryTime.today() : on);
    }

    @PostMapping("/api/v1/parks/{id}/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a building to a park")
    Map<String, Long> addBuilding(Principal principal, @PathVariable long id, @RequestBody NewBuilding building) {
        return Map.of("id", space.addBuilding(callers.of(principal), id, building.name(), building.floors()));
    }

    @PostMapping("/api/v1/buildings/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit (a floor or a suite) with its area to a building")
    Map<String, Long> addUnit(Principal principal, @PathVariable long id, @RequestBody NewUnit unit) {
        return Map.of("id", space.addUnit(callers.of(principal), id, unit.name(), unit.floor(), unit.areaM2()));
    }

    @PostMapping("/api/v1/leases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a lease of (part of) a unit for a half-open period [startOn, endOn)")
    void lease(Principal principal, @RequestBody LeaseDraft lease) {
        space.lease(callers.of(principal), lease);
    }

    @PutMapping("/api/v1/parks/{id}/operators/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
    @Operation(summary = "Let a park operator's account run this park")
    ResponseEntity<Void> linkOperator(Principal principal, @PathVariable long id, @PathVariable String username) {
        parks.get(new ParkId(id));
        scopes.runPark(callers.of(principal).username(), username, id);
        return ResponseEntity.noContent().build();
    }
}
