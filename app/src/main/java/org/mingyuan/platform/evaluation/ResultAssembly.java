package org.mingyuan.platform.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingyuan.platform.evaluation.EvaluationResult.PanelMember;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultCategory;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultMethods;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;
import org.mingyuan.platform.evaluation.method.RankSpread;
import org.mingyuan.platform.evaluation.scoring.DecisionMatrix;
import org.mingyuan.platform.evaluation.scoring.PanelAgreement.ExpertAgreement;
import org.mingyuan.platform.evaluation.scoring.RankingRun;
import org.mingyuan.platform.evaluation.scoring.Weighing;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.registry.Park;

/** Puts a computation's parts together into the result snapshot that is stored. */
final class ResultAssembly {

    private ResultAssembly() {}

    static EvaluationResult of(
            Evaluation evaluation,
            SystemVersion version,
            DecisionMatrix matrix,
            Weighing weighing,
            RankingRun run,
            List<ExpertAgreement> agreement,
            String by,
            Instant at) {
        double[] weights = weighing.weights();
        List<ResultIndicator> indicators = new ArrayList<>();
        List<ResultCategory> categories = new ArrayList<>();
        int j = 0;
        for (Category category : version.categories()) {
            double sum = 0;
            for (Indicator indicator : category.indicators()) {
                indicators.add(new ResultIndicator(
                        indicator.code(),
                        category.code(),
                        indicator.nameZh(),
                        indicator.nameEn(),
                        indicator.unit(),
                        indicator.benefit(),
                        indicator.source(),
                        weights[j]));
                sum += weights[j++];
            }
            categories.add(new ResultCategory(category.code(), category.nameZh(), category.nameEn(), sum));
        }
        List<ResultPark> parks = new ArrayList<>();
        int[] order = run.ranking().order();
        for (int rank = 0; rank < order.length; rank++) {
            int i = order[rank];
            Park park = matrix.parks().get(i);
            RankSpread spread = run.stability().alternatives().get(i);
            parks.add(new ResultPark(
                    park.id().value(),
                    park.code(),
                    park.nameZh(),
                    park.nameEn(),
                    List.of(matrix.cells()[i]),
                    run.ranking().scores()[i],
                    rank + 1,
                    spread.bestRank(),
                    spread.worstRank(),
                    spread.probabilityTopK()));
        }
        EvaluationSetup setup = evaluation.setup();
        boolean ahp = setup.weighting() == EvaluationSetup.Weighting.AHP
                || setup.weighting() == EvaluationSetup.Weighting.COMBINED;
        var methods = new ResultMethods(
                setup.weighting().name(),
                setup.weighting() == EvaluationSetup.Weighting.COMBINED ? setup.alpha() : null,
                ahp ? weighing.consistency() : List.of(),
                setup.ranking().name(),
                setup.ranking() == EvaluationSetup.RankingChoice.TOPSIS
                        ? (setup.normalization() == null ? EvaluationSetup.Scaling.VECTOR : setup.normalization())
                                .name()
                        : null,
                setup.ranking() == EvaluationSetup.RankingChoice.GREY_RELATIONAL
                        ? (setup.rho() == null ? 0.5 : setup.rho())
                        : null,
                setup.spread(),
                setup.draws(),
                setup.topK(),
                setup.seed());
        Map<String, Panelist> panel =
                evaluation.panel().stream().collect(Collectors.toMap(Panelist::username, Function.identity()));
        List<PanelMember> members = agreement.stream()
                .map(a -> new PanelMember(
                        a.username(),
                        a.scores(),
                        a.deviation(),
                        a.flagged(),
                        panel.get(a.username()).excluded()))
                .toList();
        return new EvaluationResult(
                evaluation.id(),
                evaluation.name(),
                version.ref(),
                categories,
                indicators,
                parks,
                methods,
                members,
                matrix.leftOut(),
                evaluation.illustrative(),
                false,
                by,
                at);
    }
}
