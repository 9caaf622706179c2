package org.mingyuan.platform.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.AccountScopes;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.Certification;
import org.mingyuan.platform.registry.CertificationDraft;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.FactValueType;
import org.mingyuan.platform.registry.Page;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise registry as JSON. Every call is scoped to what the caller may see: officials the
 * whole registry, park operators their park, enterprise users their own enterprise.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
@Validated
@Tag(name = "Enterprises", description = "企业名录 Enterprise registry")
class EnterpriseApi {

    private final EnterpriseRegistry registry;
    private final EnterpriseCertifications certifications;
    private final Callers callers;
    private final AccountScopes scopes;
    private final FactKinds kinds;

    EnterpriseApi(
            EnterpriseRegistry registry,
            EnterpriseCertifications certifications,
            Callers callers,
            AccountScopes scopes,
            FactKinds kinds) {
        this.registry = registry;
        this.certifications = certifications;
        this.callers = callers;
        this.scopes = scopes;
        this.kinds = kinds;
    }

    @GetMapping
    @Operation(summary = "Search the enterprises the caller may see, a page at a time")
    Page<EnterpriseView> search(
            Principal principal,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long park,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable SizeClass sizeClass,
            @RequestParam(required = false) @Nullable String certification,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(EnterpriseQuery.MAX_SIZE) int size) {
        var query = new EnterpriseQuery(q, park, segment, sizeClass, certification, null, page, size);
        Page<org.mingyuan.platform.registry.Enterprise> found = registry.search(callers.of(principal), query);
        return new Page<>(
                found.items().stream().map(EnterpriseView::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an enterprise (administrators, policy officers, the park's operator)")
    EnterpriseView register(Principal principal, @RequestBody EnterpriseDraft draft) {
        return EnterpriseView.of(registry.register(callers.of(principal), draft));
    }

    @GetMapping("/{creditCode}")
    @Operation(summary = "An enterprise as known now, or as known at the end of day 'knownAt'")
    ProfileView profile(
            Principal principal,
            @PathVariable String creditCode,
            @Parameter(description = "a past day, yyyy-MM-dd") @RequestParam(required = false) @Nullable
                    LocalDate knownAt) {
        var moment = RegistryTime.knownAt(knownAt);
        return ProfileView.of(registry.profile(callers.of(principal), creditCode, moment));
    }

    @PutMapping("/{creditCode}")
    @Operation(summary = "Replace an enterprise's profile fields; the credit code never changes")
    EnterpriseView update(Principal principal, @PathVariable String creditCode, @RequestBody EnterpriseDraft draft) {
        return EnterpriseView.of(registry.update(callers.of(principal), creditCode, draft));
    }

    @GetMapping("/{creditCode}/facts")
    @Operation(summary = "Every statement of a fact about the enterprise, oldest period first")
    List<Fact> facts(Principal principal, @PathVariable String creditCode) {
        return registry.history(callers.of(principal), creditCode);
    }

    @PostMapping("/{creditCode}/facts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "State a fact (enterprises declare; departments may verify)")
    ProfileView state(Principal principal, @PathVariable String creditCode, @RequestBody FactStatement statement) {
        requireJsonType(statement);
        return ProfileView.of(registry.state(callers.of(principal), creditCode, statement));
    }

    /** JSON carries numbers and yes/no as themselves: one of them sent as text is refused naming {@code value}. */
    private void requireJsonType(FactStatement statement) {
        FactValueType type = kinds.find(statement.name()).map(FactKind::type).orElse(FactValueType.TEXT);
        boolean textual = type == FactValueType.TEXT || type == FactValueType.DATE;
        if (statement.value() instanceof String && !textual) {
            throw new InvalidRequest("value", "facts.jsonType." + type.name());
        }
    }

    @PostMapping("/{creditCode}/certifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a certification with its evidence")
    Certification certify(Principal principal, @PathVariable String creditCode, @RequestBody CertificationDraft draft) {
        return certifications.certify(callers.of(principal), creditCode, draft);
    }

    @PutMapping("/{creditCode}/accounts/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
    @Operation(summary = "Let an enterprise account act for this enterprise")
    ResponseEntity<Void> linkAccount(
            Principal principal, @PathVariable String creditCode, @PathVariable String username) {
        var caller = callers.of(principal);
        var enterprise = registry.find(caller, creditCode);
        scopes.actForEnterprise(caller.username(), username, enterprise.id().value());
        return ResponseEntity.noContent().build();
    }
}
