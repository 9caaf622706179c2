package org.mingyuan.platform.policy.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.ReviewStage;

/**
 * The clause editor's form as the browser sends it: lists one item a line, review stages as
 * {@code 名称 | name | working days}, example cases as a JSON array.
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The form showing {@code c}. */
    static ClauseForm of(ClauseContent c) {
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
                    day(c.validFrom()),
                    day(c.validUntil()),
                    day(c.applyFrom()),
                    day(c.applyUntil()),
                    c.mode().name(),
                    String.join("\n", c.materials()),
                    String.join(
                            "\n",
                            c.reviewStages().stream()
                                    .map(s -> s.nameZh() + " | " + s.nameEn() + " | " + s.workingDays())
                                    .toList()),
                    c.legalBasis(),
                    c.contact(),
                    String.join(", ", c.illustrative()),
                    JSON.writeValueAsString(c.examples()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /**
     * The clause text the form holds.
     *
     * @throws InvalidRequest naming each field that cannot be read
     */
    ClauseContent content() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal capValue = money("cap", cap, problems);
        BigDecimal budgetValue = money("budget", budget, problems);
        LocalDate from = date("validFrom", validFrom, problems);
        LocalDate until = date("validUntil", validUntil, problems);
        LocalDate applyStart = date("applyFrom", applyFrom, problems);
        LocalDate applyEnd = date("applyUntil", applyUntil, problems);
        ClauseMode chosen = "AUTO".equals(mode) ? ClauseMode.AUTO : ClauseMode.APPLY;
        List<ReviewStage> stages = new ArrayList<>();
        for (String line : lines(reviewStages)) {
            String[] parts = line.split("\\|");
            try {
                stages.add(new ReviewStage(parts[0].strip(), parts[1].strip(), Integer.parseInt(parts[2].strip())));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("reviewStages", "desk.stageLine", List.of(line)));
            }
        }
        List<ExampleCase> cases = List.of();
        if (examples != null && !examples.isBlank()) {
            try {
                cases = JSON.readValue(examples, new TypeReference<List<ExampleCase>>() {});
            } catch (JsonProcessingException e) {
                problems.add(new FieldProblem("examples", "desk.examplesJson", List.of(e.getOriginalMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ClauseContent(
                text(titleZh),
                text(titleEn),
                text(summaryZh),
                text(summaryEn),
                text(eligibility),
                text(amount),
                capValue,
                budgetValue,
                from,
                until,
                applyStart,
                applyEnd,
                chosen,
                lines(materials),
                stages,
                text(legalBasis),
                text(contact),
                List.of(text(illustrative).split("\\s*,\\s*")).stream()
                        .filter(s -> !s.isBlank())
                        .toList(),
                cases);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    private static List<String> lines(@Nullable String value) {
        return text(value).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable BigDecimal money(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "policy.money", List.of(value.strip())));
            return null;
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "policy.search.badDay", List.of()));
            return null;
        }
    }
}
