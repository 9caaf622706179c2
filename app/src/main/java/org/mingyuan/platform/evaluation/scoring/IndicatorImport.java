package org.mingyuan.platform.evaluation.scoring;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.ContentTooLarge;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRows;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationAccess;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.IndicatorSource;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.ImportedValues;
import org.mingyuan.platform.evaluation.internal.ImportedValues.Value;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.imports.UploadedSheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the values of an evaluation's IMPORTED indicators from an XLSX sheet (see {@link ValueSheet} for its
 * layout), all or nothing: an unknown park or indicator, a missing or non-numeric value refuses the whole file and
 * writes nothing. An accepted file replaces the evaluation's imported values.
 */
@Service
public class IndicatorImport {

    /** The largest file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Evaluations evaluations;
    private final Systems systems;
    private final ImportedValues values;
    private final ParkCatalog parks;
    private final UploadedSheet sheets;
    private final Clock clock;

    IndicatorImport(
            Evaluations evaluations,
            Systems systems,
            ImportedValues values,
            ParkCatalog parks,
            UploadedSheet sheets,
            Clock clock) {
        this.evaluations = evaluations;
        this.systems = systems;
        this.values = values;
        this.parks = parks;
        this.sheets = sheets;
        this.clock = clock;
    }

    /**
     * Imports {@code content} into evaluation {@code id}; officials only, before it is published.
     *
     * @throws InvalidRows naming the sheet, row and column of each problem ({@code sheet1!C5})
     * @throws InvalidRequest naming {@code file} when the file is unreadable, or the system has no imported indicator
     * @throws ContentTooLarge when the file is larger than {@link #MAX_BYTES}
     */
    @Transactional
    public List<Value> importSheet(Caller caller, EvaluationId id, InputStream content) {
        EvaluationAccess.requireRunner(caller);
        Evaluation evaluation = evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
        if (evaluation.state() == EvaluationState.PUBLISHED) {
            throw new Conflict("evaluation", "evaluation.published");
        }
        Set<String> imported = systems.version(evaluation.versionId()).orElseThrow().indicators().stream()
                .filter(i -> i.source() == IndicatorSource.IMPORTED)
                .map(Indicator::code)
                .collect(Collectors.toSet());
        if (imported.isEmpty()) {
            throw new InvalidRequest("file", "evaluation.import.nothingImported");
        }
        Map<String, Long> evaluated = new HashMap<>();
        for (ParkId park : evaluation.parks()) {
            evaluated.put(parks.get(park).code(), park.value());
        }
        var sheet = new ValueSheet(evaluated, imported);
        int[] last = {0};
        try {
            sheets.read(content, MAX_BYTES, EvaluationDesk.MAX_PARKS + 1, (row, cells) -> {
                sheet.row(row, cells);
                last[0] = row;
            });
        } catch (UploadedSheet.Refused refused) {
            if (refused.tooLarge()) {
                throw new ContentTooLarge("file", refused.code(), refused.args().toArray());
            }
            throw new InvalidRequest("file", refused.code(), refused.args().toArray());
        }
        List<Value> read = sheet.values(last[0]);
        if (!sheet.problems().isEmpty()) {
            throw new InvalidRows(sheet.problems());
        }
        values.replace(id.value(), read, caller.username(), clock.instant());
        return values.of(id.value());
    }

    /** The evaluation's imported values, for those who see the evaluation whole. */
    @Transactional(readOnly = true)
    public List<Value> values(Caller caller, EvaluationId id) {
        Evaluation evaluation = evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
        if (!EvaluationAccess.readsAll(caller)) {
            throw new NotFound("evaluation", evaluation.id().value());
        }
        return values.of(id.value());
    }
}
