package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the authoring check found for a clause text: compile errors with their place, the conditions read back in plain
 * language, and the outcome of every example case.
 *
 * @param errors empty when both expressions compile against the fact schema
 * @param conditions the top-level conditions of the eligibility, each read back in Chinese and English; empty when it
 *     does not compile
 * @param examples one outcome per example case, in order; empty when the clause does not compile
 */
public record ClauseCheck(List<Problem> errors, List<Condition> conditions, List<ExampleOutcome> examples) {

    /** Whether the text compiles and every example passes. */
    public boolean passes() {
        return errors.isEmpty() && examples.stream().allMatch(ExampleOutcome::passed);
    }

    /**
     * A compile error.
     *
     * @param part {@code eligibility}, {@code amount}, {@code cap} or {@code validity}
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public record Problem(String part, int line, int column, String message) {}

    /** A condition read back. */
    public record Condition(String zh, String en) {}

    /**
     * How one example case came out.
     *
     * @param eligible what the matcher answered
     * @param amount the amount it computed, CNY; null when not eligible or unknown
     * @param why the explanation lines of the matcher (Chinese), for a failing example
     * @param error why the example could not run (a fact it names does not exist or has the wrong type), or null
     */
    public record ExampleOutcome(
            int index,
            String name,
            boolean passed,
            boolean eligible,
            @Nullable BigDecimal amount,
            List<String> why,
            @Nullable String error) {}
}
