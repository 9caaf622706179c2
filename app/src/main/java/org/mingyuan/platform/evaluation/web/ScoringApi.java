package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.MultipartUploads;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.Score;
import org.mingyuan.platform.evaluation.internal.ImportedValues;
import org.mingyuan.platform.evaluation.scoring.ExpertScoring;
import org.mingyuan.platform.evaluation.scoring.IndicatorImport;
import org.mingyuan.platform.evaluation.scoring.PanelAgreement.ExpertAgreement;
import org.mingyuan.platform.evaluation.scoring.ScoreEntry;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Experts' scores, the panel's agreement, and imported indicator values of an evaluation. */
@RestController
@Tag(name = "Evaluation scores", description = "专家评分 Experts' scores and imported values")
class ScoringApi {

    private final ExpertScoring scoring;
    private final IndicatorImport imports;
    private final Callers callers;

    ScoringApi(ExpertScoring scoring, IndicatorImport imports, Callers callers) {
        this.scoring = scoring;
        this.imports = imports;
        this.callers = callers;
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}/scores/mine")
    @Operation(summary = "The caller's own scores (experts on the panel)")
    List<Score> mine(Principal principal, @PathVariable long id) {
        return scoring.mine(callers.of(principal), new EvaluationId(id));
    }

    @PutMapping("/api/v1/evaluation/evaluations/{id}/scores/mine")
    @Operation(
            summary = "Store the caller's scores while scoring is open, all or none; each entry names a park, an"
                    + " expert indicator and a rubric level (0 the lowest; null clears)")
    List<Score> score(Principal principal, @PathVariable long id, @RequestBody List<ScoreEntry> entries) {
        return scoring.score(callers.of(principal), new EvaluationId(id), entries);
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}/scores")
    @Operation(summary = "Every expert's scores, once scoring closed (officials, supervisors, the panel)")
    List<Score> all(Principal principal, @PathVariable long id) {
        return scoring.panelScores(callers.of(principal), new EvaluationId(id));
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}/panel/agreement")
    @Operation(
            summary = "Each expert's leave-one-out deviation from the rest of the panel and whether it is flagged"
                    + " (beyond a quarter of the rubric range), once scoring closed")
    List<ExpertAgreement> agreement(Principal principal, @PathVariable long id) {
        return scoring.agreement(callers.of(principal), new EvaluationId(id));
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}/imported")
    @Operation(summary = "The imported indicator values (officials, supervisors)")
    List<ImportedValues.Value> imported(Principal principal, @PathVariable long id) {
        return imports.values(callers.of(principal), new EvaluationId(id));
    }

    @PostMapping("/api/v1/evaluation/evaluations/{id}/imported")
    @Operation(
            summary = "Import IMPORTED indicator values from XLSX (part `file`; header 园区编码 then indicator codes),"
                    + " all or nothing; 422 naming the sheet, row and column of each problem (officials)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = Upload.class))))
    List<ImportedValues.Value> importSheet(Principal principal, @PathVariable long id, HttpServletRequest request)
            throws IOException {
        MultipartFile file = MultipartUploads.required(request, "file");
        try (InputStream content = file.getInputStream()) {
            return imports.importSheet(callers.of(principal), new EvaluationId(id), content);
        }
    }

    /** The multipart body of an import. */
    record Upload(
            @Schema(type = "string", format = "binary") String file) {}
}
