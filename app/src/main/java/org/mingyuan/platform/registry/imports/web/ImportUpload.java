package org.mingyuan.platform.registry.imports.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of an upload as the API documentation shows it: a multipart form whose part {@code file}
 * is the CSV (UTF-8) or XLSX file.
 */
record ImportUpload(
        @Schema(type = "string", format = "binary", description = "CSV (UTF-8) or XLSX")
        String file) {}
