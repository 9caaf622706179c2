package org.mingyuan.platform.evaluation.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.evaluation.IndicatorSource;

/**
 * The rules a system version's tree must keep, checked before a draft is stored: codes unique and well formed, names
 * present, at most {@value #MAX_CATEGORIES} categories and {@value #MAX_INDICATORS} indicators, an expert indicator's
 * rubric of 2 to {@value #MAX_LEVELS} levels with finite, strictly rising scores, a platform indicator naming a live
 * indicator, and weights finite, not negative, given for all siblings or none.
 */
public final class SystemTreeRules {

    /** The most categories a system may have. */
    public static final int MAX_CATEGORIES = 20;

    /** The most indicators a system may have in all. */
    public static final int MAX_INDICATORS = 100;

    /** The most levels a rubric may have. */
    public static final int MAX_LEVELS = 10;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();

    private SystemTreeRules() {}

    /** Refuses {@code tree} with every problem found, each naming its field (e.g. {@code categories[0].code}). */
    public static void check(List<Category> tree) {
        var rules = new SystemTreeRules();
        rules.tree(tree);
        if (!rules.problems.isEmpty()) {
            throw new InvalidRequest(rules.problems);
        }
    }

    private void tree(List<Category> tree) {
        if (tree.isEmpty() || tree.size() > MAX_CATEGORIES) {
            problem("categories", "evaluation.system.categoryCount", MAX_CATEGORIES);
            return;
        }
        if (tree.stream().mapToInt(c -> c.indicators().size()).sum() > MAX_INDICATORS) {
            problem("categories", "evaluation.system.indicatorCount", MAX_INDICATORS);
            return;
        }
        weights("categories", tree.stream().map(Category::weight).toList());
        for (int c = 0; c < tree.size(); c++) {
            Category category = tree.get(c);
            String at = "categories[" + c + "]";
            node(
                    at,
                    category.code(),
                    category.nameZh(),
                    category.nameEn(),
                    category.definitionZh(),
                    category.definitionEn());
            if (category.indicators().isEmpty()) {
                problem(at + ".indicators", "evaluation.system.noIndicators");
            }
            weights(
                    at + ".indicators",
                    category.indicators().stream().map(Indicator::weight).toList());
            for (int i = 0; i < category.indicators().size(); i++) {
                indicator(at + ".indicators[" + i + "]", category.indicators().get(i));
            }
        }
    }

    private void indicator(String at, Indicator indicator) {
        node(
                at,
                indicator.code(),
                indicator.nameZh(),
                indicator.nameEn(),
                indicator.definitionZh(),
                indicator.definitionEn());
        if (indicator.unit() == null || indicator.unit().length() > 20) {
            problem(at + ".unit", "evaluation.system.unit");
        }
        if (indicator.source() == null) {
            problem(at + ".source", "evaluation.system.source");
            return;
        }
        if (indicator.source() == IndicatorSource.EXPERT) {
            rubric(at + ".rubric", indicator.rubric());
        } else if (!indicator.rubric().isEmpty()) {
            problem(at + ".rubric", "evaluation.system.rubricOnlyForExperts");
        }
        if (indicator.source() == IndicatorSource.PLATFORM) {
            if (!LiveIndicators.known(indicator.live())) {
                problem(at + ".live", "evaluation.system.live", LiveIndicators.names());
            }
        } else if (indicator.live() != null) {
            problem(at + ".live", "evaluation.system.liveOnlyForPlatform");
        }
    }

    private void rubric(String at, List<RubricLevel> levels) {
        if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
            problem(at, "evaluation.system.levelCount", MAX_LEVELS);
            return;
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < levels.size(); l++) {
            RubricLevel level = levels.get(l);
            if (!Double.isFinite(level.score()) || level.score() <= previous) {
                problem(at + "[" + l + "].score", "evaluation.system.levelScore");
            }
            previous = level.score();
            text(at + "[" + l + "].descriptionZh", level.descriptionZh(), 1000, true);
            text(at + "[" + l + "].descriptionEn", level.descriptionEn(), 1000, true);
        }
    }

    private void node(
            String at,
            @Nullable String code,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String definitionZh,
            @Nullable String definitionEn) {
        if (code == null || !CODE.matcher(code).matches()) {
            problem(at + ".code", "evaluation.system.code");
        } else if (!codes.add(code)) {
            problem(at + ".code", "evaluation.system.codeTaken", code);
        }
        text(at + ".nameZh", nameZh, 200, true);
        text(at + ".nameEn", nameEn, 200, true);
        text(at + ".definitionZh", definitionZh, 2000, false);
        text(at + ".definitionEn", definitionEn, 2000, false);
    }

    private void weights(String at, List<@Nullable Double> weights) {
        long given = weights.stream().filter(w -> w != null).count();
        if (given != 0 && given != weights.size()) {
            problem(at, "evaluation.system.weightsAllOrNone");
            return;
        }
        for (int w = 0; w < weights.size(); w++) {
            Double weight = weights.get(w);
            if (weight != null && (!Double.isFinite(weight) || weight < 0)) {
                problem(at + "[" + w + "].weight", "evaluation.system.weight");
            }
        }
        if (given > 0 && weights.stream().mapToDouble(w -> w).sum() <= 0) {
            problem(at, "evaluation.system.weightsZero");
        }
    }

    private void text(String at, @Nullable String text, int max, boolean required) {
        if (required && (text == null || text.isBlank())) {
            problem(at, "evaluation.system.required");
        } else if (text != null && text.length() > max) {
            problem(at, "evaluation.system.tooLong", max);
        }
    }

    private void problem(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, List.of(args)));
    }
}
