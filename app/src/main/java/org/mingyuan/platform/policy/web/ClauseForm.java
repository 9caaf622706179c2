package org.mingyuan.platform.policy.web;

import static org.mingyuan.platform.policy.web.FormValues.items;
import static org.mingyuan.platform.policy.web.FormValues.lines;
import static org.mingyuan.platform.policy.web.FormValues.shown;
import static org.mingyuan.platform.policy.web.FormValues.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.internal.TextRules;

/**
 * The clause editor's form as the browser sends it: lists one item a line, review stages as
 * {@code 名称 | name | working days}, example cases as a JSON array read as the API reads JSON (its error placed at
 * its line and column).
 */
record ClauseForm(
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String summaryZh,
        @Nullable String summaryEn,
        @Nullable String eligibility,
        @Nullable String amount,
        @Nullable String cap,
        @Nullable String budget,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String applyFrom,
        @Nullable String applyUntil,
        @Nullable String mode,
        @Nullable String materials,
        @Nullable String reviewStages,
        @Nullable String legalBasis,
        @Nullable String contact,
        @Nullable String illustrative,
        @Nullable String examples) {

    /** The form's fields, as problems name them. */
    static final Set<String> FIELDS = Set.of(ClauseForm.class.getRecordComponents()).stream()
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** The longest example text read, in characters: far above 50 examples of 100 facts each. */
    static final int MAX_EXAMPLES_TEXT = 500_000;

    /** The most review stages a clause has, as the clause rules allow. */
    private static final int MAX_STAGES = 20;

    /** The form showing {@code c}, its examples written by {@code json}. */
    static ClauseForm of(ClauseContent c, ObjectMapper json) {
        try {
            return new ClauseForm(
                    c.titleZh(),
                    c.titleEn(),
                    c.summaryZh(),
                    c.summaryEn(),
                    c.eligibility(),
                    c.amount(),
                    c.cap() == null ? "" : c.cap().stripTrailingZeros().toPlainString(),
                    c.budget() == null ? "" : c.budget().stripTrailingZeros().toPlainString(),
                    shown(c.validFrom()),
                    shown(c.validUntil()),
                    shown(c.applyFrom()),
                    shown(c.applyUntil()),
                    c.mode().name(),
                    String.join("\n", c.materials()),
                    String.join(
                            "\n",
                            c.reviewStages().stream()
                                    .map(s -> s.nameZh() + " | " + s.nameEn() + " | " + s.workingDays() + " | "
                                            + s.role().code())
                                    .toList()),
                    c.legalBasis(),
                    c.contact(),
                    String.join(", ", c.illustrative()),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(c.examples()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The clause text the form holds, its examples read by {@code json}.
     *
     * @throws InvalidRequest naming each field that cannot be read, and the rules the rest of the text breaks, so every
     *     field's problem shows at once
     */
    ClauseContent content(String clauseId, ObjectMapper json) {
        List<FieldProblem> problems = new ArrayList<>();
        ClauseContent content = new ClauseContent(
                text(titleZh),
                text(titleEn),
                text(summaryZh),
                text(summaryEn),
                text(eligibility),
                text(amount),
                FormValues.money("cap", cap, problems),
                FormValues.money("budget", budget, problems),
                FormValues.day("validFrom", validFrom, problems),
                FormValues.day("validUntil", validUntil, problems),
                FormValues.day("applyFrom", applyFrom, problems),
                FormValues.day("applyUntil", applyUntil, problems),
                "AUTO".equals(mode) ? ClauseMode.AUTO : ClauseMode.APPLY,
                lines(materials),
                stages(problems),
                text(legalBasis),
                text(contact),
                items(illustrative),
                examples(json, problems));
        if (!problems.isEmpty()) {
            FormValues.addUnlessFieldNamed(problems, TextRules.clause("", clauseId, content));
            throw new InvalidRequest(problems);
        }
        return content;
    }

    private List<ReviewStage> stages(List<FieldProblem> problems) {
        List<String> lines = lines(reviewStages);
        if (lines.size() > MAX_STAGES) {
            problems.add(new FieldProblem("reviewStages", "policy.tooMany", List.of(MAX_STAGES)));
            return List.of();
        }
        List<ReviewStage> stages = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|");
            try {
                if (parts.length > 4) {
                    throw new IllegalArgumentException("too many parts");
                }
                StageRole role = parts.length < 4
                        ? StageRole.DEPARTMENT
                        : StageRole.ofCode(parts[3]).orElseThrow();
                stages.add(
                        new ReviewStage(parts[0].strip(), parts[1].strip(), Integer.parseInt(parts[2].strip()), role));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("reviewStages", "desk.stageLine", List.of(FormValues.clip(line))));
            }
        }
        return stages;
    }

    private List<ExampleCase> examples(ObjectMapper json, List<FieldProblem> problems) {
        if (examples == null || examples.isBlank()) {
            return List.of();
        }
        if (examples.length() > MAX_EXAMPLES_TEXT) {
            problems.add(new FieldProblem("examples", "policy.tooLong", List.of(MAX_EXAMPLES_TEXT, examples.length())));
            return List.of();
        }
        try {
            List<ExampleCase> cases = json.readerFor(new TypeReference<List<ExampleCase>>() {})
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(examples);
            if (cases == null || cases.contains(null)) {
                problems.add(new FieldProblem("examples", "desk.examplesArray", List.of(1, 1)));
                return List.of();
            }
            return cases;
        } catch (JsonProcessingException e) {
            problems.add(examplesProblem(e));
            return List.of();
        }
    }

    /** Where the example text went wrong, by line and column, and how, without naming a Java type. */
    private static FieldProblem examplesProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(
                    "examples", "desk.examplesUnknown", List.of(line, column, unknown.getPropertyName()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem("examples", "desk.examplesValue", List.of(line, column, path(mapping)));
        }
        if (e instanceof JsonMappingException) {
            return new FieldProblem("examples", "desk.examplesArray", List.of(line, column));
        }
        return new FieldProblem("examples", "desk.examplesJson", List.of(line, column, e.getOriginalMessage()));
    }

    /** The JSON path of a value that could not be read, such as {@code [1].eligible}. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
