package org.mingyuan.platform.recognition.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.XlsxExport.Column;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.recognition.Recognition;
import org.mingyuan.platform.recognition.RecognitionScheme;
import org.mingyuan.platform.recognition.Recognitions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every recognition granted, in force or revoked, as an XLSX sheet for officials: the enterprise, its credit code,
 * the scheme, the state, when it was granted, its last valid day, and the revocation with its reason.
 */
@Component
class RecognitionSheet {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Recognitions recognitions;

    RecognitionSheet(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    /** The sheet as a download named {@code 区块链企业认定.xlsx}; refused unless the caller is an official. */
    ResponseEntity<StreamingResponseBody> download(Caller caller) {
        List<Recognition> granted = recognitions.granted(caller);
        List<RecognitionScheme> schemes = recognitions.schemes();
        var layout = new XlsxExport<Recognition>(
                "recognitions",
                List.of(
                        new Column<>("企业", "Enterprise", Recognition::enterpriseName),
                        new Column<>("统一社会信用代码", "Credit code", Recognition::creditCode),
                        new Column<>(
                                "认定办法",
                                "Scheme",
                                r -> schemes.stream()
                                        .filter(s -> s.id() == r.schemeId())
                                        .map(RecognitionScheme::code)
                                        .findFirst()
                                        .orElse(null)),
                        new Column<>("状态", "State", r -> r.state().name()),
                        new Column<>("认定日期", "Granted", Recognition::validFrom),
                        new Column<>("有效期至", "Valid until", Recognition::validUntil),
                        new Column<>("撤销日期", "Revoked on", Recognition::revokedOn),
                        new Column<>("撤销理由", "Reason", Recognition::revokeReason)));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("区块链企业认定.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out -> layout.write(granted, out));
    }
}
