package org.mingyuan.platform.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseCheck;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyImports;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.PolicySearch;
import org.mingyuan.platform.policy.internal.PolicyYaml;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Policies and clauses as JSON. Searching and reading published policies is public; writing, publishing, amending,
 * withdrawing and importing are for policy officers and administrators, who also see drafts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Policies", description = "政策与条款 Policies and clauses")
class PolicyApi {

    private final PolicyDesk desk;
    private final PolicyImports imports;
    private final PolicySearch search;
    private final Callers callers;

    PolicyApi(PolicyDesk desk, PolicyImports imports, PolicySearch search, Callers callers) {
        this.desk = desk;
        this.imports = imports;
        this.search = search;
        this.callers = callers;
    }

    private @Nullable Caller caller(@Nullable Principal principal) {
        return principal == null ? null : callers.of(principal);
    }

    /** A new clause: its stable id and its first draft. */
    record NewClause(String id, ClauseContent content) {}

    /** Publishing a draft. */
    record Publication(boolean confirmOverBudget) {}

    /** Withdrawing a clause from a day on (today when absent). */
    record Withdrawal(@Nullable LocalDate from) {}

    /** A clause text to check, optionally of a policy whose date its examples default to. */
    record CheckRequest(
            @Nullable String id,
            ClauseContent content,
            @Nullable Long policyId) {}

    @GetMapping("/policies")
    @Operation(summary = "Search published policies (public): words, level, department, tag, park, open on a day")
    List<PolicySearch.Hit> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable PolicyLevel level,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String park,
            @Parameter(description = "only policies taking applications on this day, yyyy-MM-dd")
                    @RequestParam(required = false)
                    @Nullable
                    LocalDate openOn) {
        return search.search(new PolicySearch.Query(q, level, department, tag, park, openOn));
    }

    @GetMapping("/policies/{id}")
    @Operation(summary = "A policy with its clauses (public: published versions; officials: drafts too)")
    Policy get(@Nullable Principal principal, @PathVariable long id) {
        return desk.policy(caller(principal), id);
    }

    @PostMapping("/policies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a policy, without clauses (policy officers, administrators)")
    Policy create(Principal principal, @RequestBody PolicyContent content) {
        return desk.create(callers.of(principal), content);
    }

    @PutMapping("/policies/{id}")
    @Operation(summary = "Replace a policy's fields; its code stays")
    Policy update(Principal principal, @PathVariable long id, @RequestBody PolicyContent content) {
        return desk.update(callers.of(principal), id, content);
    }

    @PostMapping("/policies/{id}/clauses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a clause to a policy as its first draft")
    Clause addClause(Principal principal, @PathVariable long id, @RequestBody NewClause clause) {
        return desk.addClause(callers.of(principal), id, clause.id(), clause.content());
    }

    @GetMapping("/policies/{id}/clauses/{clauseId}")
    @Operation(summary = "A clause with its versions (public: published versions only)")
    Clause clause(@Nullable Principal principal, @PathVariable long id, @PathVariable String clauseId) {
        Clause clause = desk.clause(caller(principal), clauseId);
        if (clause.policyId() != id) {
            throw new org.mingyuan.platform.NotFound("clause", clauseId);
        }
        return clause;
    }

    @PutMapping("/policies/{id}/clauses/{clauseId}/draft")
    @Operation(summary = "Replace the clause's draft (opening one after the newest published version if none is open)")
    Clause saveDraft(
            Principal principal,
            @PathVariable long id,
            @PathVariable String clauseId,
            @RequestBody ClauseContent content) {
        Caller caller = callers.of(principal);
        return desk.saveDraft(caller, owned(caller, id, clauseId), content);
    }

    @PostMapping("/policies/{id}/clauses/{clauseId}/publish")
    @Operation(summary = "Publish the clause's draft: it must compile and every example must pass; a ledger entry")
    ClauseVersionDetail publish(
            Principal principal,
            @PathVariable long id,
            @PathVariable String clauseId,
            @RequestBody(required = false) @Nullable Publication publication) {
        Caller caller = callers.of(principal);
        return desk.publish(
                caller, owned(caller, id, clauseId), publication != null && publication.confirmOverBudget());
    }

    @PostMapping("/policies/{id}/clauses/{clauseId}/amend")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an amendment: a new draft holding the newest published text")
    Clause amend(Principal principal, @PathVariable long id, @PathVariable String clauseId) {
        Caller caller = callers.of(principal);
        return desk.amend(caller, owned(caller, id, clauseId));
    }

    @PostMapping("/policies/{id}/clauses/{clauseId}/withdraw")
    @Operation(summary = "Withdraw a clause from a day on (today by default); a ledger entry")
    Clause withdraw(
            Principal principal,
            @PathVariable long id,
            @PathVariable String clauseId,
            @RequestBody(required = false) @Nullable Withdrawal withdrawal) {
        Caller caller = callers.of(principal);
        return desk.withdraw(caller, owned(caller, id, clauseId), withdrawal == null ? null : withdrawal.from());
    }

    private String owned(Caller caller, long policyId, String clauseId) {
        if (!PolicyDesk.mayWrite(caller)) {
            throw new org.springframework.security.access.AccessDeniedException("officers write clauses");
        }
        Clause clause = desk.clause(null, clauseId, true);
        if (clause.policyId() != policyId) {
            throw new org.mingyuan.platform.NotFound("clause", clauseId);
        }
        return clauseId;
    }

    @PostMapping("/clauses/check")
    @Operation(summary = "Type-check a clause text, read its conditions back and run its examples; writes nothing")
    ClauseCheck check(Principal principal, @RequestBody CheckRequest request) {
        Caller caller = callers.of(principal);
        if (!PolicyDesk.mayWrite(caller)) {
            throw new org.springframework.security.access.AccessDeniedException("officers check clauses");
        }
        LocalDate policyDay = request.policyId() == null
                ? null
                : desk.policy(caller, request.policyId()).content().issuedOn();
        return desk.check(request.id() == null ? "DRAFT" : request.id(), request.content(), policyDay);
    }

    @PostMapping(path = "/policies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import policy files (YAML, docs/policies.md); checked whole, nothing written on any problem")
    List<PolicyImports.Imported> importFiles(Principal principal, @RequestPart("file") List<MultipartFile> files) {
        Caller caller = callers.of(principal);
        List<PolicyImports.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? "file"
                    : file.getOriginalFilename();
            if (file.getSize() > PolicyYaml.MAX_BYTES) {
                throw new InvalidRequest(name, "policy.import.tooLarge", name, PolicyYaml.MAX_BYTES);
            }
            try {
                uploads.add(new PolicyImports.Upload(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imports.importFiles(caller, uploads);
    }

    @GetMapping(path = "/policies/{id}/export", produces = "application/yaml")
    @Operation(summary = "A policy as a policy file (each clause's newest version visible to the caller)")
    ResponseEntity<byte[]> export(Principal principal, @PathVariable long id) {
        String yaml = imports.export(callers.of(principal), id);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"policy-" + id + ".yaml\"")
                .body(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
