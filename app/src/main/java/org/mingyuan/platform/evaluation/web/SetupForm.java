package org.mingyuan.platform.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.SystemVersion;

/**
 * Reads the set-up form of an evaluation page: the methods and their parameters, and the AHP judgements typed in the
 * upper triangle of each pairwise table (fields {@code ahp.NAME.i.j}, numbers or fractions such as {@code 1/3}); the
 * diagonal is 1 and the lower triangle the reciprocals.
 */
final class SetupForm {

    private SetupForm() {}

    static EvaluationSetup read(Map<String, String> form, SystemVersion version) {
        List<FieldProblem> problems = new ArrayList<>();
        var weighting = choice(form, "weighting", EvaluationSetup.Weighting.class, problems);
        var ranking = choice(form, "ranking", EvaluationSetup.RankingChoice.class, problems);
        var scaling = choice(form, "normalization", EvaluationSetup.Scaling.class, problems);
        var incomplete = choice(form, "incompleteLiveIndicators", EvaluationSetup.IncompleteLive.class, problems);
        Map<String, double[][]> ahp = new HashMap<>();
        if (weighting == EvaluationSetup.Weighting.AHP || weighting == EvaluationSetup.Weighting.COMBINED) {
            matrix(form, EvaluationSetup.CATEGORIES, version.categories().size(), ahp, problems);
            for (Category category : version.categories()) {
                matrix(form, category.code(), category.indicators().size(), ahp, problems);
            }
        }
        Double spread = number(form, "spread", problems);
        Double draws = number(form, "draws", problems);
        Double topK = number(form, "topK", problems);
        Double seed = number(form, "seed", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new EvaluationSetup(
                weighting,
                null,
                ahp.isEmpty() ? null : ahp,
                number(form, "alpha", problems),
                ranking,
                scaling,
                number(form, "rho", problems),
                spread == null ? EvaluationSetup.SPREAD : spread,
                draws == null ? EvaluationSetup.DRAWS : (int) Math.min(draws, Integer.MAX_VALUE),
                topK == null ? EvaluationSetup.TOP_K : (int) Math.min(topK, Integer.MAX_VALUE),
                seed == null ? EvaluationSetup.SEED : seed.longValue(),
                incomplete);
    }

    private static void matrix(
            Map<String, String> form,
            String name,
            int order,
            Map<String, double[][]> ahp,
            List<FieldProblem> problems) {
        if (order < 2) {
            return;
        }
        double[][] matrix = new double[order][order];
        for (int i = 0; i < order; i++) {
            matrix[i][i] = 1;
            for (int j = i + 1; j < order; j++) {
                String field = "ahp." + name + "." + i + "." + j;
                Double value = number(form, field, problems);
                if (value == null || !(value > 0)) {
                    problems.add(new FieldProblem(field, "eval.ahp.judgement", List.of()));
                    continue;
                }
                matrix[i][j] = value;
                matrix[j][i] = 1 / value;
            }
        }
        ahp.put(name, matrix);
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Map<String, String> form, String field, Class<E> type, List<FieldProblem> problems) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "eval.form.choice", List.of()));
            return null;
        }
    }

    private static @Nullable Double number(Map<String, String> form, String field, List<FieldProblem> problems) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            int slash = text.indexOf('/');
            double value = slash < 0
                    ? Double.parseDouble(text)
                    : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
            if (!Double.isFinite(value) || text.length() > 40) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "eval.form.number", List.of()));
            return null;
        }
    }
}
