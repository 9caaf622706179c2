package org.mingyuan.platform.scenarios.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.scenarios.Criterion;
import org.mingyuan.platform.scenarios.Panelist;
import org.mingyuan.platform.scenarios.RiskIndicator;
import org.mingyuan.platform.scenarios.ScenarioDraft;

/**
 * The publication form as sent: text as typed, numbers and days as text, criteria and risk indicators as parallel
 * rows (blank rows ignored), panel members ticked, declared affiliations as lines {@code username: code, code}.
 */
record ScenarioForm(
        String department,
        String parkId,
        String titleZh,
        String titleEn,
        String needOwner,
        String description,
        String targets,
        String budget,
        String deadline,
        String eligibility,
        List<String> criterionName,
        List<String> criterionWeight,
        List<String> criterionMax,
        List<String> panel,
        String affiliations,
        @Nullable Boolean sandbox,
        String exemptions,
        List<String> riskName,
        List<String> riskUnit,
        List<String> riskThreshold,
        List<String> riskDirection) {

    /** Rows of criteria and risk indicators a blank form offers. */
    static final int ROWS = 4;

    ScenarioForm {
        department = orEmpty(department);
        parkId = orEmpty(parkId);
        titleZh = orEmpty(titleZh);
        titleEn = orEmpty(titleEn);
        needOwner = orEmpty(needOwner);
        description = orEmpty(description);
        targets = orEmpty(targets);
        budget = orEmpty(budget);
        deadline = orEmpty(deadline);
        eligibility = orEmpty(eligibility);
        criterionName = rows(criterionName);
        criterionWeight = rows(criterionWeight);
        criterionMax = rows(criterionMax);
        panel = panel == null ? List.of() : List.copyOf(panel);
        affiliations = orEmpty(affiliations);
        exemptions = orEmpty(exemptions);
        sandbox = Boolean.TRUE.equals(sandbox);
        riskName = rows(riskName);
        riskUnit = rows(riskUnit);
        riskThreshold = rows(riskThreshold);
        riskDirection = rows(riskDirection);
    }

    /** A blank form for {@code department}. */
    static ScenarioForm blank(String department) {
        return new ScenarioForm(
                department,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                "",
                false,
                "",
                null,
                null,
                null,
                null);
    }

    /**
     * The draft this form says.
     *
     * @throws InvalidRequest naming each number or day that cannot be read
     */
    ScenarioDraft draft() {
        List<FieldProblem> problems = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (criterionName.get(i).isBlank()
                    && criterionWeight.get(i).isBlank()
                    && criterionMax.get(i).isBlank()) {
                continue;
            }
            int index = criteria.size();
            BigDecimal weight = number(problems, "criteria[" + index + "].weight", criterionWeight.get(i));
            BigDecimal max = number(problems, "criteria[" + index + "].maxScore", criterionMax.get(i));
            criteria.add(new Criterion(criterionName.get(i), weight, max == null ? 0 : max.intValue()));
        }
        List<RiskIndicator> risks = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (riskName.get(i).isBlank() && riskThreshold.get(i).isBlank()) {
                continue;
            }
            int index = risks.size();
            BigDecimal threshold = number(problems, "risks[" + index + "].threshold", riskThreshold.get(i));
            RiskIndicator.Direction direction =
                    riskDirection.get(i).equals("MIN") ? RiskIndicator.Direction.MIN : RiskIndicator.Direction.MAX;
            risks.add(new RiskIndicator(riskName.get(i), riskUnit.get(i), threshold, direction));
        }
        List<Panelist> members = new ArrayList<>();
        for (String username : panel) {
            members.add(new Panelist(username, declared(username)));
        }
        BigDecimal money = number(problems, "budget", budget);
        LocalDate day = day(problems, "deadline", deadline);
        Long park = null;
        if (!parkId.isBlank()) {
            BigDecimal parsed = number(problems, "parkId", parkId);
            park = parsed == null ? null : parsed.longValue();
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ScenarioDraft(
                department,
                park,
                titleZh,
                titleEn,
                needOwner,
                description,
                targets,
                money,
                day,
                eligibility,
                criteria,
                members,
                pilot(),
                pilot() ? lines(exemptions) : List.of(),
                pilot() ? risks : List.of());
    }

    /** True when the scenario is to run as a sandbox pilot; an unticked box sends nothing. */
    boolean pilot() {
        return Boolean.TRUE.equals(sandbox);
    }

    private List<String> declared(String username) {
        for (String line : lines(affiliations)) {
            int colon = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('：');
            if (colon > 0 && line.substring(0, colon).strip().equals(username)) {
                return Arrays.stream(line.substring(colon + 1).split("[,，\\s]+"))
                        .filter(code -> !code.isBlank())
                        .toList();
            }
        }
        return List.of();
    }

    static @Nullable BigDecimal number(List<FieldProblem> problems, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException wrong) {
            problems.add(new FieldProblem(field, "scenario.number", List.of(text)));
            return null;
        }
    }

    static @Nullable LocalDate day(List<FieldProblem> problems, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            problems.add(new FieldProblem(field, "scenario.date", List.of(text)));
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static List<String> rows(@Nullable List<String> given) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(given != null && i < given.size() && given.get(i) != null ? given.get(i) : "");
        }
        return rows;
    }
}
