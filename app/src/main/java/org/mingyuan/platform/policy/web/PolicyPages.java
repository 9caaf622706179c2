package org.mingyuan.platform.policy.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.ledger.EventEntries;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseCheck;
import org.mingyuan.platform.policy.ClauseRecorded;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.PolicySearch;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public policy pages (查看): search, a policy with its clauses in plain language and the ledger entry of each
 * published version, and a printable guide (办事指南) per clause.
 */
@Controller
class PolicyPages {

    private final PolicySearch search;
    private final PolicyDesk desk;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;
    private final EventEntries ledger;

    PolicyPages(
            PolicySearch search,
            PolicyDesk desk,
            ParkCatalog parks,
            Callers callers,
            MessageSource messages,
            EventEntries ledger) {
        this.search = search;
        this.desk = desk;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
        this.ledger = ledger;
    }

    /**
     * A clause as a page shows it: the version in force (or the newest published), its conditions read back, and the
     * ledger entry of that version's publication or amendment.
     *
     * @param ledgerIndex the entry's index in the log, whose receipt anyone may download; null while it waits to be
     *     appended
     */
    record ClauseView(
            Clause clause,
            ClauseVersionDetail version,
            List<ClauseCheck.Condition> conditions,
            String ledgerKey,
            @Nullable Long ledgerIndex,
            boolean inForce,
            boolean open) {}

    @GetMapping("/policies")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String park,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        PolicyLevel chosen = level == null || level.isBlank() ? null : parseLevel(level);
        List<PolicySearch.Hit> hits = List.of();
        try {
            hits = search.search(new PolicySearch.Query(
                    q, chosen, blank(department), blank(tag), blank(park), open ? LocalDate.now() : null));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        }
        model.addAttribute("q", q);
        model.addAttribute("level", chosen == null ? "" : chosen.name());
        model.addAttribute("tag", tag == null ? "" : tag);
        model.addAttribute("park", park == null ? "" : park);
        model.addAttribute("open", open);
        model.addAttribute("levels", PolicyLevel.values());
        model.addAttribute("parks", parks.all());
        model.addAttribute("parkNames", parkNames(locale));
        model.addAttribute("hits", hits);
        return htmx != null ? "policies/list :: results" : "policies/list";
    }

    private static @Nullable PolicyLevel parseLevel(String level) {
        for (PolicyLevel known : PolicyLevel.values()) {
            if (known.name().equals(level)) {
                return known;
            }
        }
        return null;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Map<String, String> parkNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Park park : parks.all()) {
            names.put(park.code(), park.name(locale));
        }
        return names;
    }

    @GetMapping("/policies/{id}")
    String detail(@Nullable Principal principal, @PathVariable long id, Locale locale, Model model) {
        Caller caller = principal == null ? null : callers.of(principal);
        Policy policy = desk.policy(caller, id);
        LocalDate today = LocalDate.now();
        List<Clause> published = policy.clauses().stream()
                .filter(clause -> clause.latestPublished().isPresent())
                .toList();
        model.addAttribute("policy", policy);
        model.addAttribute("clauses", views(policy, published, today));
        model.addAttribute("officer", PolicyDesk.mayWrite(caller));
        model.addAttribute("parkNames", parkNames(locale));
        return "policies/detail";
    }

    /** The views of published clauses, with the ledger entries of their versions looked up at once. */
    private List<ClauseView> views(Policy policy, List<Clause> clauses, LocalDate today) {
        Map<String, Long> appended = ledger.appended(clauses.stream()
                .map(clause -> ledgerKey(clause, shown(clause, today)))
                .toList());
        List<ClauseView> views = new ArrayList<>();
        for (Clause clause : clauses) {
            views.add(view(policy, clause, today, appended));
        }
        return views;
    }

    private ClauseView view(Policy policy, Clause clause, LocalDate today, Map<String, Long> appended) {
        ClauseVersionDetail version = shown(clause, today);
        List<ClauseCheck.Condition> conditions = desk.check(
                        clause.clauseId(), version.content(), policy.content().issuedOn())
                .conditions();
        boolean inForce = clause.inForceOn(today).isPresent();
        String ledgerKey = ledgerKey(clause, version);
        return new ClauseView(
                clause,
                version,
                conditions,
                ledgerKey,
                appended.get(ledgerKey),
                inForce,
                inForce && version.openOn(today));
    }

    /** The version a page shows: the one in force today, else the newest published. */
    private static ClauseVersionDetail shown(Clause clause, LocalDate today) {
        return clause.inForceOn(today).orElseGet(() -> clause.latestPublished().orElseThrow());
    }

    /** The key of the ledger entry that published the version: its publication, or its amendment. */
    private static String ledgerKey(Clause clause, ClauseVersionDetail version) {
        ClauseRecorded.Action action =
                version.version() == 1 ? ClauseRecorded.Action.PUBLISHED : ClauseRecorded.Action.AMENDED;
        return ClauseRecorded.key(action, clause.clauseId(), version.version());
    }

    /** A clause's guide by the clause's id alone, as pushed messages link it: its guide under its policy. */
    @GetMapping("/clauses/{clauseId}/guide")
    String guideOfClause(@Nullable Principal principal, @PathVariable String clauseId) {
        Clause clause = desk.clause(principal == null ? null : callers.of(principal), clauseId);
        return "redirect:/policies/" + clause.policyId() + "/clauses/"
                + UriUtils.encodePathSegment(clauseId, StandardCharsets.UTF_8) + "/guide";
    }

    @GetMapping("/policies/{id}/clauses/{clauseId}/guide")
    String guide(
            @Nullable Principal principal,
            @PathVariable long id,
            @PathVariable String clauseId,
            Locale locale,
            Model model) {
        Caller caller = principal == null ? null : callers.of(principal);
        Policy policy = desk.policy(caller, id);
        Clause clause = policy.clauses().stream()
                .filter(c ->
                        c.clauseId().equals(clauseId) && c.latestPublished().isPresent())
                .findFirst()
                .orElseThrow(() -> new NotFound("clause", clauseId));
        model.addAttribute("policy", policy);
        model.addAttribute("c", views(policy, List.of(clause), LocalDate.now()).get(0));
        model.addAttribute("parkNames", parkNames(locale));
        return "policies/guide";
    }
}
