package org.mingyuan.platform.registry.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.imports.RegistryExports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The enterprise list as XLSX, with the filters of {@code GET /api/v1/enterprises} and the same scope,
 * and one enterprise's fact history; for the API and the pages alike.
 */
@RestController
@Tag(name = "Enterprises", description = "企业名录 Enterprise registry")
class ExportApi {

    private final RegistryExports exports;
    private final EnterpriseRegistry registry;
    private final Callers callers;

    ExportApi(RegistryExports exports, EnterpriseRegistry registry, Callers callers) {
        this.exports = exports;
        this.registry = registry;
        this.callers = callers;
    }

    @GetMapping({"/api/v1/enterprises/export.xlsx", "/enterprises/export.xlsx"})
    @Operation(summary = "Every enterprise the caller may see that matches the filters, as XLSX")
    ResponseEntity<StreamingResponseBody> enterprises(
            Principal principal,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long park,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable SizeClass sizeClass,
            @RequestParam(required = false) @Nullable String certification) {
        var caller = callers.of(principal);
        var query = new EnterpriseQuery(q, park, segment, sizeClass, certification, null, 0, EnterpriseQuery.MAX_SIZE);
        return ImportDownloads.download(
                "enterprises.xlsx", ImportDownloads.XLSX, out -> exports.enterprises(caller, query, out));
    }

    @GetMapping({"/api/v1/enterprises/{creditCode}/facts.xlsx", "/enterprises/{creditCode}/facts.xlsx"})
    @Operation(summary = "Every fact statement about one enterprise, in the fact import template's columns, as XLSX")
    ResponseEntity<StreamingResponseBody> facts(Principal principal, @PathVariable String creditCode) {
        var caller = callers.of(principal);
        String code = registry.find(caller, creditCode).creditCode().value();
        return ImportDownloads.download(
                code + "-facts.xlsx", ImportDownloads.XLSX, out -> exports.facts(caller, code, out));
    }
}
