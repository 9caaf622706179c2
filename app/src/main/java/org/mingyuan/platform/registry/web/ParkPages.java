package org.mingyuan.platform.registry.web;

import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public park list (searchable with htmx) and park detail pages. */
@Controller
class ParkPages {

    private final ParkCatalog catalog;

    ParkPages(ParkCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/parks")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("parks", catalog.search(q));
        return htmx != null ? "parks/list :: rows" : "parks/list";
    }

    @GetMapping("/parks/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("park", catalog.get(new ParkId(id)));
        return "parks/detail";
    }
}
