package org.mingyuan.platform.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.evaluation.method.Limits;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.SystemVersion;

/**
 * Checks an evaluation's set-up against its system version and parks before it is stored: the methods' parameters in
 * range, direct weights and AHP matrices naming only the system's indicators and categories with the right sizes.
 * What the methods themselves refuse (an inconsistent AHP matrix, a constant column) is found when computing.
 */
final class SetupRules {

    private SetupRules() {}

    static void check(EvaluationSetup setup, SystemVersion version, int parks) {
        List<FieldProblem> problems = new ArrayList<>();
        if (setup.weighting() == null) {
            problems.add(problem("weighting", "evaluation.setup.weighting"));
        }
        if (setup.ranking() == null) {
            problems.add(problem("ranking", "evaluation.setup.ranking"));
        }
        if (!(setup.spread() >= 0 && setup.spread() < 1)) {
            problems.add(problem("spread", "evaluation.setup.spread"));
        }
        if (setup.draws() < 1 || setup.draws() > Limits.MAX_DRAWS) {
            problems.add(problem("draws", "evaluation.setup.draws", Limits.MAX_DRAWS));
        }
        if (setup.topK() < 1 || setup.topK() > parks) {
            problems.add(problem("topK", "evaluation.setup.topK", parks));
        }
        if (setup.rho() != null && !(setup.rho() > 0 && setup.rho() <= 1)) {
            problems.add(problem("rho", "evaluation.setup.rho"));
        }
        if (setup.alpha() != null && !(setup.alpha() >= 0 && setup.alpha() <= 1)) {
            problems.add(problem("alpha", "evaluation.weights.alpha"));
        }
        if (setup.weights() != null) {
            if (setup.weights().size() > version.indicators().size()) {
                problems.add(problem(
                        "weights",
                        "evaluation.weights.count",
                        version.indicators().size()));
            } else {
                setup.weights().keySet().stream()
                        .filter(code -> version.indicator(code).isEmpty())
                        .forEach(code -> problems.add(problem("weights." + code, "evaluation.weights.unknown", code)));
            }
        }
        if (setup.ahp() != null) {
            ahp(setup.ahp(), version, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private static void ahp(Map<String, double[][]> matrices, SystemVersion version, List<FieldProblem> problems) {
        if (matrices.size() > version.categories().size() + 1) {
            problems.add(
                    problem("ahp", "evaluation.ahp.count", version.categories().size() + 1));
            return;
        }
        for (var entry : matrices.entrySet()) {
            int order;
            if (entry.getKey().equals(EvaluationSetup.CATEGORIES)) {
                order = version.categories().size();
            } else {
                order = version.categories().stream()
                        .filter(c -> c.code().equals(entry.getKey()))
                        .findFirst()
                        .map(Category::indicators)
                        .map(List::size)
                        .orElse(-1);
            }
            String field = "ahp." + entry.getKey();
            double[][] matrix = entry.getValue();
            if (order < 0) {
                problems.add(problem(field, "evaluation.ahp.unknown", entry.getKey()));
            } else if (matrix == null || matrix.length != order) {
                problems.add(problem(field, "evaluation.ahp.order", order));
            } else {
                for (int i = 0; i < order; i++) {
                    if (matrix[i] == null || matrix[i].length != order) {
                        problems.add(problem(field + "[" + i + "]", "evaluation.ahp.order", order));
                    }
                }
            }
        }
    }

    private static FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
