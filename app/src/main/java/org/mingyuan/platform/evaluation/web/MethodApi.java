package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.InvalidRows;
import org.mingyuan.platform.evaluation.method.Ahp;
import org.mingyuan.platform.evaluation.method.AhpWeights;
import org.mingyuan.platform.evaluation.method.EntropyWeights;
import org.mingyuan.platform.evaluation.method.GreyRelational;
import org.mingyuan.platform.evaluation.method.MethodInputException;
import org.mingyuan.platform.evaluation.method.Normalization;
import org.mingyuan.platform.evaluation.method.RankSpread;
import org.mingyuan.platform.evaluation.method.Ranking;
import org.mingyuan.platform.evaluation.method.RankingMethod;
import org.mingyuan.platform.evaluation.method.Stability;
import org.mingyuan.platform.evaluation.method.StabilityAnalysis;
import org.mingyuan.platform.evaluation.method.Topsis;
import org.mingyuan.platform.evaluation.method.WeightedSum;
import org.mingyuan.platform.evaluation.web.MethodBodies.AhpRequest;
import org.mingyuan.platform.evaluation.web.MethodBodies.AhpResult;
import org.mingyuan.platform.evaluation.web.MethodBodies.AlternativeSpread;
import org.mingyuan.platform.evaluation.web.MethodBodies.EntropyRequest;
import org.mingyuan.platform.evaluation.web.MethodBodies.GraRequest;
import org.mingyuan.platform.evaluation.web.MethodBodies.GraResult;
import org.mingyuan.platform.evaluation.web.MethodBodies.StabilityRequest;
import org.mingyuan.platform.evaluation.web.MethodBodies.StabilityResult;
import org.mingyuan.platform.evaluation.web.MethodBodies.TopsisRequest;
import org.mingyuan.platform.evaluation.web.MethodBodies.TopsisResult;
import org.mingyuan.platform.evaluation.web.MethodBodies.WeightsResult;
import org.mingyuan.platform.identity.Callers;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weighting and ranking methods of model-park evaluation as a calculator for any signed-in account: nothing is
 * stored and no park's data is read, the caller's numbers go in and the method's answer comes out. Malformed input is
 * a 400 naming the field; input the method cannot decide on (an inconsistent AHP matrix, a constant column for
 * entropy) is a 422 naming the field.
 */
@RestController
@Tag(name = "Evaluation methods", description = "AHP, entropy weights, TOPSIS, grey relational analysis, stability")
class MethodApi {

    private static final int DEFAULT_DRAWS = 1_000;

    private final Callers callers;

    MethodApi(Callers callers) {
        this.callers = callers;
    }

    @PostMapping("/api/v1/evaluation/methods/ahp")
    @Operation(
            summary = "AHP weights of a pairwise comparison matrix (n ≤ 10, judgements 1/9..9) by its principal"
                    + " eigenvector, with λmax, CI and CR; CR ≥ 0.10 is a 422 naming the most inconsistent judgement")
    AhpResult ahp(Principal principal, @RequestBody AhpRequest request) {
        callers.of(principal);
        AhpWeights ahp = refusing(() -> Ahp.weigh(JsonArrays.matrix(request.matrix())));
        return new AhpResult(ahp.weights(), ahp.lambdaMax(), ahp.ci(), ahp.cr(), ahp.consistent());
    }

    @PostMapping("/api/v1/evaluation/methods/entropy")
    @Operation(
            summary = "Entropy weights of a decision matrix (rows alternatives, at least 2; columns criteria);"
                    + " negative values are refused, a constant column is a 422")
    WeightsResult entropy(Principal principal, @RequestBody EntropyRequest request) {
        callers.of(principal);
        return new WeightsResult(refusing(() -> EntropyWeights.weigh(JsonArrays.matrix(request.matrix()))));
    }

