package org.mingyuan.platform.evaluation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.ChainMap;
import org.mingyuan.platform.evaluation.chain.ChainMapView;
import org.mingyuan.platform.evaluation.chain.ChainMapView.ParkChain;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The industry-chain map page (产业链图谱): a park filter, the ECharts heat map of parks × segments (its data in a
 * {@code data-points} attribute, drawn by {@code /js/chainmap.js}) beside the table holding the same numbers, each
 * park's gaps with their candidate parks, and the names of the chosen park's enterprises for those who may see them.
 */
@Controller
class ChainMapPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChainMap chainMap;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    ChainMapPages(ChainMap chainMap, ParkCatalog parks, Callers callers, MessageSource messages) {
        this.chainMap = chainMap;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    /** The heat map's data: segment and park labels, and one [segment, park, enterprises] cell per pair. */
    record HeatMap(List<String> segments, List<String> tiers, List<String> parks, List<int[]> cells, int max) {}

    @GetMapping("/evaluation/chain")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'REVIEWER', 'FINANCE', 'SUPERVISOR', 'PARK_OPERATOR')")
    String chain(
            Principal principal, @RequestParam(required = false) @Nullable String park, Locale locale, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("parks", parks.all());
        model.addAttribute("asked", park == null ? "" : park.strip());
        ParkId only = null;
        try {
            only = ChainMapFilter.park(park);
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        }
        ChainMapView view = chainMap.of(caller, only);
        model.addAttribute("map", view);
        model.addAttribute("heat", heat(view, locale));
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> segmentNames = new LinkedHashMap<>();
        view.segments().forEach(s -> segmentNames.put(s.code(), english ? s.nameEn() : s.nameZh()));
        model.addAttribute("segmentNames", segmentNames);
        return "evaluation/chain";
    }

    private String heat(ChainMapView view, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> segments = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        for (ChainSegment segment : view.segments()) {
            segments.add(english ? segment.nameEn() : segment.nameZh());
            tiers.add(messages.getMessage("tier." + segment.tier(), null, locale));
        }
        List<String> names = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        int max = 0;
        for (int y = 0; y < view.parks().size(); y++) {
            ParkChain row = view.parks().get(y);
            names.add(row.name(locale));
            int x = 0;
            for (Map.Entry<String, Integer> count : row.counts().entrySet()) {
                cells.add(new int[] {x++, y, count.getValue()});
                max = Math.max(max, count.getValue());
            }
        }
        try {
            return JSON.writeValueAsString(new HeatMap(segments, tiers, names, cells, max));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chain map data cannot be written as JSON", e);
        }
    }
}
