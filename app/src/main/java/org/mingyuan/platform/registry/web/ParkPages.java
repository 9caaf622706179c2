package org.mingyuan.platform.registry.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.Occupancy;
import org.mingyuan.platform.registry.Occupancy.SegmentCount;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public park list (searchable with htmx, with today's occupancy) and park detail pages (occupancy
 * on a day, and the park's enterprises per chain segment, gaps included).
 */
@Controller
class ParkPages {

    private final ParkCatalog catalog;
    private final ParkSpace space;
    private final ChartData charts;
    private final Callers callers;

    ParkPages(ParkCatalog catalog, ParkSpace space, ChartData charts, Callers callers) {
        this.catalog = catalog;
        this.space = space;
        this.charts = charts;
        this.callers = callers;
    }

    @GetMapping("/parks")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        List<Park> parks = catalog.search(q);
        LocalDate today = RegistryTime.today();
        Map<Long, Occupancy> occupancy = parks.stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> space.occupancy(p.id().value(), today)));
        model.addAttribute("q", q);
        model.addAttribute("parks", parks);
        model.addAttribute("occupancy", occupancy);
        return htmx != null ? "parks/list :: rows" : "parks/list";
    }

    @GetMapping("/parks/{id}")
    String detail(
            @Nullable Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            Locale locale,
            Model model) {
        Park park = catalog.get(new ParkId(id));
        Occupancy occupancy = space.occupancy(id, on == null ? RegistryTime.today() : on);
        model.addAttribute("park", park);
        model.addAttribute("manages", principal != null && ParkSpace.manages(callers.of(principal), id));
        model.addAttribute("occupancy", occupancy);
        model.addAttribute("segmentChart", charts.segments(occupancy.segments(), locale));
        model.addAttribute(
                "lacking",
                occupancy.segments().stream()
                        .filter(count -> count.enterprises() == 0)
                        .map(SegmentCount::segment)
                        .toList());
        return "parks/detail";
    }
}