    @PostMapping("/api/v1/evaluation/methods/topsis")
    @Operation(
            summary = "TOPSIS closeness d⁻/(d⁺+d⁻) per alternative and the ranking (zero-based indices, best first);"
                    + " normalization vector (default) or minmax")
    TopsisResult topsis(Principal principal, @RequestBody TopsisRequest request) {
        callers.of(principal);
        Normalization normalization = JsonArrays.normalization(request.normalization());
        Ranking ranking = refusing(() -> Topsis.rank(
                JsonArrays.matrix(request.matrix()),
                JsonArrays.vector(request.weights(), "weights"),
                JsonArrays.benefit(request.benefit()),
                normalization));
        return new TopsisResult(ranking.scores(), ranking.order());
    }

    @PostMapping("/api/v1/evaluation/methods/gra")
    @Operation(
            summary = "Grey relational grades per alternative and the ranking (zero-based indices, best first);"
                    + " rho in (0, 1], 0.5 by default; equal weights when none are given")
    GraResult gra(Principal principal, @RequestBody GraRequest request) {
        callers.of(principal);
        Ranking ranking = refusing(() -> GreyRelational.rank(
                JsonArrays.matrix(request.matrix()),
                JsonArrays.vector(request.weights(), "weights"),
                JsonArrays.benefit(request.benefit()),
                request.rho() == null ? GreyRelational.DEFAULT_RHO : request.rho()));
        return new GraResult(ranking.scores(), ranking.order());
    }

    @PostMapping("/api/v1/evaluation/methods/stability")
    @Operation(
            summary = "Monte-Carlo stability of a ranking (topsis, gra or wsm): each weight perturbed within ±spread"
                    + " (0.10 by default) and renormalised, per alternative its best and worst rank and the share of"
                    + " draws in the top k; the same seed gives the same answer")
    StabilityResult stability(Principal principal, @RequestBody StabilityRequest request) {
        callers.of(principal);
        RankingMethod method = method(request);
        double spread = request.spread() == null ? StabilityAnalysis.DEFAULT_SPREAD : request.spread();
        int draws = request.draws() == null ? DEFAULT_DRAWS : request.draws();
        int topK = request.topK() == null ? 1 : request.topK();
        long seed = request.seed() == null ? 0 : request.seed();
        Stability stability = refusing(() -> StabilityAnalysis.perturb(
                method,
                JsonArrays.matrix(request.matrix()),
                JsonArrays.vector(request.weights(), "weights"),
                JsonArrays.benefit(request.benefit()),
                spread,
                draws,
                topK,
                seed));
        List<AlternativeSpread> alternatives = new ArrayList<>();
        for (int i = 0; i < stability.alternatives().size(); i++) {
            RankSpread spreadOf = stability.alternatives().get(i);
            alternatives.add(
                    new AlternativeSpread(i, spreadOf.bestRank(), spreadOf.worstRank(), spreadOf.probabilityTopK()));
        }
        return new StabilityResult(alternatives, stability.spread(), stability.draws(), stability.topK(), seed);
    }

    private static RankingMethod method(StabilityRequest request) {
        if (request.method() == null) {
            throw new InvalidRequest("method", "methods.method.missing");
        }
        return switch (request.method().toLowerCase(Locale.ROOT)) {
            case "topsis" -> {
                Normalization normalization = JsonArrays.normalization(request.normalization());
                yield (m, w, benefit) -> Topsis.rank(m, w, benefit, normalization);
            }
            case "gra" -> {
                double rho = request.rho() == null ? GreyRelational.DEFAULT_RHO : request.rho();
                yield (m, w, benefit) -> GreyRelational.rank(m, w, benefit, rho);
            }
            case "wsm" -> WeightedSum::rank;
            default ->
                throw new InvalidRequest("method", "methods.method.unknown", JsonArrays.shortened(request.method()));
        };
    }

    /** The method's answer; its refusal as a 400 (malformed input) or a 422 (input it cannot decide on). */
    private static <T> T refusing(Supplier<T> method) {
        try {
            return method.get();
        } catch (MethodInputException refused) {
            List<FieldProblem> problems =
                    List.of(new FieldProblem(refused.field(), refused.code(), List.<Object>copyOf(refused.args())));
            throw refused.wellFormed() ? new InvalidRows(problems) : new InvalidRequest(problems);
        }
    }
}
