package org.mingyuan.platform.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The parks as JSON, for any authenticated caller. */
@RestController
@RequestMapping("/api/v1/parks")
@Tag(name = "Parks", description = "园区 Parks")
class ParkApi {

    private final ParkCatalog catalog;

    ParkApi(ParkCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List parks, optionally those whose name, city, province or operator contains q")
    List<ParkView> list(@RequestParam(defaultValue = "") String q) {
        return catalog.search(q).stream().map(ParkView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One park with its planned targets against actual figures")
    ParkView get(@PathVariable long id) {
        return ParkView.of(catalog.get(new ParkId(id)));
    }
}
