package org.mingyuan.platform.fulfillment.material.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of an upload as the API documentation shows it: a multipart form. */
record MaterialUploadForm(
        @Schema(type = "string", format = "binary", description = "PDF, JPEG or PNG, judged by its content")
        String file,

        @Schema(description = "material type code, from GET /api/v1/material-types", example = "AUDIT_REPORT")
        String type,

        @Schema(description = "first day valid, yyyy-MM-dd; required for types with validity", example = "2025-01-01")
        String validFrom,

        @Schema(
                description = "last day valid (inclusive), yyyy-MM-dd; required for types with validity",
                example = "2025-12-31")
        String validUntil) {}
