package org.mingyuan.platform.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.XlsxExport.Column;
import org.mingyuan.platform.XlsxExport.Sheet;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResult.AhpConsistency;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultCategory;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;

/**
 * An evaluation's result as one XLSX workbook: the ranking with its stability, the decision matrix with each value's
 * source, the weights of categories and indicators, and the methods with their parameters (and 示例数据 when demo
 * scores are in it). Weights and probabilities are ratios (0.25 for 25 %).
 */
public final class ResultWorkbook {

    private static final XlsxExport<ResultPark> RANKING = new XlsxExport<>(
            "ranking",
            List.of(
                    new Column<>("排名", "Rank", ResultPark::rank),
                    new Column<>("园区编号", "Park code", ResultPark::code),
                    new Column<>("园区", "Park", ResultPark::nameZh),
                    new Column<>("园区（英文）", "Park (English)", ResultPark::nameEn),
                    new Column<>("得分", "Score", ResultPark::score),
                    new Column<>("最好排名", "Best rank", ResultPark::bestRank),
                    new Column<>("最差排名", "Worst rank", ResultPark::worstRank),
                    new Column<>("进入前 k 名的概率", "Probability of top k", ResultPark::probabilityTopK)));

    /** A cell of the decision matrix with its park and indicator. */
    private record Cell(ResultPark park, ResultIndicator indicator, ResultValue value) {}

    private static final XlsxExport<Cell> MATRIX = new XlsxExport<>(
            "matrix",
            List.of(
                    new Column<>("园区编号", "Park code", c -> c.park().code()),
                    new Column<>("园区", "Park", c -> c.park().nameZh()),
                    new Column<>("指标编号", "Indicator code", c -> c.indicator().code()),
                    new Column<>("指标", "Indicator", c -> c.indicator().nameZh()),
                    new Column<>("单位", "Unit", c -> c.indicator().unit()),
                    new Column<>("值", "Value", c -> c.value().value()),
                    new Column<>("来源", "Source", c -> c.value().source()),
                    new Column<>("专家人数", "Experts", c -> c.value().experts())));

    private static final XlsxExport<ResultIndicator> WEIGHTS = new XlsxExport<>(
            "weights",
            List.of(
                    new Column<>("一级指标", "Category", ResultIndicator::category),
                    new Column<>("指标编号", "Indicator code", ResultIndicator::code),
                    new Column<>("指标", "Indicator", ResultIndicator::nameZh),
                    new Column<>("指标（英文）", "Indicator (English)", ResultIndicator::nameEn),
                    new Column<>("越大越好", "Benefit", ResultIndicator::benefit),
                    new Column<>("来源", "Source", ResultIndicator::source),
                    new Column<>("权重", "Weight", ResultIndicator::weight)));

    private static final XlsxExport<ResultCategory> CATEGORIES = new XlsxExport<>(
            "categories",
            List.of(
                    new Column<>("一级指标编号", "Category code", ResultCategory::code),
                    new Column<>("一级指标", "Category", ResultCategory::nameZh),
                    new Column<>("一级指标（英文）", "Category (English)", ResultCategory::nameEn),
                    new Column<>("权重", "Weight", ResultCategory::weight)));

    private static final XlsxExport<Parameter> METHODS = new XlsxExport<>(
            "methods",
            List.of(new Column<>("项目", "Item", Parameter::name), new Column<>("值", "Value", Parameter::value)));

    private ResultWorkbook() {}

    /** Writes the workbook of {@code result} to {@code out}; does not close it. */
    public static void write(EvaluationResult result, OutputStream out) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (ResultPark park : result.parks()) {
            for (int j = 0; j < result.indicators().size(); j++) {
                cells.add(
                        new Cell(park, result.indicators().get(j), park.values().get(j)));
            }
        }
        XlsxExport.write(
                List.of(
                        new Sheet<>(RANKING, result.parks()),
                        new Sheet<>(MATRIX, cells),
                        new Sheet<>(WEIGHTS, result.indicators()),
                        new Sheet<>(CATEGORIES, result.categories()),
                        new Sheet<>(METHODS, withComputation(result))),
                out);
    }

    /** The system version, the methods and their parameters, and the data label, as the reports list them. */
    static List<Parameter> parameters(EvaluationResult result) {
        var m = result.methods();
        List<Parameter> rows = new ArrayList<>();
        rows.add(new Parameter("评价 (Evaluation)", result.name()));
        rows.add(new Parameter("指标体系 (System)", result.system().code()));
        rows.add(new Parameter("指标体系版本 (System version)", result.system().version()));
        rows.add(new Parameter("赋权方法 (Weighting)", m.weighting()));
        rows.add(new Parameter("α (share of AHP weights)", m.alpha()));
        for (AhpConsistency c : m.ahpConsistency()) {
            rows.add(new Parameter("AHP CR " + c.matrix(), c.cr()));
        }
        rows.add(new Parameter("排序方法 (Ranking)", m.ranking()));
        rows.add(new Parameter("标准化 (Normalisation)", m.normalization()));
        rows.add(new Parameter("分辨系数 ρ (rho)", m.rho()));
        rows.add(new Parameter("权重扰动幅度 (Weight spread)", m.spread()));
        rows.add(new Parameter("扰动次数 (Draws)", m.draws()));
        rows.add(new Parameter("前 k 名 (k)", m.topK()));
        rows.add(new Parameter("随机种子 (Seed)", m.seed()));
        rows.add(new Parameter("数据性质 (Data)", result.illustrative() ? "示例数据 (illustrative)" : "实际数据 (actual)"));
        return rows;
    }

    private static List<Parameter> withComputation(EvaluationResult result) {
        List<Parameter> rows = new ArrayList<>(parameters(result));
        rows.add(new Parameter("计算人 (Computed by)", result.computedBy()));
        rows.add(new Parameter("计算时间 (Computed at)", result.computedAt()));
        return rows;
    }

    /** One row of the methods sheet; a null value leaves its cell empty. */
    record Parameter(
            String name, @org.jspecify.annotations.Nullable Object value) {}
}
