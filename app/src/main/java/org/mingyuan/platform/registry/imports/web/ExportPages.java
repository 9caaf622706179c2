package org.mingyuan.platform.registry.imports.web;

import java.security.Principal;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.imports.RegistryExports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Spreadsheet downloads linked from the pages: the public park list with provenance and one
 * enterprise's fact history (signed in, scoped).
 */
@Controller
class ExportPages {

    private final RegistryExports exports;
    private final EnterpriseRegistry registry;
    private final Callers callers;

    ExportPages(RegistryExports exports, EnterpriseRegistry registry, Callers callers) {
        this.exports = exports;
        this.registry = registry;
        this.callers = callers;
    }

    @GetMapping("/parks/export.xlsx")
    ResponseEntity<StreamingResponseBody> parks() {
        return ImportDownloads.download("parks.xlsx", ImportDownloads.XLSX, exports::parks);
    }

    @GetMapping("/enterprises/{creditCode}/facts.xlsx")
    ResponseEntity<StreamingResponseBody> facts(Principal principal, @PathVariable String creditCode) {
        var caller = callers.of(principal);
        String code = registry.find(caller, creditCode).creditCode().value();
        return ImportDownloads.download(
                code + "-facts.xlsx", ImportDownloads.XLSX, out -> exports.facts(caller, code, out));
    }
}
