package org.mingyuan.platform.registry.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.imports.RegistryExports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The enterprise list as XLSX, with the filters of {@code GET /api/v1/enterprises} and the same scope. */
@RestController
@Tag(name = "Enterprises", description = "企业名录 Enterprise registry")
class ExportApi {

    private final RegistryExports exports;
    private final Callers callers;

    ExportApi(RegistryExports exports, Callers callers) {
        this.exports = exports;
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
}
