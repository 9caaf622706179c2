package org.mingyuan.platform.audit.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit sheet as a download named {@code audit.xlsx}. */
final class AuditDownload {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private AuditDownload() {}

    static ResponseEntity<StreamingResponseBody> of(StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit.xlsx")
                                .build()
                                .toString())
                .body(body);
    }
}
