package org.mingyuan.platform.registry.imports.web;

import org.mingyuan.platform.registry.imports.RegistryExports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The public park list with its provenance as a spreadsheet download linked from the park pages.
 */
@Controller
class ExportPages {

    private final RegistryExports exports;

    ExportPages(RegistryExports exports) {
        this.exports = exports;
    }

    @GetMapping("/parks/export.xlsx")
    ResponseEntity<StreamingResponseBody> parks() {
        return ImportDownloads.download("parks.xlsx", ImportDownloads.XLSX, exports::parks);
    }
}
