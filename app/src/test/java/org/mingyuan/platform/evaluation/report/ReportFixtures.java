package org.mingyuan.platform.evaluation.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultCategory;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultMethods;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;
import org.mingyuan.platform.evaluation.EvaluationResult.SystemVersionRef;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.IndicatorSource;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Results;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkId;

/**
 * Stores evaluations with a known result of three parks on three indicators (one of them a cost), as the computation
 * would store it, so reports are tested on exact figures.
 */
public final class ReportFixtures {

    static final List<ResultIndicator> INDICATORS = List.of(
            new ResultIndicator("OCC", "SPACE", "入驻率", "Occupancy", "%", true, IndicatorSource.PLATFORM, 0.5),
            new ResultIndicator("CASH", "SERVICE", "兑现天数", "Days to cash", "天", false, IndicatorSource.PLATFORM, 0.3),
            new ResultIndicator("SVC", "SERVICE", "服务水平", "Service", "分", true, IndicatorSource.EXPERT, 0.2));

    /** Each park's values in the indicators' order, best-ranked park first. */
    static final double[][] VALUES = {{90, 20, 4}, {80, 30, 5}, {60, 40, 3}};

    private final Systems systems;
    private final Evaluations evaluations;
    private final Results results;

    public ReportFixtures(Systems systems, Evaluations evaluations, Results results) {
        this.systems = systems;
        this.evaluations = evaluations;
        this.results = results;
    }

    /** An evaluation of the first three of {@code parks} that was never computed. */
    public EvaluationId uncomputed(List<Park> parks) {
        Instant now = Instant.now();
        long system = systems.insertSystem(code(), "测试体系", "Test system", "officer", now);
        long version = systems.insertDraft(system, null, null, "officer", now);
        List<ParkId> ids = parks.subList(0, 3).stream().map(Park::id).toList();
        return evaluations.insert("未计算", version, EvaluationSetup.defaults(), ids, List.of(), false, "officer", now);
    }

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** A computed evaluation of the first three of {@code parks}, moved to {@code state}. */
    public EvaluationResult computed(List<Park> parks, EvaluationState state, boolean illustrative) {
        Instant now = Instant.now();
        String code = code();
        long system = systems.insertSystem(code, "测试体系", "Test system", "officer", now);
        long version = systems.insertDraft(system, null, null, "officer", now);
        List<ParkId> ids = parks.subList(0, 3).stream().map(Park::id).toList();
        EvaluationId id = evaluations.insert(
                "名园测评 " + code,
                version,
                EvaluationSetup.defaults(),
                ids,
                List.of("expert1", "expert2"),
                illustrative,
                "officer",
                now);
        evaluations.move(id.value(), EvaluationState.SCORING, EvaluationState.CLOSED, "officer", now);
        if (state == EvaluationState.PUBLISHED) {
            evaluations.move(id.value(), EvaluationState.CLOSED, EvaluationState.PUBLISHED, "officer", now);
        }
        EvaluationResult result = result(
                id,
                "名园测评 " + code,
                version,
                code,
                parks.stream()
                        .map(p -> new Named(p.id().value(), p.code(), p.nameZh(), p.nameEn()))
                        .toList(),
                VALUES,
                illustrative,
                state == EvaluationState.PUBLISHED);
        results.insert(result);
        return result;
    }

    /** A park as a result names it. */
    record Named(long id, String code, String nameZh, String nameEn) {}

    /** A result of the first rows of {@code parks} with {@code values}, ranked in the rows' order, not stored. */
    static EvaluationResult result(
            EvaluationId id,
            String name,
            long version,
            String code,
            List<Named> parks,
            double[][] values,
            boolean illustrative,
            boolean published) {
        List<ResultPark> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Named park = parks.get(i);
            List<ResultValue> cells = new ArrayList<>();
            for (int j = 0; j < INDICATORS.size(); j++) {
                IndicatorSource source = INDICATORS.get(j).source();
                cells.add(new ResultValue(values[i][j], source, source == IndicatorSource.EXPERT ? 2 : 0));
            }
            rows.add(new ResultPark(
                    park.id(),
                    park.code(),
                    park.nameZh(),
                    park.nameEn(),
                    cells,
                    0.9 - 0.3 * i,
                    i + 1,
                    Math.max(1, i),
                    Math.min(values.length, i + 2),
                    1.0 - 0.25 * i));
        }
        return new EvaluationResult(
                id,
                name,
                new SystemVersionRef(version, code, "测试体系", "Test system", 1),
                List.of(
                        new ResultCategory("SPACE", "空间", "Space", 0.5),
                        new ResultCategory("SERVICE", "服务", "Service", 0.5)),
                INDICATORS,
                rows,
                new ResultMethods("DIRECT", null, List.of(), "WEIGHTED_SUM", null, null, 0.1, 1000, 2, 20261206L),
                List.of(),
                List.of(),
                illustrative,
                published,
                "officer",
                Instant.now());
    }
}
