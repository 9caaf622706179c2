package org.mingyuan.platform.registry.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.MultipartUploads;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.imports.ImportJob;
import org.mingyuan.platform.registry.imports.ImportJobs;
import org.mingyuan.platform.registry.imports.ImportKind;
import org.mingyuan.platform.registry.imports.ImportOutcome.Rejected;
import org.mingyuan.platform.registry.imports.ImportReport;
import org.mingyuan.platform.registry.imports.ImportTemplates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** What the import pages and the import API share: starting a job from an upload, and the downloads. */
@Component
class ImportDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ImportJobs jobs;
    private final ImportReport report;
    private final ParkCatalog parks;
    private final ChainTaxonomy taxonomy;

    ImportDownloads(ImportJobs jobs, ImportReport report, ParkCatalog parks, ChainTaxonomy taxonomy) {
        this.jobs = jobs;
        this.report = report;
        this.parks = parks;
        this.taxonomy = taxonomy;
    }

    /**
     * Starts importing an uploaded file of the kind named {@code kind} in the URL: the part {@code file}
     * of {@code request}, which must be {@code multipart/form-data}.
     *
     * @throws InvalidRequest naming {@code file} when the request is not multipart or its body is
     *     broken, when it has no part {@code file}, or the file is empty
     */
    ImportJob start(Caller caller, String kind, HttpServletRequest request) throws IOException {
        ImportKind parsed = ImportKind.ofPath(kind).orElseThrow(() -> new NotFound("importKind", kind));
        MultipartFile file = MultipartUploads.required(request, "file");
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return jobs.start(caller, parsed, name, content);
        }
    }

    /** The problems of a refused job as XLSX; 404 when the job has no problems. */
    ResponseEntity<StreamingResponseBody> report(ImportJob job, Locale locale) {
        if (!(job.outcome() instanceof Rejected rejected)) {
            throw new NotFound("importReport", job.id());
        }
        return download(
                "import-problems-" + job.id().substring(0, 8) + ".xlsx",
                XLSX,
                out -> report.write(job.kind(), rejected.problems(), locale, out));
    }

    /** A template named like {@code enterprises.xlsx} or {@code facts.csv}. */
    ResponseEntity<StreamingResponseBody> template(String file) {
        int dot = file.lastIndexOf('.');
        ImportKind kind = ImportKind.ofPath(dot < 0 ? file : file.substring(0, dot))
                .orElseThrow(() -> new NotFound("importTemplate", file));
        return switch (file.substring(dot + 1)) {
            case "xlsx" -> {
                var allParks = parks.all();
                var segments = taxonomy.all();
                yield download(file, XLSX, out -> ImportTemplates.xlsx(kind, allParks, segments, out));
            }
            case "csv" -> download(file, CSV, out -> ImportTemplates.csv(kind, out));
            default -> throw new NotFound("importTemplate", file);
        };
    }

    /** A streamed attachment. */
    static ResponseEntity<StreamingResponseBody> download(String filename, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
