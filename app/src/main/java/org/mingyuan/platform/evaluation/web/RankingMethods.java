package org.mingyuan.platform.evaluation.web;

import java.util.Locale;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.method.GreyRelational;
import org.mingyuan.platform.evaluation.method.Normalization;
import org.mingyuan.platform.evaluation.method.RankingMethod;
import org.mingyuan.platform.evaluation.method.Topsis;
import org.mingyuan.platform.evaluation.method.WeightedSum;
import org.mingyuan.platform.evaluation.web.MethodBodies.StabilityRequest;

/** The ranking method a stability request names, with its own parameters. */
final class RankingMethods {

    private RankingMethods() {}

    /**
     * The method named {@code topsis} (with its normalization), {@code gra} (with its ρ) or {@code wsm} (weighted sum);
     * anything else is refused naming {@code method}.
     */
    static RankingMethod named(StabilityRequest request) {
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
}
